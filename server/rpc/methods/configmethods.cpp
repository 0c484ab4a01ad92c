#include "api/methods.h"
#include "api/ticketapi.h"
#include "rpc/methodregistry.h"
#include "services/configservice.h"

namespace frontline::server {

void registerConfigMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    // Read from the snapshot in force, on the network thread: no storage involved.
    registry.addCustom<api::EmptyParams>(
        api::method::WorkflowGet, Access::Authenticated,
        [&ctx](const CallContext&, const api::EmptyParams&, Responder respond) {
            respond(Outcome(ConfigService::snapshot(*ctx.workflow.current())));
        });
    registry.addCustom<api::ConfigGetParams>(
        api::method::ConfigGet, Access::Admin,
        [&ctx](const CallContext&, const api::ConfigGetParams& p, Responder respond) {
            respond(Outcome(ConfigService::value(*ctx.workflow.current(), p.key)));
        });
    registry.addWrite<api::ConfigSetParams>(
        api::method::ConfigSet, Access::Admin, [](JobScope& s, const api::ConfigSetParams& p) {
            return ConfigService(s.session, s.now).set(s.workflow, p, s.principal.userId);
        });
}

} // namespace frontline::server
