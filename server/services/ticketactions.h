#pragma once

#include "api/ratingapi.h"
#include "api/ticketapi.h"
#include "auth/principal.h"
#include "services/outcome.h"
#include "services/ticketmutation.h"

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// What agents do to tickets beyond editing them: escalate to the next tier, merge a
// duplicate, link related tickets, log working time.
class TicketActions
{
public:
    TicketActions(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                  qint64 now);

    ServiceResult escalate(const api::TicketEscalateParams& params);
    ServiceResult merge(const api::TicketMergeParams& params);
    ServiceResult link(const api::TicketLinkParams& params);
    ServiceResult unlink(const api::TicketLinkParams& params);
    ServiceResult logTime(const api::TicketLogTimeParams& params);
    // The requester's satisfaction with a resolved ticket (1-5 and a comment); may be changed.
    ServiceResult rate(const api::TicketRateParams& params);

private:
    using Change = TicketMutation::Change;

    // Records a change that is no new version of the ticket (links), and its push.
    Outcome unversionedChange(const TicketRecord& record, const Change& change);
    // A related link made (or removed) between two tickets, on both of them.
    Outcome relatedChange(const TicketRecord& first, const TicketRecord& second, bool linked);

    TicketMutation m;
};

} // namespace frontline::server
