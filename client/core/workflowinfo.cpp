#include "workflowinfo.h"

namespace frontline::client {

void WorkflowInfo::load(const api::WorkflowSnapshot& snapshot)
{
    m_snapshot = snapshot;
}

QList<WorkflowInfo::Transition> WorkflowInfo::transitionsFor(const Ticket& ticket, Role role) const
{
    QList<Transition> result;
    for (const LifecycleTransition& t :
         m_snapshot.lifecycles.of(ticket.type).offered(ticket.status, role))
        result.append(
            {t.to, t.label, t.guards.contains(Guard::Note), t.guards.contains(Guard::Assignee)});
    return result;
}

QString WorkflowInfo::stateLabel(TicketType type, const QString& status) const
{
    const LifecycleState* state = m_snapshot.lifecycles.of(type).state(status);
    return state ? state->label : status;
}

bool WorkflowInfo::isOpenState(TicketType type, const QString& status) const
{
    const LifecycleState* state = m_snapshot.lifecycles.of(type).state(status);
    return state ? state->open : true;
}

QStringList WorkflowInfo::allStates() const
{
    QStringList states;
    for (const QString& typeName : ticketTypeNames()) {
        const TicketType type = *ticketTypeFromString(typeName);
        for (const LifecycleState& state : m_snapshot.lifecycles.of(type).states()) {
            if (!states.contains(state.name))
                states.append(state.name);
        }
    }
    return states;
}

int WorkflowInfo::priorityFor(Level impact, Level urgency) const
{
    return m_snapshot.priorityMatrix.priority(impact, urgency);
}

QString WorkflowInfo::typeName(TicketType type)
{
    switch (type) {
    case TicketType::Incident:
        return tr("Incident");
    case TicketType::ServiceRequest:
        return tr("Service request");
    case TicketType::Problem:
        return tr("Problem");
    case TicketType::Change:
        return tr("Change");
    case TicketType::Task:
        return tr("Task");
    }
    return {};
}

} // namespace frontline::client
