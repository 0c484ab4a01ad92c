#include "group.h"

#include "core/timeutil.h"
#include "json/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline {

void GroupRef::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("id"_L1, id);
    writer.field("name"_L1, name);
    writer.field("tier"_L1, tier);
    writer.endObject();
}

QJsonObject GroupRef::toJson() const
{
    return json::objectOf(*this);
}

GroupRef GroupRef::fromJson(const QJsonObject& object)
{
    return {object.value("id"_L1).toInteger(), object.value("name"_L1).toString(),
            object.value("tier"_L1).toInt(MinTier)};
}

QJsonObject Group::toJson() const
{
    QJsonArray members;
    for (qint64 member : memberIds)
        members.append(member);
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"tier"_L1, tier},
            {"description"_L1, description},
            {"escalation_group"_L1,
             escalationGroupId ? QJsonValue(*escalationGroupId) : QJsonValue(QJsonValue::Null)},
            {"assignment"_L1, assignment},
            {"manager"_L1, managerId ? QJsonValue(*managerId) : QJsonValue(QJsonValue::Null)},
            {"members"_L1, members},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

Group Group::fromJson(const QJsonObject& object)
{
    Group group;
    group.id = object.value("id"_L1).toInteger();
    group.name = object.value("name"_L1).toString();
    group.tier = object.value("tier"_L1).toInt(MinTier);
    group.description = object.value("description"_L1).toString();
    const QJsonValue escalation = object.value("escalation_group"_L1);
    if (escalation.isDouble())
        group.escalationGroupId = escalation.toInteger();
    group.assignment = object.value("assignment"_L1).toString(u"manual"_s);
    if (object.value("manager"_L1).isDouble())
        group.managerId = object.value("manager"_L1).toInteger();
    const QJsonArray members = object.value("members"_L1).toArray();
    for (const QJsonValue& member : members)
        group.memberIds.append(member.toInteger());
    group.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    group.updatedAt = timeutil::fromIso(object.value("updated_at"_L1).toString()).value_or(0);
    return group;
}

} // namespace frontline
