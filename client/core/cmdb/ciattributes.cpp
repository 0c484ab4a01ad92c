#include "ciattributes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace frontline::client {

QString ciAttributeText(const api::Ci& ci, const QString& field)
{
    const QJsonValue value = ci.attributes.value(field);
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("CiAttributes", "yes")
                              : QCoreApplication::translate("CiAttributes", "no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.isString() ? value.toString() : QString();
}

QStringList ciAttributeNames(const api::Ci& ci)
{
    return ci.attributes.keys();
}

FieldValues ciAttributeValues(const api::Ci& ci)
{
    return fieldValuesFromJson(ci.attributes);
}

void setCiAttributes(api::CiCreateParams& params, const FieldValues& values)
{
    QJsonObject attributes;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!it.value().isNone())
            attributes.insert(it.key(), it.value().toJson());
    params.attributes = attributes;
}

void setCiAttributes(api::CiUpdateParams& params, const FieldValues& changed)
{
    if (!changed.isEmpty())
        params.attributes = toJson(changed);
}

} // namespace frontline::client
