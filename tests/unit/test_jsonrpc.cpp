// The JSON-RPC 2.0 codec and request processing, checked against every example of section 7
// of the specification (https://www.jsonrpc.org/specification#examples), plus the edge cases
// the protocol reference promises.
#include "printers.h"
#include "rpc/jsonrpc.h"
#include "rpc/jsonrpcprocessor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace frontline::rpc;
using namespace Qt::StringLiterals;

namespace {

// The methods the specification's examples call.
void specHandler(const JsonRpcProcessor::Call& call, const JsonRpcProcessor::Respond& respond)
{
    const auto number = [](const QJsonValue& v) { return v.toDouble(); };
    if (call.method == u"subtract"_s) {
        if (call.params.isArray()) {
            const QJsonArray a = call.params.toArray();
            respond(QJsonValue(number(a.at(0)) - number(a.at(1))));
        } else {
            const QJsonObject o = call.params.toObject();
            respond(QJsonValue(number(o.value("minuend"_L1)) - number(o.value("subtrahend"_L1))));
        }
    } else if (call.method == u"sum"_s) {
        double total = 0;
        for (const QJsonValue& v : call.params.toArray())
            total += number(v);
        respond(QJsonValue(total));
    } else if (call.method == u"get_data"_s) {
        respond(QJsonValue(QJsonArray {u"hello"_s, 5}));
    } else if (call.method == u"update"_s || call.method == u"notify_hello"_s
               || call.method == u"notify_sum"_s) {
        respond(QJsonValue(QJsonValue::Null)); // notifications: the answer is discarded
    } else {
        respond(RpcError::methodNotFound(call.method));
    }
}

// Sends `request` through the processor; returns the answer frame (empty: no answer).
QByteArray roundTrip(const QByteArray& request)
{
    QByteArray answer;
    int sends = 0;
    JsonRpcProcessor processor;
    processor.process(request, specHandler, [&](const QByteArray& frame) {
        answer = frame;
        ++sends;
    });
    EXPECT_LE(sends, 1) << "a frame is answered at most once";
    if (!answer.isEmpty()) {
        EXPECT_TRUE(answer.endsWith('\n'));
        EXPECT_EQ(answer.count('\n'), 1) << "compact JSON holds no raw newline";
    }
    return answer;
}

// Compares ignoring error "message" texts and "data" (the specification leaves them open).
QJsonValue normalized(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& element : value.toArray())
            out.append(normalized(element));
        return out;
    }
    QJsonObject object = value.toObject();
    if (object.contains("error"_L1)) {
        object.insert(
            "error"_L1,
            QJsonObject {{"code"_L1, object.value("error"_L1).toObject().value("code"_L1)}});
    }
    return object;
}

void expectAnswer(const char* request, const char* expected)
{
    const QByteArray answer = roundTrip(QByteArray(request));
    const QJsonValue actual = QJsonDocument::fromJson('[' + answer + ']').array().at(0);
    const QJsonValue wanted =
        QJsonDocument::fromJson('[' + QByteArray(expected) + ']').array().at(0);
    EXPECT_EQ(normalized(actual), normalized(wanted))
        << "request: " << request << "\nanswer: " << answer.constData();
}

} // namespace

TEST(JsonRpcSpec, PositionalParameters)
{
    expectAnswer(R"({"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": 1})",
                 R"({"jsonrpc": "2.0", "result": 19, "id": 1})");
    expectAnswer(R"({"jsonrpc": "2.0", "method": "subtract", "params": [23, 42], "id": 2})",
                 R"({"jsonrpc": "2.0", "result": -19, "id": 2})");
}

TEST(JsonRpcSpec, NamedParameters)
{
    expectAnswer(
        R"({"jsonrpc": "2.0", "method": "subtract", "params": {"subtrahend": 23, "minuend": 42}, "id": 3})",
        R"({"jsonrpc": "2.0", "result": 19, "id": 3})");
    expectAnswer(
        R"({"jsonrpc": "2.0", "method": "subtract", "params": {"minuend": 42, "subtrahend": 23}, "id": 4})",
        R"({"jsonrpc": "2.0", "result": 19, "id": 4})");
}

