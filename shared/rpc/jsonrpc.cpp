#include "jsonrpc.h"

#include "json/jsonwriter.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace frontline::rpc::jsonrpc {

bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned int codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            codePoint = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i] & 0x3F);
        }
        static constexpr unsigned int minimum[] = {0, 0x80, 0x800, 0x10000};
        if (codePoint < minimum[extra] || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false; // overlong, out of range or a surrogate
        p += extra + 1;
    }
    return true;
}

bool isValidId(const QJsonValue& id)
{
    return id.isString() || id.isDouble() || id.isNull();
}

static QJsonValue idForError(const QJsonObject& object)
{
    const QJsonValue id = object.value("id"_L1);
    return (!id.isUndefined() && isValidId(id)) ? id : QJsonValue(QJsonValue::Null);
}

static Message invalid(const QJsonValue& id, const QString& detail)
{
    Message message;
    message.kind = Message::Kind::Invalid;
    message.id = id;
    message.error = RpcError::invalidRequest(detail);
    return message;
}

static Message classifyResponse(const QJsonObject& object)
{
    const bool hasResult = object.contains("result"_L1);
    const bool hasError = object.contains("error"_L1);
    const QJsonValue id = object.value("id"_L1);
    if (id.isUndefined() || !isValidId(id))
        return invalid(idForError(object), u"response without a valid id"_s);
    if (hasResult == hasError)
        return invalid(id, u"response needs exactly one of result and error"_s);
    Message message;
    message.kind = Message::Kind::Response;
    message.id = id;
    if (hasResult) {
        message.result = object.value("result"_L1);
        return message;
    }
    const QJsonValue error = object.value("error"_L1);
    if (!error.isObject() || !error.toObject().value("code"_L1).isDouble()
        || !error.toObject().value("message"_L1).isString())
        return invalid(id, u"error must be an object with code and message"_s);
    message.error = RpcError::fromJson(error.toObject());
    return message;
}

Message classify(const QJsonValue& element)
{
    if (!element.isObject())
        return invalid(QJsonValue::Null, u"a request must be a JSON object"_s);
    const QJsonObject object = element.toObject();
    if (object.value("jsonrpc"_L1) != QJsonValue(Version))
        return invalid(idForError(object), u"jsonrpc must be \"2.0\""_s);

    if (!object.contains("method"_L1)
        && (object.contains("result"_L1) || object.contains("error"_L1)))
        return classifyResponse(object);

    const QJsonValue method = object.value("method"_L1);
    if (!method.isString())
        return invalid(idForError(object), u"method must be a string"_s);
    const QJsonValue params = object.value("params"_L1);
    if (!params.isUndefined() && !params.isObject() && !params.isArray())
        return invalid(idForError(object), u"params must be an object or an array"_s);

    Message message;
    message.method = method.toString();
    message.params = params;
    if (!object.contains("id"_L1)) {
        message.kind = Message::Kind::Notification;
        return message;
    }
    const QJsonValue id = object.value("id"_L1);
    if (!isValidId(id))
        return invalid(QJsonValue::Null, u"id must be a string, a number or null"_s);
    message.kind = Message::Kind::Request;
    message.id = id;
    return message;
}

ParsedMessage parse(QByteArrayView line)
{
    ParsedMessage parsed;
    if (!isValidUtf8(line)) {
        parsed.error = RpcError::parseError(u"message is not valid UTF-8"_s);
        return parsed;
    }
    // QJsonDocument only accepts an object or an array at top level; wrapping the line in a
    // one-element array lets a bare scalar parse, so that `1` is an Invalid Request (-32600)
    // as the specification requires, not a parse error.
    QByteArray wrapped;
    wrapped.reserve(line.size() + 2);
    wrapped.append('[').append(line).append(']');
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
        parsed.error = RpcError::parseError(error.error != QJsonParseError::NoError
                                                ? error.errorString()
                                                : u"not exactly one JSON value"_s);
        return parsed;
    }
    const QJsonValue top = document.array().at(0);
    if (top.isArray()) {
        const QJsonArray batch = top.toArray();
        parsed.isBatch = true;
        if (batch.isEmpty()) {
            parsed.error = RpcError::invalidRequest(u"empty batch"_s);
            return parsed;
        }
        parsed.items.reserve(batch.size());
        for (const QJsonValue& element : batch)
            parsed.items.append(classify(element));
        return parsed;
    }
    parsed.items.append(classify(top));
    return parsed;
}

QJsonObject request(const QString& method, const QJsonValue& params, const QJsonValue& id)
{
    QJsonObject object {{"jsonrpc"_L1, Version}, {"method"_L1, method}, {"id"_L1, id}};
    if (!params.isUndefined() && !params.isNull())
        object.insert("params"_L1, params);
    return object;
}

QJsonObject notification(const QString& method, const QJsonValue& params)
{
    QJsonObject object {{"jsonrpc"_L1, Version}, {"method"_L1, method}};
    if (!params.isUndefined() && !params.isNull())
        object.insert("params"_L1, params);
    return object;
}

QJsonObject success(const QJsonValue& id, const QJsonValue& result)
{
    return QJsonObject {{"jsonrpc"_L1, Version},
                        {"result"_L1, result.isUndefined() ? QJsonValue(QJsonValue::Null) : result},
                        {"id"_L1, id}};
}

QJsonObject failure(const QJsonValue& id, const RpcError& error)
{
    return QJsonObject {{"jsonrpc"_L1, Version}, {"error"_L1, error.toJson()}, {"id"_L1, id}};
}

QByteArray encode(const QJsonObject& message)
{
    QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    return bytes;
}

QByteArray encode(const QJsonArray& batch)
{
    QByteArray bytes = QJsonDocument(batch).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    return bytes;
}

QByteArray encodeSuccess(const QJsonValue& id, const JsonPayload& result)
{
    json::JsonWriter writer;
    writer.startObject();
    writer.field("jsonrpc"_L1, Version);
    writer.key("result"_L1);
    writer.raw(result.toBytes());
    writer.field("id"_L1, id);
    writer.endObject();
    return writer.take();
}

QByteArray encodeFailure(const QJsonValue& id, const RpcError& error)
{
    json::JsonWriter writer;
    writer.startObject();
    writer.field("jsonrpc"_L1, Version);
    writer.field("error"_L1, QJsonValue(error.toJson()));
    writer.field("id"_L1, id);
    writer.endObject();
    return writer.take();
}

QByteArray encodeNotification(const QString& method, const JsonPayload& params)
{
    json::JsonWriter writer;
    writer.startObject();
    writer.field("jsonrpc"_L1, Version);
    writer.field("method"_L1, method);
    writer.key("params"_L1);
    writer.raw(params.toBytes());
    writer.endObject();
    return writer.take();
}

} // namespace frontline::rpc::jsonrpc
