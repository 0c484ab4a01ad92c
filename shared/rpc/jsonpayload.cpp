#include "jsonpayload.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace frontline::rpc {

JsonPayload JsonPayload::encoded(QByteArray compactJson)
{
    JsonPayload payload;
    payload.m_encoded = std::move(compactJson);
    payload.m_isEncoded = true;
    return payload;
}

QByteArray JsonPayload::toBytes() const
{
    if (m_isEncoded)
        return m_encoded;
    const QByteArray wrapped =
        QJsonDocument(QJsonArray {m_value.isUndefined() ? QJsonValue() : m_value})
            .toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue JsonPayload::toValue() const
{
    if (!m_isEncoded)
        return m_value;
    return QJsonDocument::fromJson('[' + m_encoded + ']').array().at(0);
}

} // namespace frontline::rpc
