#include "api/eventapi.h"
#include "api/methods.h"
#include "api/ticketapi.h"
#include "rpc/eventbus.h"
#include "rpc/methodregistry.h"
#include "rpc/rpcconnection.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using TopicChange = void (EventBus::*)(RpcConnection*, const QStringList&);

// events.subscribe and events.unsubscribe: the same shape, a different change of topics; both
// answer with the connection's topics afterwards.
auto changeTopics(ServerContext& ctx, TopicChange change)
{
    return
        [&ctx, change](const CallContext& call, const api::SubscribeParams& p, Responder respond) {
            if (!call.connection) {
                respond(rpc::RpcError::unavailable(u"connection_closed"_s));
                return;
            }
            (ctx.events.*change)(call.connection, p.topics);
            api::EventTopics topics;
            topics.topics =
                QStringList(call.connection->topics().cbegin(), call.connection->topics().cend());
            topics.topics.sort();
            respond(Outcome(topics));
        };
}

} // namespace

void registerEventMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    registry.addCustom<api::SubscribeParams>(api::method::EventsSubscribe, Access::Authenticated,
                                             changeTopics(ctx, &EventBus::subscribe));
    registry.addCustom<api::SubscribeParams>(api::method::EventsUnsubscribe, Access::Authenticated,
                                             changeTopics(ctx, &EventBus::unsubscribe));
}

} // namespace frontline::server
