#include "workflowinfo.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::client {

void WorkflowInfo::load(const QJsonObject& workflowGet)
{
    m_lifecycles.clear();
    const QJsonObject lifecycles = workflowGet.value("lifecycles"_L1).toObject();
    for (auto it = lifecycles.constBegin(); it != lifecycles.constEnd(); ++it)
        m_lifecycles.insert(it.key(), it.value().toObject());
    m_matrix = workflowGet.value("priority_matrix"_L1).toObject();
}

QList<WorkflowInfo::Transition> WorkflowInfo::transitionsFor(const Ticket& ticket, Role role) const
{
    QList<Transition> result;
    const QJsonArray transitions =
        m_lifecycles.value(toString(ticket.type)).value("transitions"_L1).toArray();
    for (const QJsonValue& value : transitions) {
        const QJsonObject transition = value.toObject();
        if (!transition.value("on"_L1).toString().isEmpty()
            && transition.value("on"_L1).toString() != u"assign"_s)
            continue; // automatic (unassign, merge): not offered as a button
        if (!transition.value("from"_L1).toArray().contains(ticket.status))
            continue;
        if (!transition.value("roles"_L1).toArray().contains(toString(role)))
            continue;
        const QJsonArray guards = transition.value("requires"_L1).toArray();
        result.append({transition.value("to"_L1).toString(),
                       transition.value("label"_L1).toString(), guards.contains(u"note"_s),
                       guards.contains(u"assignee"_s)});
    }
    return result;
}

QString WorkflowInfo::stateLabel(TicketType type, const QString& status) const
{
    for (const QJsonValue& state :
         m_lifecycles.value(toString(type)).value("states"_L1).toArray()) {
        if (state.toObject().value("name"_L1).toString() == status)
            return state.toObject().value("label"_L1).toString(status);
    }
    return status;
}

bool WorkflowInfo::isOpenState(TicketType type, const QString& status) const
{
    for (const QJsonValue& state :
         m_lifecycles.value(toString(type)).value("states"_L1).toArray()) {
        if (state.toObject().value("name"_L1).toString() == status)
            return state.toObject().value("open"_L1).toBool(true);
    }
    return true;
}

QStringList WorkflowInfo::allStates() const
{
    QStringList states;
    for (const QJsonObject& lifecycle : m_lifecycles) {
        for (const QJsonValue& state : lifecycle.value("states"_L1).toArray()) {
            const QString name = state.toObject().value("name"_L1).toString();
            if (!states.contains(name))
                states.append(name);
        }
    }
    return states;
}

int WorkflowInfo::priorityFor(Level impact, Level urgency) const
{
    return m_matrix.value(toString(impact)).toObject().value(toString(urgency)).toInt(3);
}

} // namespace frontline::client
