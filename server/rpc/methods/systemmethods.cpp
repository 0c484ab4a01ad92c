#include "api/methods.h"
#include "api/paramreader.h"
#include "rpc/methodregistry.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

void registerSystemMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    registry.add(api::method::SystemPing, Access::Anyone,
                 [&ctx](const CallContext&, const QJsonValue& params, Responder respond) {
                     if (auto parsed = api::EmptyParams::fromJson(params); !parsed) {
                         respond(parsed.error());
                         return;
                     }
                     respond(Outcome(QJsonObject {{"version"_L1, QStringLiteral(FRONTLINE_VERSION)},
                                                  {"protocol"_L1, 1},
                                                  {"writable"_L1, !ctx.jobs.writesFailed()}}));
                 });
}

} // namespace frontline::server
