#include "api/methods.h"
#include "api/ticketapi.h"
#include "rpc/methodregistry.h"
#include "services/ticketactions.h"
#include "services/ticketcommands.h"
#include "services/ticketqueries.h"

namespace frontline::server {
namespace {

using namespace api;

TicketCommands commands(JobScope& s)
{
    return TicketCommands(s.session, s.workflow, s.principal, s.now);
}

TicketActions actions(JobScope& s)
{
    return TicketActions(s.session, s.workflow, s.principal, s.now);
}

TicketQueries queries(JobScope& s)
{
    return TicketQueries(s.session, s.workflow, s.principal, s.now);
}

} // namespace

void registerTicketMethods(MethodRegistry& registry)
{
    registry.addWrite<TicketCreateParams>(
        method::TicketCreate, Access::Authenticated,
        [](JobScope& s, const TicketCreateParams& p) { return commands(s).create(p); });
    registry.addRead<IdParams>(method::TicketGet, Access::Authenticated,
                               [](JobScope& s, const IdParams& p) { return queries(s).get(p.id); });
    registry.addRead<TicketListParams>(
        method::TicketList, Access::Authenticated,
        [](JobScope& s, const TicketListParams& p) { return queries(s).list(p); });
    registry.addWrite<TicketUpdateParams>(
        method::TicketUpdate, Access::Authenticated,
        [](JobScope& s, const TicketUpdateParams& p) { return commands(s).update(p); });
    registry.addWrite<TicketTransitionParams>(
        method::TicketTransition, Access::Authenticated,
        [](JobScope& s, const TicketTransitionParams& p) { return commands(s).transition(p); });
    registry.addWrite<TicketCommentParams>(
        method::TicketComment, Access::Authenticated,
        [](JobScope& s, const TicketCommentParams& p) { return commands(s).comment(p); });
    registry.addRead<IdParams>(
        method::TicketHistory, Access::Authenticated,
        [](JobScope& s, const IdParams& p) { return queries(s).history(p.id); });
    registry.addRead<TicketCountParams>(
        method::TicketCount, Access::Authenticated,
        [](JobScope& s, const TicketCountParams& p) { return queries(s).count(p.filter); });
    registry.addRead<IdParams>(
        method::TicketLinks, Access::Authenticated,
        [](JobScope& s, const IdParams& p) { return queries(s).links(p.id); });
    registry.addWrite<TicketLinkParams>(
        method::TicketLink, Access::Staff,
        [](JobScope& s, const TicketLinkParams& p) { return actions(s).link(p); });
    registry.addWrite<TicketLinkParams>(
        method::TicketUnlink, Access::Staff,
        [](JobScope& s, const TicketLinkParams& p) { return actions(s).unlink(p); });
    registry.addWrite<TicketMergeParams>(
        method::TicketMerge, Access::Staff,
        [](JobScope& s, const TicketMergeParams& p) { return actions(s).merge(p); });
    registry.addWrite<TicketEscalateParams>(
        method::TicketEscalate, Access::Staff,
        [](JobScope& s, const TicketEscalateParams& p) { return actions(s).escalate(p); });
    registry.addWrite<TicketLogTimeParams>(
        method::TicketLogTime, Access::Staff,
        [](JobScope& s, const TicketLogTimeParams& p) { return actions(s).logTime(p); });
    registry.addWrite<TicketRateParams>(
        method::TicketRate, Access::Authenticated,
        [](JobScope& s, const TicketRateParams& p) { return actions(s).rate(p); });
}

} // namespace frontline::server
