#pragma once

#include "core/result.h"
#include "rpc/jsonrpc.h"

#include <QByteArray>
#include <QJsonValue>

#include <functional>

namespace frontline::rpc {

// The server side of JSON-RPC 2.0, independent of transport and methods: parses a frame,
// answers parse errors and invalid requests, runs every call of a batch, echoes ids, answers
// requests but never notifications, and sends one frame (an object or a batch array) once the
// last answer of the frame is known. Handlers may answer later (asynchronously).
class JsonRpcProcessor
{
public:
    struct Call
    {
        QString method;
        QJsonValue params;
        bool notification = false;
    };
    using Respond = std::function<void(Result<JsonPayload, RpcError>)>;
    using Handler = std::function<void(const Call& call, Respond respond)>;
    using Send = std::function<void(const QByteArray& frame)>;

    explicit JsonRpcProcessor(int maxBatchSize = 1000)
        : m_maxBatchSize(maxBatchSize)
    { }

    // `respond` must be called exactly once per call (for notifications too: it is discarded).
    void process(QByteArrayView frame, const Handler& handler, Send send) const;

private:
    int m_maxBatchSize;
};

} // namespace frontline::rpc
