#pragma once

#include "workflow/lifecycle.h"
#include "workflow/prioritymatrix.h"
#include "workflow/prioritytargets.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Results of the workflow configuration methods (docs/protocol.md, "workflow.get", "config.*").
namespace frontline::api {

// workflow.get: the lifecycles, the priority matrix and the fallback SLA targets in force.
struct WorkflowSnapshot
{
    LifecycleSet lifecycles;
    PriorityMatrix priorityMatrix;
    SlaTargets slaTargets;

    QJsonObject toJson() const;
    // Lenient: a lifecycle or cell that cannot be read is left empty (or at its default).
    static WorkflowSnapshot fromJson(const QJsonValue& value);
    bool operator==(const WorkflowSnapshot&) const = default;
    // Its keys, which are also config.set keys: changing one changes what workflow.get says.
    static QStringList keys();
};

// config.get and config.set: one configuration key and its (normalised) value.
struct ConfigValue
{
    QString key;
    QJsonObject value;

    QJsonObject toJson() const;
    static ConfigValue fromJson(const QJsonValue& value);
    bool operator==(const ConfigValue&) const = default;
};

} // namespace frontline::api
