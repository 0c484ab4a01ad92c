#include "api/approvalapi.h"
#include "api/methods.h"
#include "rpc/methodregistry.h"
#include "services/approvalservice.h"

namespace frontline::server {
namespace {

using namespace api;

ApprovalService approvals(JobScope& scope)
{
    return ApprovalService(scope.session, scope.workflow, scope.principal, scope.now);
}

} // namespace

void registerApprovalMethods(MethodRegistry& registry)
{
    // Agents (and rules later) start a chain on any ticket they may change.
    registry.addWrite<ApprovalRequestParams>(
        method::ApprovalRequest, Access::Staff,
        [](JobScope& s, const ApprovalRequestParams& p) { return approvals(s).request(p); });
    // Approvers may be requesters too (a manager without an agent seat).
    registry.addRead<ApprovalListParams>(
        method::ApprovalList, Access::Authenticated,
        [](JobScope& s, const ApprovalListParams& p) { return approvals(s).list(p); });
    registry.addWrite<ApprovalDecideParams>(
        method::ApprovalDecide, Access::Authenticated,
        [](JobScope& s, const ApprovalDecideParams& p) { return approvals(s).decide(p); });
    registry.addWrite<ApprovalDelegateParams>(
        method::ApprovalDelegate, Access::Authenticated,
        [](JobScope& s, const ApprovalDelegateParams& p) { return approvals(s).delegate(p); });
}

} // namespace frontline::server
