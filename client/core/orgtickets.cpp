#include "orgtickets.h"

#include "api/methods.h"
#include "api/ticketapi.h"
#include "api/ticketresults.h"
#include "client/core/session.h"
#include "client/core/workflowinfo.h"
#include "rpc/rpcclient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {
constexpr int OrgTicketsLimit = 200;
}

OrgTickets::OrgTickets(Session& session, const WorkflowInfo& workflow, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_workflow(workflow)
{
    connect(&session, &Session::ticketCreated, this, [this](const Ticket& ticket) {
        if (belongs(ticket))
            upsert(ticket);
    });
    connect(&session, &Session::ticketChanged, this, [this](const Ticket& ticket) {
        if (belongs(ticket))
            upsert(ticket);
    });
    connect(&session, &Session::ticketCommented, this, [this](const Ticket& ticket) {
        if (belongs(ticket))
            upsert(ticket);
    });
    connect(&session, &Session::loggedIn, this, [this] {
        Q_EMIT availableChanged();
        refresh();
    });
    connect(&session, &Session::connectionRestored, this, &OrgTickets::refresh);
}

bool OrgTickets::isAvailable() const
{
    const User& me = m_session.user();
    return me.role == Role::Requester && me.orgViewer && me.org.has_value();
}

QString OrgTickets::organisationName() const
{
    const User& me = m_session.user();
    return me.org ? me.org->name : QString();
}

bool OrgTickets::belongs(const Ticket& ticket) const
{
    return isAvailable() && ticket.org && ticket.org->id == m_session.user().org->id;
}

void OrgTickets::refresh()
{
    if (!isAvailable()) {
        if (!m_tickets.isEmpty()) {
            beginResetModel();
            m_tickets.clear();
            endResetModel();
        }
        return;
    }
    api::TicketListParams params;
    params.filter.orgs = QList<qint64> {m_session.user().org->id};
    params.sort = api::TicketSort::UpdatedDesc;
    params.limit = OrgTicketsLimit;
    m_session.rpc().call(QString(api::method::TicketList), params.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 return;
                             beginResetModel();
                             m_tickets = api::TicketPage::fromJson(reply.result()).items;
                             endResetModel();
                             Q_EMIT loaded();
                         });
}

void OrgTickets::upsert(const Ticket& ticket)
{
    for (qsizetype row = 0; row < m_tickets.size(); ++row) {
        if (m_tickets.at(row).id != ticket.id)
            continue;
        if (row == 0) {
            m_tickets[0] = ticket;
            Q_EMIT dataChanged(index(0), index(0));
            return;
        }
        beginMoveRows({}, int(row), int(row), {}, 0);
        m_tickets.move(row, 0);
        m_tickets[0] = ticket;
        endMoveRows();
        Q_EMIT dataChanged(index(0), index(0));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_tickets.prepend(ticket);
    endInsertRows();
}

std::optional<Ticket> OrgTickets::ticket(qint64 id) const
{
    for (const Ticket& t : m_tickets) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QModelIndex OrgTickets::indexOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_tickets.size(); ++row) {
        if (m_tickets.at(row).id == id)
            return index(int(row));
    }
    return {};
}

int OrgTickets::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

QVariant OrgTickets::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket& t = m_tickets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("#%1 %2\n%3 · %4")
            .arg(t.id)
            .arg(t.title, t.requester.shownName(), m_workflow.stateLabel(t.type, t.status));
    case IdRole:
        return t.id;
    case TitleRole:
        return t.title;
    case StatusRole:
        return m_workflow.stateLabel(t.type, t.status);
    case OpenRole:
        return t.open;
    case UpdatedRole:
        return t.updatedAt;
    case RequesterRole:
        return t.requester.shownName();
    case OwnRole:
        return t.requester.id == m_session.user().id;
    default:
        return {};
    }
}

} // namespace frontline::client
