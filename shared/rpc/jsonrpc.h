#pragma once

#include "rpc/jsonpayload.h"
#include "rpcerror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace frontline::rpc {

// One element of an incoming JSON-RPC message, classified.
struct Message
{
    enum class Kind { Request, Notification, Response, Invalid };

    Kind kind = Kind::Invalid;
    QString method; // Request, Notification
    QJsonValue params; // object, array or undefined (absent)
    QJsonValue id; // Request, Response, Invalid (null when undeterminable)
    QJsonValue result; // Response (success)
    std::optional<RpcError> error; // Response (failure), or why an element is Invalid

    bool isRequest() const { return kind == Kind::Request; }
    bool isNotification() const { return kind == Kind::Notification; }
    bool isResponse() const { return kind == Kind::Response; }
    bool isInvalid() const { return kind == Kind::Invalid; }
};

// A whole incoming line: one message or a batch.
struct ParsedMessage
{
    bool isBatch = false;
    // Set when the line as a whole is rejected: not JSON or not UTF-8 (-32700), or an empty
    // batch (-32600). The answer is then a single error response with a null id.
    std::optional<RpcError> error;
    QList<Message> items;
};

namespace jsonrpc {

inline constexpr QLatin1StringView Version {"2.0"};

// Parses one line (without its terminating '\n'). Never throws, never crashes on any input.
ParsedMessage parse(QByteArrayView line);
// Classifies one element of a message (an object for a well-formed one).
Message classify(const QJsonValue& element);
bool isValidId(const QJsonValue& id);

QJsonObject request(const QString& method, const QJsonValue& params, const QJsonValue& id);
QJsonObject notification(const QString& method, const QJsonValue& params);
QJsonObject success(const QJsonValue& id, const QJsonValue& result);
QJsonObject failure(const QJsonValue& id, const RpcError& error);

// Compact JSON followed by '\n': one frame on the wire.
QByteArray encode(const QJsonObject& message);
QByteArray encode(const QJsonArray& batch);

// Byte-level encoders for answers and notifications whose payload may be pre-encoded. They
// return compact JSON without the trailing '\n'.
QByteArray encodeSuccess(const QJsonValue& id, const JsonPayload& result);
QByteArray encodeFailure(const QJsonValue& id, const RpcError& error);
QByteArray encodeNotification(const QString& method, const JsonPayload& params);

bool isValidUtf8(QByteArrayView bytes);

} // namespace jsonrpc
} // namespace frontline::rpc
