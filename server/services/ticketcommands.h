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

    // `route`: a group the channel routes the ticket to (a mailbox's group), set as routing by
    // category sets it, whoever creates the ticket: part of the first version, so the
    // ticket.created push reaches that group's agents and auto-assignment runs in it.
    ServiceResult create(const api::TicketCreateParams& params,
                         const std::optional<GroupRef>& route = std::nullopt);
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
