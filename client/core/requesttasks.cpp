#include "requesttasks.h"

#include "api/methods.h"
#include "api/paramreader.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QJsonObject>

namespace frontline::client {

RequestTasks::RequestTasks(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&session, &Session::ticketChanged, this, [this](const Ticket& ticket) {
        if (m_parent && ticket.id == m_parent->id) { // the task's request: the push says it all
            m_parent->title = ticket.title;
            m_parent->status = ticket.status;
            Q_EMIT changed();
        } else if (concerns(ticket)) {
            read(m_ticketId, false);
        }
    });
    // A stage's tasks are made when it starts: they arrive as new tickets of the request.
    connect(&session, &Session::ticketCreated, this, [this](const Ticket& ticket) {
        if (concerns(ticket))
            read(m_ticketId, false);
    });
}

bool RequestTasks::concerns(const Ticket& ticket) const
{
    if (!m_ticketId)
        return false;
    if (ticket.parent && *ticket.parent == m_ticketId)
        return true; // one of the request's tasks
    for (const TicketTask& task : m_tasks) {
        if (task.id == ticket.id)
            return true;
    }
    return false;
}

void RequestTasks::show(const Ticket& ticket)
{
    if (ticket.id != m_ticketId) {
        ++m_generation;
        m_parent.reset();
    }
    m_ticketId = ticket.id;
    take(ticket);
}

void RequestTasks::clear()
{
    ++m_generation;
    m_ticketId = 0;
    m_catalogItem.reset();
    m_tasks.clear();
    m_parent.reset();
    Q_EMIT changed();
}

int RequestTasks::doneCount() const
{
    int done = 0;
    for (const TicketTask& task : m_tasks)
        done += task.open ? 0 : 1;
    return done;
}

void RequestTasks::take(const Ticket& ticket)
{
    m_catalogItem = ticket.catalogItem;
    m_tasks = ticket.tasks.value_or(QList<TicketTask>());
    if (ticket.parent) {
        if (!m_parent || m_parent->id != *ticket.parent) {
            m_parent = ParentRequest {*ticket.parent, {}, {}};
            read(*ticket.parent, true);
        }
    } else {
        m_parent.reset();
    }
    Q_EMIT changed();
}

void RequestTasks::read(qint64 id, bool parent)
{
    const quint64 generation = m_generation;
    const quint64 sequence = parent ? m_reads : ++m_reads;
    m_session.rpc().call(QString(api::method::TicketGet), api::IdParams {id}.toJson(), this,
                         [this, generation, sequence, parent](const rpc::RpcReply& reply) {
                             // Another ticket shown meanwhile, or a newer read of this one sent.
                             if (reply.isError() || generation != m_generation
                                 || (!parent && sequence != m_reads))
                                 return;
                             const Ticket ticket = Ticket::fromJson(reply.result().toObject());
                             if (parent) {
                                 if (m_parent && m_parent->id == ticket.id) {
                                     m_parent->title = ticket.title;
                                     m_parent->status = ticket.status;
                                     Q_EMIT changed();
                                 }
                                 return;
                             }
                             if (ticket.id == m_ticketId)
                                 take(ticket);
                         });
}

} // namespace frontline::client
