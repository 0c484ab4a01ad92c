#include "bulkeditor.h"

#include "api/methods.h"
#include "api/ticketapi.h"
#include "client/core/outbox.h"
#include "client/core/session.h"

using namespace Qt::StringLiterals;

namespace frontline::client {

BulkEditor::BulkEditor(Outbox& outbox, const WorkflowInfo& workflow, const Session& session)
    : m_outbox(outbox)
    , m_workflow(workflow)
    , m_session(session)
{ }

int BulkEditor::assign(const QList<Ticket>& tickets, std::optional<qint64> userId)
{
    int sent = 0;
    for (const Ticket& ticket : tickets) {
        const qint64 current = ticket.assignee ? ticket.assignee->id : 0; // ids are positive
        if (current == userId.value_or(0))
            continue;
        const QJsonObject params {
            {"id"_L1, ticket.id},
            {"version"_L1, ticket.version},
            {"assignee"_L1, userId ? QJsonValue(*userId) : QJsonValue(QJsonValue::Null)}};
        m_outbox.submit(QString(api::method::TicketUpdate), params,
                        userId ? tr("Assign #%1").arg(ticket.id)
                               : tr("Unassign #%1").arg(ticket.id),
                        ticket.id);
        ++sent;
    }
    return sent;
}

int BulkEditor::setPriority(const QList<Ticket>& tickets, int priority)
{
    int sent = 0;
    for (const Ticket& ticket : tickets) {
        if (ticket.priority == priority)
            continue;
        const QJsonObject params {
            {"id"_L1, ticket.id}, {"version"_L1, ticket.version}, {"priority"_L1, priority}};
        m_outbox.submit(QString(api::method::TicketUpdate), params,
                        tr("Priority of #%1").arg(ticket.id), ticket.id);
        ++sent;
    }
    return sent;
}

int BulkEditor::transition(const QList<Ticket>& tickets, const QString& status, const QString& note)
{
    int sent = 0;
    for (const Ticket& ticket : tickets) {
        bool allowed = false;
        for (const WorkflowInfo::Transition& t :
             m_workflow.transitionsFor(ticket, m_session.user().role))
            allowed = allowed || t.to == status;
        if (!allowed)
            continue;
        api::TicketTransitionParams params;
        params.id = ticket.id;
        params.status = status;
        params.note = note;
        params.version = ticket.version;
        m_outbox.submit(
            QString(api::method::TicketTransition), params.toJson(),
            tr("#%1 to %2").arg(ticket.id).arg(m_workflow.stateLabel(ticket.type, status)),
            ticket.id);
        ++sent;
    }
    return sent;
}

QList<WorkflowInfo::Transition> BulkEditor::commonTransitions(const QList<Ticket>& tickets) const
{
    if (tickets.isEmpty())
        return {};
    QList<WorkflowInfo::Transition> common =
        m_workflow.transitionsFor(tickets.constFirst(), m_session.user().role);
    for (const Ticket& ticket : tickets) {
        const QList<WorkflowInfo::Transition> allowed =
            m_workflow.transitionsFor(ticket, m_session.user().role);
        common.removeIf([&](const WorkflowInfo::Transition& t) {
            return std::none_of(allowed.begin(), allowed.end(),
                                [&](const WorkflowInfo::Transition& a) { return a.to == t.to; });
        });
    }
    return common;
}

} // namespace frontline::client
