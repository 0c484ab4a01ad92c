#include "ticketlistmodel.h"

#include "api/methods.h"
#include "client/core/session.h"
#include "client/core/timetext.h"
#include "client/core/workflowinfo.h"
#include "rpc/rpcclient.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

constexpr int FirstPage = 100;
constexpr int NextPages = 200;

} // namespace

TicketListModel::TicketListModel(Session& session, const WorkflowInfo& workflow, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_workflow(workflow)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&session, &Session::ticketCreated, this, &TicketListModel::upsert);
    connect(&session, &Session::ticketChanged, this,
            [this](const Ticket& ticket) { upsert(ticket); });
    connect(&session, &Session::ticketCommented, this,
            [this](const Ticket& ticket) { upsert(ticket); });
    connect(&session, &Session::presenceChanged, this, &TicketListModel::setPresence);
    // Pushes missed while offline are gone: start again from the first page.
    connect(&session, &Session::connectionRestored, this, &TicketListModel::reload);
    connect(&session, &Session::loggedOut, this, [this] { m_viewers.clear(); });
}

void TicketListModel::setQuery(const TicketQuery& query)
{
    m_query = query;
    reload();
}

void TicketListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    m_started = true;
    endResetModel();
    fetch(QString(), FirstPage);
}

void TicketListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void TicketListModel::fetch(const QString& cursor, int limit)
{
    api::TicketListParams params = m_query.params(limit);
    params.cursor = cursor;
    setLoading(true);
    const quint64 generation = m_generation;
    m_session.rpc().call(QString(api::method::TicketList), params.toJson(), this,
                         [this, generation, first = cursor.isEmpty()](const rpc::RpcReply& reply) {
                             if (generation != m_generation)
                                 return;
                             setLoading(false);
                             if (reply.isError()) {
                                 Q_EMIT errorOccurred(reply.error());
                                 return;
                             }
                             const api::TicketPage page = api::TicketPage::fromJson(reply.result());
                             // A pushed ticket may have arrived before its page: keep one copy.
                             QList<Ticket> fresh;
                             for (const Ticket& ticket : page.items) {
                                 if (rowOf(ticket.id) < 0)
                                     fresh.append(ticket);
                             }
                             if (!fresh.isEmpty()) {
                                 beginInsertRows({}, static_cast<int>(m_rows.size()),
                                                 static_cast<int>(m_rows.size() + fresh.size())
                                                     - 1);
                                 m_rows += fresh;
                                 endInsertRows();
                             }
                             m_nextCursor = page.nextCursor;
                             if (first)
                                 Q_EMIT firstPageLoaded();
                         });
}

void TicketListModel::setPresence(const api::Presence& presence)
{
    if (!presence.ticketId)
        return;
    const qint64 ticketId = *presence.ticketId;
    QList<api::PresenceViewer> others;
    for (const api::PresenceViewer& viewer : presence.viewers) {
        if (viewer.user.id != m_session.user().id)
            others.append(viewer);
    }
    if (others == m_viewers.value(ticketId))
        return;
    if (others.isEmpty())
        m_viewers.remove(ticketId);
    else
        m_viewers.insert(ticketId, others);
    if (const int row = rowOf(ticketId); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QList<api::PresenceViewer> TicketListModel::viewersOf(qint64 ticketId) const
{
    return m_viewers.value(ticketId);
}

QString TicketListModel::accessibleText(const QModelIndex& index) const
{
    const Ticket& ticket = m_rows.at(index.row());
    const QString shown = data(index, Qt::DisplayRole).toString();
    switch (static_cast<Column>(index.column())) {
    case PriorityColumn:
        return tr("Priority %1").arg(ticket.priority);
    case AssigneeColumn:
        return shown.isEmpty() ? tr("Unassigned") : shown;
    case GroupColumn:
        return shown.isEmpty() ? tr("No group") : shown;
    case ViewersColumn:
        return shown.isEmpty() ? tr("Nobody else has it open") : shown;
    case SlaColumn: {
        // The view tells the SLA's state by colour only.
        if (shown.isEmpty())
            return tr("No SLA clock running");
        const QString& state = ticket.sla.state;
        if (state == u"breached"_s)
            return tr("%1, SLA breached").arg(shown);
        if (state == u"at_risk"_s)
            return tr("%1, SLA at risk").arg(shown);
        if (state == u"on_track"_s)
            return tr("%1, SLA on track").arg(shown);
        if (state == u"paused"_s)
            return tr("SLA paused");
        return shown;
    }
    default:
        return shown;
    }
}

QString TicketListModel::viewersText(qint64 ticketId) const
{
    QStringList names;
    for (const api::PresenceViewer& viewer : m_viewers.value(ticketId))
        names.append(viewer.typing ? tr("%1 (typing)").arg(viewer.user.shownName())
                                   : viewer.user.shownName());
    return names.join(u", "_s);
}

QString TicketListModel::viewersToolTip(qint64 ticketId) const
{
    const QString names = viewersText(ticketId);
    return names.isEmpty() ? QString() : tr("Open by %1").arg(names);
}

bool TicketListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_started && !m_loading && !m_nextCursor.isEmpty();
}

void TicketListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        fetch(m_nextCursor, NextPages);
}

