#include "fieldvalue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace frontline::client {

FieldValue FieldValue::text(const QString& text)
{
    return FieldValue(QJsonValue(text));
}

FieldValue FieldValue::number(double number)
{
    return FieldValue(QJsonValue(number));
}

FieldValue FieldValue::date(const QDate& date)
{
    return date.isValid() ? FieldValue(QJsonValue(date.toString(Qt::ISODate))) : FieldValue();
}

FieldValue FieldValue::choice(const QString& key)
{
    return FieldValue(QJsonValue(key));
}

FieldValue FieldValue::choices(const QStringList& keys)
{
    return FieldValue(QJsonArray::fromStringList(keys));
}

FieldValue FieldValue::id(qint64 id)
{
    return FieldValue(QJsonValue(id));
}

FieldValue FieldValue::unresolved(const QString& typed)
{
    return FieldValue(QJsonValue(typed));
}

bool FieldValue::isNone() const
{
    return api::isEmptyFieldValue(m_value);
}

QString FieldValue::toText() const
{
    return m_value.toString();
}

double FieldValue::toNumber() const
{
    return m_value.toDouble();
}

QDate FieldValue::toDate() const
{
    return QDate::fromString(m_value.toString(), Qt::ISODate);
}

QStringList FieldValue::keys() const
{
    if (m_value.isString())
        return {m_value.toString()};
    QStringList keys;
    for (const QJsonValue& key : m_value.toArray())
        keys.append(key.toString());
    return keys;
}

qint64 FieldValue::toId() const
{
    return m_value.isDouble() ? m_value.toInteger() : 0;
}

QJsonValue FieldValue::toJson() const
{
    return m_value.isUndefined() ? QJsonValue(QJsonValue::Null) : m_value;
}

FieldValue FieldValue::fromJson(const QJsonValue& value)
{
    return api::isEmptyFieldValue(value) ? FieldValue() : FieldValue(value);
}

bool FieldValue::sameAs(const FieldValue& other, const api::FieldDefinition& field) const
{
    if (isNone() || other.isNone())
        return isNone() == other.isNone();
    return api::normalizedFieldValue(field, m_value)
        == api::normalizedFieldValue(field, other.m_value);
}

QJsonObject toJson(const FieldValues& values)
{
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it)
        object.insert(it.key(), it.value().toJson());
    return object;
}

FieldValues fieldValuesFromJson(const QJsonObject& object)
{
    FieldValues values;
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), FieldValue::fromJson(it.value()));
    return values;
}

} // namespace frontline::client
