#include "ciattributes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace frontline::client {

namespace {

QString numberText(const QJsonValue& value)
{
    return QString::number(value.toDouble());
}

// A typed value from its text: numbers and true/false as such, unless the CI held it as text.
QJsonValue valueOf(const QString& text, const QJsonValue& before)
{
    if (before.isString())
        return text;
    bool ok = false;
    const qlonglong whole = text.toLongLong(&ok);
    if (ok)
        return whole;
    const double number = text.toDouble(&ok);
    if (ok)
        return number;
    if (text == u"true"_s || text == u"false"_s)
        return text == u"true"_s;
    return text;
}

QJsonObject valuesOf(const QHash<QString, QString>& texts, const api::Ci* before)
{
    QJsonObject values;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const QString text = it.value().trimmed();
        const QJsonValue had = before ? before->attributes.value(it.key()) : QJsonValue();
        if (text.isEmpty()) {
            if (before && !had.isUndefined() && !had.isNull())
                values.insert(it.key(), QJsonValue::Null); // cleared
            continue;
        }
        values.insert(it.key(), valueOf(text, had));
    }
    return values;
}

} // namespace

QString ciAttributeText(const api::Ci& ci, const QString& field)
{
    const QJsonValue value = ci.attributes.value(field);
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("CiAttributes", "yes")
                              : QCoreApplication::translate("CiAttributes", "no");
    if (value.isDouble())
        return numberText(value);
    return value.isString() ? value.toString() : QString();
}

QString ciAttributeInput(const api::Ci& ci, const QString& field)
{
    const QJsonValue value = ci.attributes.value(field);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return numberText(value);
    return value.toString();
}

QStringList ciAttributeNames(const api::Ci& ci)
{
    return ci.attributes.keys();
}

void setCiAttributes(api::CiCreateParams& params, const QHash<QString, QString>& texts)
{
    params.attributes = valuesOf(texts, nullptr);
}

void setCiAttributes(api::CiUpdateParams& params, const QHash<QString, QString>& texts,
                     const api::Ci& before)
{
    const QJsonObject values = valuesOf(texts, &before);
    if (!values.isEmpty())
        params.attributes = values;
}

} // namespace frontline::client