int TicketListModel::rowOf(qint64 ticketId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == ticketId)
            return static_cast<int>(row);
    }
    return -1;
}

int TicketListModel::insertionRow(const Ticket& ticket) const
{
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), ticket,
                         [this](const Ticket& a, const Ticket& b) { return m_query.before(a, b); });
    return static_cast<int>(it - m_rows.cbegin());
}

void TicketListModel::upsert(const Ticket& ticket)
{
    if (!m_started)
        return;
    const int row = rowOf(ticket.id);
    const bool belongs = m_query.matches(ticket, m_session.user());
    if (row >= 0 && !belongs) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (row < 0) {
        if (!belongs)
            return;
        const int at = insertionRow(ticket);
        if (at == m_rows.size() && !m_nextCursor.isEmpty())
            return; // beyond what is loaded: it comes with a later page
        beginInsertRows({}, at, at);
        m_rows.insert(at, ticket);
        endInsertRows();
        return;
    }
    // Still here: update in place, moving the row if its sort position changed.
    m_rows[row] = ticket;
    const bool afterPrevious = row == 0 || !m_query.before(ticket, m_rows.at(row - 1));
    const bool beforeNext = row + 1 == m_rows.size() || !m_query.before(m_rows.at(row + 1), ticket);
    if (afterPrevious && beforeNext) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Where it goes among the others (found without announcing anything: nothing can look at
    // the model in between).
    m_rows.removeAt(row);
    const int to = insertionRow(ticket);
    m_rows.insert(row, ticket);
    if (to == m_rows.size() - 1 && !m_nextCursor.isEmpty()) {
        // Its place is past what is loaded: it leaves until that page comes.
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    beginMoveRows({}, row, row, {}, to >= row ? to + 1 : to);
    m_rows.move(row, to);
    endMoveRows();
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

int TicketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket& ticket = m_rows.at(index.row());
    switch (role) {
    case TicketIdRole:
        return ticket.id;
    case PriorityRole:
        return ticket.priority;
    case SlaStateRole:
        return ticket.sla.state;
    case OpenRole:
        return ticket.open;
    case VersionRole:
        return ticket.version;
    case ViewersRole: {
        QStringList names;
        for (const api::PresenceViewer& viewer : m_viewers.value(ticket.id))
            names.append(viewer.user.shownName());
        return names;
    }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return ticket.title; // plain text in a tooltip: Qt renders rich text only when asked
        if (index.column() == ViewersColumn || index.column() == IdColumn)
            return viewersToolTip(ticket.id);
        return {};
    case Qt::AccessibleTextRole:
        return accessibleText(index);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const qint64 now = m_clock();
    switch (static_cast<Column>(index.column())) {
    case IdColumn:
        return u"#%1"_s.arg(ticket.id);
    case PriorityColumn:
        return u"P%1"_s.arg(ticket.priority);
    case StatusColumn:
        return m_workflow.stateLabel(ticket.type, ticket.status);
    case TitleColumn:
        return ticket.title;
    case RequesterColumn:
        return ticket.requester.displayName;
    case AssigneeColumn:
        return ticket.assignee ? ticket.assignee->displayName : QString();
    case GroupColumn:
        return ticket.group ? ticket.group->name : QString();
    case AgeColumn:
        return TimeText::age(ticket.createdAt, now);
    case SlaColumn:
        if (!ticket.open || !ticket.sla.resolveDue)
            return QString();
        if (ticket.sla.state == u"paused"_s)
            return tr("paused");
        return TimeText::due(ticket.sla.firstResponseAt || !ticket.sla.responseDue
                                 ? *ticket.sla.resolveDue
                                 : *ticket.sla.responseDue,
                             now);
    case UpdatedColumn:
        return TimeText::age(ticket.updatedAt, now);
    case ViewersColumn:
        return viewersText(ticket.id);
    case TypeColumn:
        return WorkflowInfo::typeName(ticket.type);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case IdColumn:
        return tr("Ticket");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Title");
    case RequesterColumn:
        return tr("Requester");
    case AssigneeColumn:
        return tr("Assignee");
    case GroupColumn:
        return tr("Group");
    case AgeColumn:
        return tr("Age");
    case SlaColumn:
        return tr("SLA due");
    case UpdatedColumn:
        return tr("Updated");
    case ViewersColumn:
        return tr("Open by");
    case TypeColumn:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace frontline::client
