#pragma once

#include "api/problemapi.h"
#include "auth/principal.h"
#include "services/outcome.h"
#include "services/ticketmutation.h"

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// Problem management (issue 22, point 3): a problem ticket made from incidents, the incidents
// linked and unlinked, its investigation record (root cause, workaround, known error), and
// its resolution, which may resolve every linked open incident with a public reply in the
// same transaction. Each change is in the event log of the ticket it concerns.
class ProblemService
{
public:
    ProblemService(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                   qint64 now);

    ServiceResult create(const api::ProblemCreateParams& params);
    ServiceResult get(qint64 id);
    ServiceResult link(const api::ProblemLinkParams& params, bool linked);
    ServiceResult update(const api::ProblemUpdateParams& params);
    ServiceResult resolve(const api::ProblemResolveParams& params);

private:
    using Change = TicketMutation::Change;

    Result<TicketRecord, rpc::RpcError> loadProblem(qint64 id, const QString& field);
    api::ProblemDetail detail(const TicketRecord& problem);
    // An internal change (staff only) that makes no new version of the ticket, and its push.
    void logUnversioned(const TicketRecord& record, const Change& change, Outcome& outcome);
    // Moves a ticket to a resolved state of its lifecycle by the shortest way the caller may
    // take (the text is the note of the steps that need one and of the last).
    Status<rpc::RpcError> resolveTicket(qint64 id, const QString& text, Outcome& outcome);

    TicketMutation m;
    const WorkflowConfig& m_workflow;
};

} // namespace frontline::server
