#pragma once

#include "api/automationapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;
struct Rule;
struct WorkflowConfig;

// Administration of the workflow engine: business-hours calendars, SLA policies and
// automation rules. Every change is validated (the error names the field), stored, and
// answered with the new workflow snapshot, which the server installs after the commit.
class AutomationAdmin
{
public:
    AutomationAdmin(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                    qint64 now);

    ServiceResult listCalendars();
    ServiceResult createCalendar(const api::CalendarParams& params);
    ServiceResult updateCalendar(const api::CalendarParams& params);
    ServiceResult deleteCalendar(qint64 id);

    ServiceResult listPolicies();
    ServiceResult createPolicy(const api::SlaPolicyParams& params);
    ServiceResult updatePolicy(const api::SlaPolicyParams& params);
    ServiceResult deletePolicy(qint64 id);

    ServiceResult listRules();
    ServiceResult createRule(const api::RuleParams& params);
    ServiceResult updateRule(const api::RuleParams& params);
    ServiceResult deleteRule(qint64 id);
    // Which open tickets the rule's conditions match now (newest first; bounded scan).
    ServiceResult dryRun(const api::RuleParams& params);

    static constexpr int DryRunScanLimit = 20000;

private:
    // The snapshot after this transaction's change, for the outcome.
    std::shared_ptr<const WorkflowConfig> reloaded();
    // Re-plans the SLA of open tickets governed by these policies under `config`.
    int recompute(const QList<qint64>& policyIds, const WorkflowConfig& config);
    std::optional<rpc::RpcError> checkReferences(const Rule& rule);
    ServiceResult savePolicy(const api::SlaPolicyParams& params, bool creating);
    // The outcome of an administration write: `result`, the snapshot to install, and (for a
    // result that reports it) how many open tickets under `recomputePolicies` were re-planned.
    template<typename Result>
    Outcome changed(Result result, const QList<qint64>& recomputePolicies = {});

    SqlSession& m_session;
    const WorkflowConfig& m_workflow;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
