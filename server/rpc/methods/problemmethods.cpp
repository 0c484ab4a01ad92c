#include "api/methods.h"
#include "api/problemapi.h"
#include "rpc/methodregistry.h"
#include "services/problemfinder.h"
#include "services/problemservice.h"

namespace frontline::server {
namespace {

using namespace api;

ProblemService problems(JobScope& scope)
{
    return ProblemService(scope.session, scope.workflow, scope.principal, scope.now);
}

} // namespace

void registerProblemMethods(MethodRegistry& registry)
{
    // Problem management is staff work: agents, managers and admins.
    registry.addWrite<ProblemCreateParams>(
        method::ProblemCreate, Access::Staff,
        [](JobScope& s, const ProblemCreateParams& p) { return problems(s).create(p); });
    registry.addRead<IdParams>(
        method::ProblemGet, Access::Staff,
        [](JobScope& s, const IdParams& p) { return problems(s).get(p.id); });
    registry.addWrite<ProblemLinkParams>(
        method::ProblemLink, Access::Staff,
        [](JobScope& s, const ProblemLinkParams& p) { return problems(s).link(p, true); });
    registry.addWrite<ProblemLinkParams>(
        method::ProblemUnlink, Access::Staff,
        [](JobScope& s, const ProblemLinkParams& p) { return problems(s).link(p, false); });
    registry.addWrite<ProblemUpdateParams>(
        method::ProblemUpdate, Access::Staff,
        [](JobScope& s, const ProblemUpdateParams& p) { return problems(s).update(p); });
    registry.addWrite<ProblemResolveParams>(
        method::ProblemResolve, Access::Staff,
        [](JobScope& s, const ProblemResolveParams& p) { return problems(s).resolve(p); });
    registry.addRead<ProblemMatchParams>(
        method::ProblemMatch, Access::Staff, [](JobScope& s, const ProblemMatchParams& p) {
            return ProblemFinder(s.session, s.workflow, s.principal, s.now).match(p);
        });
    registry.addRead<ProblemCandidatesParams>(
        method::ProblemCandidates, Access::Staff,
        [](JobScope& s, const ProblemCandidatesParams& p) {
            return ProblemFinder(s.session, s.workflow, s.principal, s.now).candidates(p);
        });
}

} // namespace frontline::server
