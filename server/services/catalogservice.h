#pragma once

#include "api/catalogapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// The service catalog (issue 21): admins define the items; callers list and read the items
// their audience may request, and file a request from one (agents on behalf of a requester).
// A request whose item has approval steps waits in awaiting_approval while its chain runs
// (ApprovalEngine); otherwise, and once approved, its tasks start (Fulfilment).
class CatalogService
{
public:
    CatalogService(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                   qint64 now);

    ServiceResult create(const api::CatalogItemCreateParams& params);
    ServiceResult update(const api::CatalogItemUpdateParams& params);
    ServiceResult get(qint64 id);
    ServiceResult list(const api::CatalogItemListParams& params);
    ServiceResult request(const api::CatalogRequestParams& params);

private:
    // Why the item cannot be stored (the category, groups, SLA policy and form fields must
    // exist), or its category's id.
    Result<std::optional<qint64>, rpc::RpcError> check(const api::CatalogItem& item);
    // The people and groups an approval chain names exist (and the people are enabled), checked
    // when the chain is sent: "approvals[1].user".
    std::optional<rpc::RpcError> checkApprovals(const QJsonArray& approvals);

    SqlSession& m_session;
    const WorkflowConfig& m_workflow;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
