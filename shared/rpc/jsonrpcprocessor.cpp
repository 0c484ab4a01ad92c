#include "jsonrpcprocessor.h"

#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace frontline::rpc {
namespace {

// Collects the answers of a batch and sends them as one array when the last one arrives. A
// batch of notifications only gets no answer at all.
struct BatchCollector
{
    JsonRpcProcessor::Send send;
    QByteArrayList responses; // each compact JSON
    qsizetype pending = 0;

    void add(const QByteArray& response)
    {
        responses.append(response);
        finishOne();
    }
    void finishOne()
    {
        if (--pending == 0 && !responses.isEmpty())
            send('[' + responses.join(',') + "]\n");
    }
};

// Runs one element and reports its answer (if it has one) through `answer`.
void runOne(const Message& message, const JsonRpcProcessor::Handler& handler,
            std::function<void(const QByteArray&)> answer, std::function<void()> noAnswer)
{
    switch (message.kind) {
    case Message::Kind::Invalid:
        answer(jsonrpc::encodeFailure(message.id, *message.error));
        return;
    case Message::Kind::Response:
        // This side never sends requests, so a response is out of place.
        answer(jsonrpc::encodeFailure(message.id.isUndefined() ? QJsonValue(QJsonValue::Null)
                                                               : message.id,
                                      RpcError::invalidRequest(u"unexpected response"_s)));
        return;
    case Message::Kind::Notification:
        if (message.method.startsWith(u"rpc."_s)) {
            noAnswer();
            return;
        }
        handler({message.method, message.params, true}, [](auto&&) {});
        noAnswer();
        return;
    case Message::Kind::Request:
        break;
    }
    // rpc.* is reserved by the specification for its extensions; OpenRPC's service discovery
    // (rpc.discover) is the one this server has.
    if (message.method.startsWith(u"rpc."_s) && message.method != u"rpc.discover"_s) {
        answer(jsonrpc::encodeFailure(message.id, RpcError::methodNotFound(message.method)));
        return;
    }
    const QJsonValue id = message.id;
    handler({message.method, message.params, false},
            [id, answer = std::move(answer)](Result<JsonPayload, RpcError> result) {
                answer(result ? jsonrpc::encodeSuccess(id, *result)
                              : jsonrpc::encodeFailure(id, result.error()));
            });
}

} // namespace

void JsonRpcProcessor::process(QByteArrayView frame, const Handler& handler, Send send) const
{
    const ParsedMessage parsed = jsonrpc::parse(frame);
    if (parsed.error) {
        send(jsonrpc::encodeFailure(QJsonValue::Null, *parsed.error) + '\n');
        return;
    }
    if (!parsed.isBatch) {
        runOne(
            parsed.items.constFirst(), handler,
            [send](const QByteArray& response) { send(response + '\n'); }, [] {});
        return;
    }
    if (parsed.items.size() > m_maxBatchSize) {
        send(
            jsonrpc::encodeFailure(QJsonValue::Null, RpcError::tooLarge(u"batch"_s, m_maxBatchSize))
            + '\n');
        return;
    }
    auto batch = std::make_shared<BatchCollector>();
    batch->send = std::move(send);
    batch->pending = parsed.items.size() + 1; // held open until every element is dispatched
    for (const Message& message : parsed.items) {
        runOne(
            message, handler, [batch](const QByteArray& response) { batch->add(response); },
            [batch] { batch->finishOne(); });
    }
    batch->finishOne();
}

} // namespace frontline::rpc
