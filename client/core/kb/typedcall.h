#pragma once

#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QLatin1StringView>
#include <QObject>

namespace frontline::client::kb {

// Calls `method` with typed params and hands `done` the typed result (Result::fromJson), or
// `failed` the server's error. Nothing is called once `context` is gone.
template<typename Result, typename Params, typename Done, typename Failed>
void typedCall(Session& session, QLatin1StringView method, const Params& params, QObject* context,
               Done done, Failed failed)
{
    session.rpc().call(
        QString(method), params.toJson(), context,
        [done = std::move(done), failed = std::move(failed)](const rpc::RpcReply& reply) {
            if (reply.isError()) {
                failed(reply.error());
                return;
            }
            done(Result::fromJson(reply.result().toObject()));
        });
}

} // namespace frontline::client::kb
