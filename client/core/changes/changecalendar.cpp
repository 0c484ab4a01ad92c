#include "changecalendar.h"

#include "api/methods.h"
#include "client/core/changes/conflicttext.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace frontline::client {

ChangeCalendar::ChangeCalendar(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_date(QDate::currentDate())
{
    // A change made, moved, approved or cancelled anywhere: show what is true now. Several
    // pushes in a row cost one read.
    auto* pushed = new QTimer(this);
    pushed->setSingleShot(true);
    pushed->setInterval(150);
    connect(pushed, &QTimer::timeout, this, &ChangeCalendar::reload);
    connect(&session, &Session::ticketChanged, this, [pushed](const Ticket& ticket) {
        if (ticket.type == TicketType::Change)
            pushed->start();
    });
    connect(&session, &Session::ticketCreated, this, [pushed](const Ticket& ticket) {
        if (ticket.type == TicketType::Change)
            pushed->start();
    });
}

bool ChangeCalendar::canEditWindows() const
{
    const Role role = m_session.user().role;
    return role == Role::Manager || role == Role::Admin;
}

CalendarLayout ChangeCalendar::layout() const
{
    if (m_span == Span::Week)
        return CalendarLayout(CalendarLayout::weekStart(m_date), 7);
    return CalendarLayout(CalendarLayout::monthGridStart(m_date), 42);
}

void ChangeCalendar::setSpan(Span span)
{
    if (m_span == span)
        return;
    m_span = span;
    reload();
}

void ChangeCalendar::setDate(QDate date)
{
    m_date = date;
    reload();
}

void ChangeCalendar::previous()
{
    setDate(m_span == Span::Week ? m_date.addDays(-7) : m_date.addMonths(-1));
}

void ChangeCalendar::next()
{
    setDate(m_span == Span::Week ? m_date.addDays(7) : m_date.addMonths(1));
}

void ChangeCalendar::today()
{
    setDate(QDate::currentDate());
}

void ChangeCalendar::setCiFilter(std::optional<qint64> ci)
{
    m_ci = ci;
    reload();
}

void ChangeCalendar::reload()
{
    const CalendarLayout range = layout();
    api::ChangeCalendarParams params;
    params.from = range.rangeStart();
    params.to = range.rangeEnd();
    params.limit = m_pageSize;
    if (m_ci)
        params.cis = QList<qint64> {*m_ci};
    m_loading = true;
    readPage(params, ++m_generation);
}

void ChangeCalendar::readPage(const api::ChangeCalendarParams& params, quint64 generation)
{
    m_session.rpc().call(QString(api::method::ChangeCalendar), params.toJson(), this,
                         [this, params, generation](const rpc::RpcReply& reply) {
                             if (generation != m_generation)
                                 return;
                             if (reply.isError()) {
                                 m_loading = false;
                                 Q_EMIT failed(ErrorText::describe(reply.error()),
                                               reply.error().field());
                                 return;
                             }
                             const auto answer = api::ChangeCalendar::fromJson(reply.result());
                             const bool first = !params.after.has_value();
                             if (answer.nextCursor) {
                                 // Read on while the answer says more follow; each page is
                                 // shown as it comes.
                                 const QStringList at = answer.nextCursor->split(u':');
                                 api::ChangeCalendarParams next = params;
                                 next.after = api::ChangeCalendarParams::After {
                                     at.value(0).toLongLong(), at.value(1).toLongLong()};
                                 readPage(next, generation);
                             } else {
                                 m_loading = false;
                             }
                             addAnswer(answer, first);
                         });
}

void ChangeCalendar::addAnswer(const api::ChangeCalendar& answer, bool first)
{
    if (first) {
        m_changes.clear();
        m_windows.clear();
    }
    const auto names = [this](const QList<api::CiNode>& cis) {
        QStringList out;
        for (const api::CiNode& ci : cis) {
            out.append(ci.name);
            if (ci.kind == u"ci"_s)
                m_knownCis.insert(ci.id, ci.name);
        }
        return out;
    };
    for (const api::ChangeSlot& slot : answer.changes) {
        CalendarChange change;
        change.id = slot.id;
        change.title = slot.title;
        change.kind = slot.kind;
        change.status = slot.status;
        change.open = slot.open;
        change.riskLevel = slot.riskLevel;
        change.start = slot.plannedStart;
        change.end = slot.plannedEnd;
        change.cis = names(slot.cis);
        for (const api::CalendarConflict& conflict : answer.conflicts)
            if (conflict.change == slot.id)
                change.conflicts.append(describeConflict(conflict.conflict));
        m_changes.append(change);
    }
    for (const api::WindowOccurrence& occurrence : answer.windows) {
        m_windows.append({occurrence.window, occurrence.name, occurrence.kind == u"freeze"_s,
                          occurrence.start, occurrence.end, names(occurrence.cis)});
    }
    Q_EMIT changed();
}

void ChangeCalendar::loadWindows()
{
    m_session.rpc().call(QString(api::method::ChangeWindowList), QJsonObject {}, this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 Q_EMIT failed(ErrorText::describe(reply.error()),
                                               reply.error().field());
                                 return;
                             }
                             m_definitions = api::ChangeWindowList::fromJson(reply.result()).items;
                             for (const api::ChangeWindow& window : m_definitions)
                                 for (const api::CiNode& ci : window.cis)
                                     m_knownCis.insert(ci.id, ci.name);
                             Q_EMIT windowsListed();
                         });
}

void ChangeCalendar::writeWindow(QLatin1StringView method, const QJsonObject& params)
{
    m_session.rpc().call(QString(method), params, this, [this](const rpc::RpcReply& reply) {
        if (reply.isError()) {
            Q_EMIT failed(ErrorText::describe(reply.error()), reply.error().field());
            return;
        }
        Q_EMIT windowSaved();
        loadWindows();
        reload();
    });
}

void ChangeCalendar::createWindow(const api::ChangeWindowCreateParams& params)
{
    if (auto checked = api::ChangeWindowCreateParams::fromJson(params.toJson()); !checked) {
        Q_EMIT failed(ErrorText::describe(checked.error()), checked.error().field());
        return;
    }
    writeWindow(api::method::ChangeWindowCreate, params.toJson());
}

void ChangeCalendar::updateWindow(const api::ChangeWindowUpdateParams& params)
{
    if (auto checked = api::ChangeWindowUpdateParams::fromJson(params.toJson()); !checked) {
        Q_EMIT failed(ErrorText::describe(checked.error()), checked.error().field());
        return;
    }
    writeWindow(api::method::ChangeWindowUpdate, params.toJson());
}

void ChangeCalendar::deleteWindow(qint64 id)
{
    writeWindow(api::method::ChangeWindowDelete, api::IdParams {id}.toJson());
}

} // namespace frontline::client
