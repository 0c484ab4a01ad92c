#include "api/methods.h"
#include "api/ticketapi.h"
#include "rpc/methodregistry.h"
#include "services/configservice.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

void registerConfigMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    // Everything clients need to show a ticket's possible transitions and priorities.
    registry.add(api::method::WorkflowGet, Access::Authenticated,
                 [&ctx](const CallContext&, const QJsonValue& params, Responder respond) {
                     if (auto parsed = api::EmptyParams::fromJson(params); !parsed) {
                         respond(parsed.error());
                         return;
                     }
                     const auto workflow = ctx.workflow.current();
                     QJsonObject result;
                     for (const QString& key : api::configKeys())
                         result.insert(key, workflow->toJson(key));
                     respond(Outcome(result));
                 });
    registry.add(api::method::ConfigGet, Access::Admin,
                 [&ctx](const CallContext&, const QJsonValue& params, Responder respond) {
                     auto parsed = api::ConfigGetParams::fromJson(params);
                     if (!parsed) {
                         respond(parsed.error());
                         return;
                     }
                     respond(Outcome(
                         QJsonObject {{"key"_L1, parsed->key},
                                      {"value"_L1, ctx.workflow.current()->toJson(parsed->key)}}));
                 });
    registry.addWrite<api::ConfigSetParams>(
        api::method::ConfigSet, Access::Admin, [](JobScope& s, const api::ConfigSetParams& p) {
            return ConfigService(s.session, s.now).set(s.workflow, p, s.principal.userId);
        });
}

} // namespace frontline::server
