#include "organisation.h"

#include "core/timeutil.h"
#include "json/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline {

void OrgRef::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("id"_L1, id);
    writer.field("name"_L1, name);
    writer.endObject();
}

QJsonObject OrgRef::toJson() const
{
    return json::objectOf(*this);
}

OrgRef OrgRef::fromJson(const QJsonObject& object)
{
    return {object.value("id"_L1).toInteger(), object.value("name"_L1).toString()};
}

QJsonObject Organisation::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"domains"_L1, QJsonArray::fromStringList(domains)},
            {"notes"_L1, notes},
            {"member_count"_L1, memberCount},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

Organisation Organisation::fromJson(const QJsonObject& object)
{
    Organisation org;
    org.id = object.value("id"_L1).toInteger();
    org.name = object.value("name"_L1).toString();
    for (const QJsonValue& domain : object.value("domains"_L1).toArray())
        org.domains.append(domain.toString());
    org.notes = object.value("notes"_L1).toString();
    org.memberCount = object.value("member_count"_L1).toInt();
    org.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    org.updatedAt = timeutil::fromIso(object.value("updated_at"_L1).toString()).value_or(0);
    return org;
}

} // namespace frontline
