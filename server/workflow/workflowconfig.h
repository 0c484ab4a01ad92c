#pragma once

#include "api/approvalapi.h"
#include "api/changeapi.h"
#include "api/totpapi.h"
#include "core/result.h"
#include "workflow/lifecycle.h"
#include "workflow/prioritymatrix.h"
#include "workflow/rule.h"
#include "workflow/slapolicy.h"
#include "workflow/slatargets.h"

#include <QJsonObject>

#include <memory>
#include <mutex>

namespace frontline::server {

// Everything configurable about how tickets flow, as one immutable snapshot.
struct WorkflowConfig
{
    LifecycleSet lifecycles;
    PriorityMatrix priorityMatrix;
    SlaTargets slaTargets; // the fallback when no SLA policy matches
    SlaPolicySet sla; // policies and calendars (tables, administered with sla.policy.*)
    QList<Rule> rules; // automation rules in id order (administered with rule.*)
    std::optional<UserRef> automationUser; // who rules act as (the "automation" account)
    api::SecuritySettings security; // config key "security": roles that must use TOTP
    api::ApprovalSettings approvals; // config key "approvals": reminder and escalation waits
    // config key "change_risk": the risk questionnaire of changes (built-in default)
    api::ChangeQuestionnaire changeRisk = api::ChangeQuestionnaire::builtIn();
    api::ChangeApprovalConfig changeApproval; // config key "change_approval": board chains

    // The defaults shipped in resources/workflow/.
    static const WorkflowConfig& defaults();
    static QJsonObject defaultJson(const QString& key);
    // Returns a copy of `base` with `key` replaced by `value`, or why the value is invalid (the
    // field inside the value, "" for the value as a whole, and the reason).
    static Result<WorkflowConfig, FieldError> with(const WorkflowConfig& base, const QString& key,
                                                   const QJsonValue& value);
    QJsonObject toJson(const QString& key) const;
};

// The current configuration, shared by every thread; replaced as a whole, read as a snapshot.
class WorkflowStore
{
public:
    WorkflowStore();
    std::shared_ptr<const WorkflowConfig> current() const;
    void replace(std::shared_ptr<const WorkflowConfig> config);

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const WorkflowConfig> m_current;
};

} // namespace frontline::server
