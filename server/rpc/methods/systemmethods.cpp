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
    registry.addCustom<api::EmptyParams>(
        api::method::SystemPing, Access::Anyone,
        [&ctx](const CallContext&, const api::EmptyParams&, Responder respond) {
            api::PingResult ping;
            ping.version = QStringLiteral(FRONTLINE_VERSION);
            ping.writable = !ctx.jobs.writesFailed();
            ping.rebuilding = ctx.rebuilds.all();
            respond(Outcome(ping));
        });
}

} // namespace frontline::server
