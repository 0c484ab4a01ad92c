#include "mytickets.h"

#include "api/methods.h"
#include "api/ratingapi.h"
#include "api/ticketapi.h"
#include "client/core/clientsettings.h"
#include "client/core/session.h"
#include "client/core/workflowinfo.h"
#include "rpc/rpcclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::client {

namespace {
constexpr int MyTicketsLimit = 100;
}

MyTickets::MyTickets(Session& session, const WorkflowInfo& workflow, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_workflow(workflow)
{
    connect(&session, &Session::ticketCreated, this, [this](const Ticket& ticket) {
        if (ticket.requester.id == m_session.user().id) {
            upsert(ticket);
            remember(ticket);
        }
    });
    connect(
        &session, &Session::ticketChanged, this,
        [this](const Ticket& ticket, const QList<api::FieldChange>& changes, const UserRef& actor) {
            if (ticket.requester.id != m_session.user().id)
                return;
            const auto before = this->ticket(ticket.id);
            upsert(ticket);
            if (actor.id == m_session.user().id) {
                remember(ticket);
                return;
            }
            for (const api::FieldChange& c : changes) {
                if (c.field == u"status"_s) {
                    setUnread(ticket.id, true);
                    Q_EMIT statusChanged(ticket, before ? before->status : c.oldValue.toString());
                }
            }
        });
    connect(&session, &Session::ticketCommented, this,
            [this](const Ticket& ticket, const Comment& comment) {
                if (ticket.requester.id != m_session.user().id)
                    return;
                upsert(ticket);
                if (comment.author.id == m_session.user().id || comment.internal) {
                    remember(ticket);
                    return;
                }
                setUnread(ticket.id, true);
                Q_EMIT replyArrived(ticket, comment);
            });
    connect(&session, &Session::loggedIn, this, [this] {
        loadSeen();
        refresh();
    });
    connect(&session, &Session::connectionRestored, this, &MyTickets::refresh);
}

void MyTickets::refresh()
{
    api::TicketListParams params;
    params.filter.requester = api::Selector {api::Selector::Kind::Me, 0};
    params.sort = api::TicketSort::UpdatedDesc;
    params.limit = MyTicketsLimit;
    m_session.rpc().call(QString(api::method::TicketList), params.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 return;
                             beginResetModel();
                             m_tickets = api::TicketPage::fromJson(reply.result()).items;
                             endResetModel();
                             // Changed while the applet was not watching: unread.
                             for (const Ticket& ticket : std::as_const(m_tickets)) {
                                 const auto seen = m_seen.constFind(ticket.id);
                                 if (seen == m_seen.constEnd())
                                     m_seen.insert(ticket.id, ticket.updatedAt);
                                 else if (ticket.updatedAt > *seen)
                                     setUnread(ticket.id, true);
                             }
                             saveSeen();
                             m_loaded = true;
                             Q_EMIT loaded();
                         });
}

void MyTickets::rate(qint64 id, int score, const QString& comment)
{
    api::TicketRateParams params;
    params.id = id;
    params.score = score;
    params.comment = comment;
    m_session.rpc().call(QString(api::method::TicketRate), params.toJson(), this,
                         [this, id](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 Q_EMIT ratingFailed(id, reply.error());
                                 return;
                             }
                             const auto rating = api::RatingResult::fromJson(reply.result());
                             Q_EMIT rated(id, rating.score);
                         });
}

void MyTickets::markRead(qint64 id)
{
    if (const auto t = ticket(id))
        remember(*t);
    setUnread(id, false);
}

std::optional<Ticket> MyTickets::ticket(qint64 id) const
{
    for (const Ticket& t : m_tickets) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QModelIndex MyTickets::indexOf(qint64 id) const
{
    for (int row = 0; row < m_tickets.size(); ++row) {
        if (m_tickets[row].id == id)
            return index(row);
    }
    return {};
}

void MyTickets::upsert(const Ticket& ticket)
{
    for (int row = 0; row < m_tickets.size(); ++row) {
        if (m_tickets[row].id != ticket.id)
            continue;
        if (row == 0) {
            m_tickets[0] = ticket;
            Q_EMIT dataChanged(index(0), index(0));
            return;
        }
        beginMoveRows({}, row, row, {}, 0);
        m_tickets.move(row, 0);
        endMoveRows();
        m_tickets[0] = ticket;
        Q_EMIT dataChanged(index(0), index(0));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_tickets.prepend(ticket);
    endInsertRows();
}

void MyTickets::setUnread(qint64 id, bool unread)
{
    const bool changed = unread ? !m_unread.contains(id) : m_unread.remove(id);
    if (!changed)
        return;
    if (unread)
        m_unread.insert(id);
    if (const QModelIndex row = indexOf(id); row.isValid())
        Q_EMIT dataChanged(row, row, {UnreadRole});
    Q_EMIT unreadChanged(unreadCount());
}

void MyTickets::remember(const Ticket& ticket)
{
    m_seen.insert(ticket.id, ticket.updatedAt);
    saveSeen();
}

void MyTickets::loadSeen()
{
    m_seen.clear();
    const QJsonObject stored =
        QJsonDocument::fromJson(
            m_session.settings().value(u"tray/seen/"_s + m_session.user().username))
            .object();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        m_seen.insert(it.key().toLongLong(), it.value().toInteger());
}

void MyTickets::saveSeen() const
{
    QJsonObject stored;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
        stored.insert(QString::number(it.key()), it.value());
    m_session.settings().setValue(u"tray/seen/"_s + m_session.user().username,
                                  QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

std::optional<qint64> MyTickets::expectedBy(const Ticket& ticket)
{
    if (!ticket.open || ticket.sla.state == u"paused"_s)
        return std::nullopt;
    return ticket.sla.resolveDue;
}

int MyTickets::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

QVariant MyTickets::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const Ticket& t = m_tickets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return t.title;
    case IdRole:
        return t.id;
    case StatusRole:
        return m_workflow.stateLabel(t.type, t.status);
    case OpenRole:
        return t.open;
    case UpdatedRole:
        return t.updatedAt;
    case UnreadRole:
        return m_unread.contains(t.id);
    case ExpectedByRole:
        if (const auto due = expectedBy(t))
            return *due;
        return {};
    case AwaitingConfirmationRole:
        return !t.open && !m_workflow.transitionsFor(t, Role::Requester).isEmpty();
    default:
        return {};
    }
}

} // namespace frontline::client