TEST(JsonRpcSpec, NotificationsGetNoAnswer)
{
    EXPECT_TRUE(
        roundTrip(R"({"jsonrpc": "2.0", "method": "update", "params": [1,2,3,4,5]})").isEmpty());
    EXPECT_TRUE(roundTrip(R"({"jsonrpc": "2.0", "method": "foobar"})").isEmpty());
}

TEST(JsonRpcSpec, NonExistentMethod)
{
    expectAnswer(
        R"({"jsonrpc": "2.0", "method": "foobar", "id": "1"})",
        R"({"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": "1"})");
}

TEST(JsonRpcSpec, InvalidJson)
{
    expectAnswer(
        R"({"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz])",
        R"({"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null})");
}

TEST(JsonRpcSpec, InvalidRequestObject)
{
    expectAnswer(
        R"({"jsonrpc": "2.0", "method": 1, "params": "bar"})",
        R"({"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null})");
}

TEST(JsonRpcSpec, BatchWithInvalidJson)
{
    expectAnswer(
        R"([
  {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
  {"jsonrpc": "2.0", "method"
])",
        R"({"jsonrpc": "2.0", "error": {"code": -32700, "message": "Parse error"}, "id": null})");
}

TEST(JsonRpcSpec, EmptyArray)
{
    expectAnswer(
        R"([])",
        R"({"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null})");
}

TEST(JsonRpcSpec, InvalidBatchNotEmpty)
{
    expectAnswer(
        R"([1])",
        R"([{"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}])");
}

TEST(JsonRpcSpec, InvalidBatch)
{
    expectAnswer(R"([1,2,3])", R"([
  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null}
])");
}

TEST(JsonRpcSpec, MixedBatch)
{
    expectAnswer(R"([
        {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
        {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},
        {"jsonrpc": "2.0", "method": "subtract", "params": [42,23], "id": "2"},
        {"foo": "boo"},
        {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
        {"jsonrpc": "2.0", "method": "get_data", "id": "9"}
    ])",
                 R"([
        {"jsonrpc": "2.0", "result": 7, "id": "1"},
        {"jsonrpc": "2.0", "result": 19, "id": "2"},
        {"jsonrpc": "2.0", "error": {"code": -32600, "message": "Invalid Request"}, "id": null},
        {"jsonrpc": "2.0", "error": {"code": -32601, "message": "Method not found"}, "id": "5"},
        {"jsonrpc": "2.0", "result": ["hello", 5], "id": "9"}
    ])");
}

TEST(JsonRpcSpec, AllNotificationBatchGetsNothing)
{
    EXPECT_TRUE(roundTrip(R"([
        {"jsonrpc": "2.0", "method": "notify_sum", "params": [1,2,4]},
        {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}
    ])")
                    .isEmpty());
}

TEST(JsonRpcCodec, BareScalarIsInvalidRequestNotParseError)
{
    expectAnswer("1", R"({"jsonrpc": "2.0", "error": {"code": -32600}, "id": null})");
    expectAnswer(R"("text")", R"({"jsonrpc": "2.0", "error": {"code": -32600}, "id": null})");
    expectAnswer("null", R"({"jsonrpc": "2.0", "error": {"code": -32600}, "id": null})");
}

TEST(JsonRpcCodec, NullIdIsARequestAndIsAnswered)
{
    expectAnswer(R"({"jsonrpc": "2.0", "method": "get_data", "id": null})",
                 R"({"jsonrpc": "2.0", "result": ["hello", 5], "id": null})");
}

TEST(JsonRpcCodec, IdsAreEchoedExactly)
{
    expectAnswer(R"({"jsonrpc": "2.0", "method": "get_data", "id": "req-\u00e9-7"})",
                 R"({"jsonrpc": "2.0", "result": ["hello", 5], "id": "req-\u00e9-7"})");
    expectAnswer(R"({"jsonrpc": "2.0", "method": "get_data", "id": 9007199254740991})",
                 R"({"jsonrpc": "2.0", "result": ["hello", 5], "id": 9007199254740991})");
    expectAnswer(R"({"jsonrpc": "2.0", "method": "get_data", "id": -2.5})",
                 R"({"jsonrpc": "2.0", "result": ["hello", 5], "id": -2.5})");
}

