#pragma once

#include "api/ticketapi.h"
#include "auth/principal.h"
#include "services/outcome.h"
#include "storage/ticketrepository.h"

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// The ticket methods that only read: get, list (keyset pages), history.
class TicketQueries
{
public:
    TicketQueries(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                  qint64 now);

    ServiceResult get(qint64 id);
    ServiceResult list(const api::TicketListParams& params);
    ServiceResult history(qint64 id);
    ServiceResult count(const api::TicketFilter& filter);
    ServiceResult links(qint64 id);

    static constexpr int CountCap = 10000;

    static constexpr int MaxHistoryEntries = 5000;

private:
    Result<TicketListFilter, rpc::RpcError> resolveFilter(const api::TicketFilter& filter);
    QList<TicketScope> scopesFor(const api::TicketFilter& filter) const;

    SqlSession& m_session;
    const WorkflowConfig& m_workflow;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
