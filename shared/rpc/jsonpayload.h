#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace frontline::rpc {

// A JSON value on its way to the wire: a QJsonValue, or bytes already encoded as compact JSON
// (written by json::JsonWriter on the hot paths, so they are never built as a DOM at all).
class JsonPayload
{
public:
    JsonPayload() = default;
    JsonPayload(QJsonValue value)
        : m_value(std::move(value))
    { }
    JsonPayload(const QJsonObject& value)
        : m_value(value)
    { }
    static JsonPayload encoded(QByteArray compactJson);

    bool isEncoded() const { return m_isEncoded; }
    QByteArray toBytes() const; // compact JSON
    QJsonValue toValue() const; // parses encoded bytes

private:
    QJsonValue m_value;
    QByteArray m_encoded;
    bool m_isEncoded = false;
};

} // namespace frontline::rpc
