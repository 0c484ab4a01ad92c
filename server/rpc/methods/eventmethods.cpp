#include "api/methods.h"
#include "api/ticketapi.h"
#include "rpc/eventbus.h"
#include "rpc/methodregistry.h"
#include "rpc/rpcconnection.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QJsonObject topicsOf(RpcConnection* connection)
{
    QStringList topics(connection->topics().cbegin(), connection->topics().cend());
    topics.sort();
    return {{"topics"_L1, QJsonArray::fromStringList(topics)}};
}

// events.subscribe and events.unsubscribe: the same shape, a different change of topics.
Handler topicsHandler(ServerContext& ctx,
                      void (EventBus::*change)(RpcConnection*, const QStringList&))
{
    return [&ctx, change](const CallContext& call, const QJsonValue& params, Responder respond) {
        auto parsed = api::SubscribeParams::fromJson(params);
        if (!parsed) {
            respond(parsed.error());
            return;
        }
        if (!call.connection) {
            respond(rpc::RpcError::unavailable(u"connection_closed"_s));
            return;
        }
        (ctx.events.*change)(call.connection, parsed->topics);
        respond(Outcome(topicsOf(call.connection)));
    };
}

} // namespace

void registerEventMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    registry.add(api::method::EventsSubscribe, Access::Authenticated,
                 topicsHandler(ctx, &EventBus::subscribe));
    registry.add(api::method::EventsUnsubscribe, Access::Authenticated,
                 topicsHandler(ctx, &EventBus::unsubscribe));
}

} // namespace frontline::server
