#include "workflowapi.h"

using namespace Qt::StringLiterals;

namespace frontline::api {

QJsonObject WorkflowSnapshot::toJson() const
{
    return {{"lifecycles"_L1, lifecycles.toJson()},
            {"priority_matrix"_L1, priorityMatrix.toJson()},
            {"sla_targets"_L1, slaTargets.toJson()}};
}

QStringList WorkflowSnapshot::keys()
{
    return {u"lifecycles"_s, u"priority_matrix"_s, u"sla_targets"_s};
}

WorkflowSnapshot WorkflowSnapshot::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    WorkflowSnapshot snapshot;
    snapshot.lifecycles = LifecycleSet::readable(o.value("lifecycles"_L1));
    snapshot.priorityMatrix = PriorityMatrix::readable(o.value("priority_matrix"_L1));
    if (auto targets = SlaTargets::fromJson(o.value("sla_targets"_L1).toObject()))
        snapshot.slaTargets = *targets;
    return snapshot;
}

QJsonObject ConfigValue::toJson() const
{
    return {{"key"_L1, key}, {"value"_L1, value}};
}

ConfigValue ConfigValue::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("key"_L1).toString(), o.value("value"_L1).toObject()};
}

} // namespace frontline::api
