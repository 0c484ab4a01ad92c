#include "api/methods.h"
#include "api/paramreader.h"
#include "api/systemapi.h"
#include "rpc/methodregistry.h"
#include "rpc/openrpc.h"
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
    // Built once, at the first call (every method is registered by then), and kept.
    registry.addCustom<api::EmptyParams>(
        api::method::RpcDiscover, Access::Anyone,
        [&registry, document = std::make_shared<std::optional<rpc::JsonPayload>>()](
            const CallContext&, const api::EmptyParams&, Responder respond) {
            if (!*document)
                *document =
                    rpc::JsonPayload(openRpcDocument(registry, QStringLiteral(FRONTLINE_VERSION)));
            respond(Outcome(**document));
        });
}

} // namespace frontline::server
