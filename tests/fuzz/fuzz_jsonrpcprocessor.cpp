// The server's JSON-RPC processor: for any frame, exactly one answer frame or none (a frame of
// notifications only), valid compact JSON ending in its only newline, one response per request with
// its id echoed, in a batch at most the batch limit of calls handled. The handler answers some
// calls with a result, some with an error, as methods do.
#include "fuzzcheck.h"
#include "rpc/jsonrpcprocessor.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace frontline;
using namespace frontline::rpc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView frame = fuzz::bytes(data, size);
    const JsonRpcProcessor processor(8);
    int calls = 0;
    QList<QByteArray> sent;
    const auto handler = [&](const JsonRpcProcessor::Call& call,
                             const JsonRpcProcessor::Respond& respond) {
        ++calls;
        if (call.method.size() % 2 == 0)
            respond(JsonPayload(QJsonObject {{QStringLiteral("echo"), call.params}}));
        else
            respond(RpcError::invalidParams(QStringLiteral("x"), QStringLiteral("odd")));
    };
    processor.process(frame, handler, [&](const QByteArray& out) { sent.append(out); });

    FUZZ_CHECK(calls <= 8);
    FUZZ_CHECK(sent.size() <= 1);
    const ParsedMessage in = jsonrpc::parse(frame);
    qsizetype requests = 0;
    for (const Message& m : in.items)
        requests += m.isNotification() ? 0 : 1;
    if (sent.isEmpty()) {
        // Nothing answered: a valid frame of notifications only.
        FUZZ_CHECK(!in.error);
        FUZZ_CHECK(requests == 0);
        return 0;
    }
    FUZZ_CHECK(sent.first().endsWith('\n'));
    const QByteArray out = sent.first().chopped(1);
    FUZZ_CHECK(!out.contains('\n'));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    const ParsedMessage answer = jsonrpc::parse(out);
    FUZZ_CHECK(!answer.error);
    for (const Message& m : answer.items)
        FUZZ_CHECK(m.isResponse());
    if (in.error || !in.isBatch || in.items.size() > 8) {
        FUZZ_CHECK(doc.isObject());
        return 0;
    }
    FUZZ_CHECK(doc.isArray());
    FUZZ_CHECK(answer.items.size() == requests);
    qsizetype next = 0;
    for (const Message& m : in.items) {
        if (m.isNotification())
            continue;
        FUZZ_CHECK(answer.items[next].id == m.id);
        ++next;
    }
    return 0;
}
