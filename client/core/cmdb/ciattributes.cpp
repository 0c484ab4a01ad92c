#include "ciattributes.h"

#include "client/core/fieldcatalogue.h"

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

QHash<QString, QString> ciAttributeProblems(const QList<api::FieldDefinition>& fields,
                                            const FieldValues& values, const FieldValues& current)
{
    QHash<QString, QString> problems;
    for (const api::FieldDefinition& field : fields) {
        const bool sent = values.contains(field.name);
        const FieldValue value = sent ? values.value(field.name) : current.value(field.name);
        if (value.isNone()) {
            if (field.required)
                problems.insert(field.name,
                                FieldCatalogue::problemText({u"attributes."_s + field.name,
                                                             u"is required"_s,
                                                             api::FieldIssue::Required,
                                                             0,
                                                             {}}));
            continue;
        }
        if (!sent)
            continue; // not sent: the server does not check it again either
        if (auto problem =
                api::fieldValueProblem(field, value.toJson(), current.value(field.name).toJson()))
            problems.insert(
                field.name,
                FieldCatalogue::problemText({u"attributes."_s + field.name, problem->reason,
                                             problem->issue, problem->limit, problem->key}));
    }
    return problems;
}

} // namespace frontline::client
