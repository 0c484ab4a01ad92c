#include "jsonwriter.h"

#include "core/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace frontline::json {

void JsonWriter::value(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    m_writer.String(utf8.constData(), static_cast<rapidjson::SizeType>(utf8.size()));
}

void JsonWriter::time(qint64 msecsSinceEpoch)
{
    char text[32];
    const int length = timeutil::formatIso(msecsSinceEpoch, text);
    m_writer.String(text, static_cast<rapidjson::SizeType>(length));
}

void JsonWriter::time(const std::optional<qint64>& msecsSinceEpoch)
{
    if (msecsSinceEpoch)
        time(*msecsSinceEpoch);
    else
        m_writer.Null();
}

void JsonWriter::stringOrNull(const QString& text)
{
    if (text.isEmpty())
        m_writer.Null();
    else
        value(text);
}

void JsonWriter::raw(const QByteArray& compactJson)
{
    m_writer.RawValue(compactJson.constData(), static_cast<size_t>(compactJson.size()),
                      rapidjson::kObjectType);
}

void JsonWriter::value(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        m_writer.Null();
        return;
    case QJsonValue::Bool:
        m_writer.Bool(v.toBool());
        return;
    case QJsonValue::Double:
        if (v.toDouble() == static_cast<double>(v.toInteger()))
            m_writer.Int64(v.toInteger());
        else
            m_writer.Double(v.toDouble());
        return;
    case QJsonValue::String:
        value(v.toString());
        return;
    case QJsonValue::Array:
        raw(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        return;
    case QJsonValue::Object:
        raw(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        return;
    }
}

QJsonObject toObject(const QByteArray& compactJson)
{
    return QJsonDocument::fromJson(compactJson).object();
}

} // namespace frontline::json
