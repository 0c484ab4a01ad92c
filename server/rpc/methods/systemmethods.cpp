#include "api/methods.h"
#include "api/paramreader.h"
#include "api/systemapi.h"
#include "rpc/methodregistry.h"
#include "storage/rebuildtracker.h"

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
                     api::PingResult ping;
                     ping.version = QStringLiteral(FRONTLINE_VERSION);
                     ping.writable = !ctx.jobs.writesFailed();
                     ping.rebuilding = ctx.rebuilds.all();
                     respond(Outcome(ping.toJson()));
                 });
}

} // namespace frontline::server
