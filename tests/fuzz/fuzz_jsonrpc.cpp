// The JSON-RPC codec: any line parses to a message, a batch or one error; every element of it is
// classified; what is classified encodes to one line that parses back to the same thing.
#include "fuzzcheck.h"
#include "rpc/jsonrpc.h"

#include <QJsonDocument>

using namespace frontline;
using namespace frontline::rpc;

namespace {

QJsonObject reencoded(const Message& m)
{
    switch (m.kind) {
    case Message::Kind::Request:
        return jsonrpc::request(m.method, m.params, m.id);
    case Message::Kind::Notification:
        return jsonrpc::notification(m.method, m.params);
    case Message::Kind::Response:
        return m.error ? jsonrpc::failure(m.id, *m.error) : jsonrpc::success(m.id, m.result);
    case Message::Kind::Invalid:
        break;
    }
    return jsonrpc::failure(m.id, m.error.value_or(RpcError::invalidRequest()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView line = fuzz::bytes(data, size);
    const ParsedMessage parsed = jsonrpc::parse(line);
    if (parsed.error) {
        FUZZ_CHECK(parsed.items.isEmpty());
        FUZZ_CHECK(parsed.error->code == -32700 || parsed.error->code == -32600);
        return 0;
    }
    FUZZ_CHECK(!parsed.items.isEmpty());
    FUZZ_CHECK(parsed.isBatch || parsed.items.size() == 1);
    FUZZ_CHECK(jsonrpc::isValidUtf8(line));
    for (const Message& m : parsed.items) {
        if (m.isInvalid()) {
            FUZZ_CHECK(m.error.has_value());
            FUZZ_CHECK(m.id.isNull() || jsonrpc::isValidId(m.id));
            continue;
        }
        if (m.isRequest() || m.isNotification()) {
            FUZZ_CHECK(m.params.isUndefined() || m.params.isObject() || m.params.isArray());
        }
        if (m.isRequest())
            FUZZ_CHECK(jsonrpc::isValidId(m.id));
        // Round trip: one frame, no raw newline inside, the same message again.
        const QByteArray frame = jsonrpc::encode(reencoded(m));
        FUZZ_CHECK(frame.endsWith('\n'));
        FUZZ_CHECK(frame.count('\n') == 1);
        const ParsedMessage again = jsonrpc::parse(QByteArrayView(frame).chopped(1));
        FUZZ_CHECK(!again.error && !again.isBatch && again.items.size() == 1);
        const Message& m2 = again.items.first();
        FUZZ_CHECK(m2.kind == m.kind);
        FUZZ_CHECK(m2.method == m.method);
        FUZZ_CHECK(m2.params == m.params);
        FUZZ_CHECK(m2.id == m.id);
        FUZZ_CHECK(m2.result == m.result);
        FUZZ_CHECK(m2.error.has_value() == m.error.has_value());
    }
    // The byte-level encoders agree with the DOM ones.
    const Message& first = parsed.items.first();
    if (first.isResponse() && !first.error) {
        const QByteArray bytes = jsonrpc::encodeSuccess(first.id, JsonPayload(first.result));
        FUZZ_CHECK(!bytes.contains('\n'));
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        FUZZ_CHECK(doc.isObject());
        FUZZ_CHECK(doc.object() == jsonrpc::success(first.id, first.result));
    }
    if (first.isNotification() && (first.params.isObject() || first.params.isUndefined())) {
        const QByteArray bytes =
            jsonrpc::encodeNotification(first.method, JsonPayload(first.params));
        FUZZ_CHECK(!bytes.contains('\n'));
        FUZZ_CHECK(QJsonDocument::fromJson(bytes).isObject());
    }
    return 0;
}
