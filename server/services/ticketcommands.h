#pragma once

#include "api/ticketapi.h"
#include "auth/principal.h"
#include "services/outcome.h"
#include "services/ticketmutation.h"

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// The ticket methods that change data: create, update, transition, comment. Each runs inside
// the writer's transaction, appends to the event log and returns the events to push.
class TicketCommands
{
public:
    TicketCommands(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                   qint64 now);

    ServiceResult create(const api::TicketCreateParams& params);
    ServiceResult update(const api::TicketUpdateParams& params);
    ServiceResult transition(const api::TicketTransitionParams& params);
    ServiceResult comment(const api::TicketCommentParams& params);

private:
    using Change = TicketMutation::Change;

    // A retried call with a client reference answers with the first result.
    std::optional<ServiceResult> replay(const QString& clientRef);
    void remember(const QString& clientRef, const Outcome& outcome);

    TicketMutation m;
};

} // namespace frontline::server