TEST(JsonRpcCodec, InvalidIdTypeIsInvalidRequestWithNullId)
{
    expectAnswer(R"({"jsonrpc": "2.0", "method": "get_data", "id": {"a": 1}})",
                 R"({"jsonrpc": "2.0", "error": {"code": -32600}, "id": null})");
    expectAnswer(R"({"jsonrpc": "2.0", "method": "get_data", "id": [1]})",
                 R"({"jsonrpc": "2.0", "error": {"code": -32600}, "id": null})");
}

TEST(JsonRpcCodec, WrongVersionOrParamsTypeIsInvalidRequestKeepingTheId)
{
    expectAnswer(R"({"jsonrpc": "1.0", "method": "get_data", "id": 5})",
                 R"({"jsonrpc": "2.0", "error": {"code": -32600}, "id": 5})");
    expectAnswer(R"({"method": "get_data", "id": 6})",
                 R"({"jsonrpc": "2.0", "error": {"code": -32600}, "id": 6})");
    expectAnswer(R"({"jsonrpc": "2.0", "method": "get_data", "params": 3, "id": 7})",
                 R"({"jsonrpc": "2.0", "error": {"code": -32600}, "id": 7})");
}

// rpc.* is reserved; rpc.discover (OpenRPC) goes to the server's registry like any method.
TEST(JsonRpcCodec, ReservedRpcMethodsAreNotFound)
{
    expectAnswer(R"({"jsonrpc": "2.0", "method": "rpc.describe", "id": 1})",
                 R"({"jsonrpc": "2.0", "error": {"code": -32601}, "id": 1})");
}

TEST(JsonRpcCodec, InvalidUtf8IsAParseError)
{
    const QByteArray request =
        "{\"jsonrpc\": \"2.0\", \"method\": \"get_data\", \"id\": \"\xC3\x28\"}";
    const auto parsed = jsonrpc::parse(request);
    ASSERT_TRUE(parsed.error.has_value());
    EXPECT_EQ(parsed.error->code, -32700);
    EXPECT_FALSE(jsonrpc::isValidUtf8("\xED\xA0\x80")); // a UTF-16 surrogate
    EXPECT_FALSE(jsonrpc::isValidUtf8("\xC0\xAF")); // overlong '/'
    EXPECT_FALSE(jsonrpc::isValidUtf8("\xF4\x90\x80\x80")); // beyond U+10FFFF
    EXPECT_TRUE(jsonrpc::isValidUtf8("Gr\xC3\xBC\xC3\x9F \xF0\x9F\x98\x80"));
}

TEST(JsonRpcCodec, NestingBeyondTheLimitIsAParseErrorNotACrash)
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto parsed = jsonrpc::parse(deep);
    ASSERT_TRUE(parsed.error.has_value());
    EXPECT_EQ(parsed.error->code, -32700);
}

TEST(JsonRpcCodec, ClassifiesResponsesAndNotificationsForClients)
{
    const auto parsed = jsonrpc::parse(
        R"([{"jsonrpc":"2.0","result":1,"id":3},{"jsonrpc":"2.0","method":"ticket.changed","params":{}},)"
        R"({"jsonrpc":"2.0","error":{"code":-32004,"message":"Conflict"},"id":4}])");
    ASSERT_FALSE(parsed.error.has_value());
    ASSERT_EQ(parsed.items.size(), 3);
    EXPECT_TRUE(parsed.items[0].isResponse());
    EXPECT_TRUE(parsed.items[1].isNotification());
    EXPECT_TRUE(parsed.items[2].isResponse());
    ASSERT_TRUE(parsed.items[2].error.has_value());
    EXPECT_EQ(parsed.items[2].error->code, -32004);
}

TEST(JsonRpcCodec, EncodedMessagesAreOneLine)
{
    const QByteArray frame = jsonrpc::encode(jsonrpc::request(
        u"ticket.comment"_s, QJsonObject {{"body"_L1, u"line 1\nline 2\r\n"_s}}, 1));
    EXPECT_EQ(frame.count('\n'), 1);
    EXPECT_TRUE(frame.endsWith('\n'));
}
