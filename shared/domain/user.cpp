#include "user.h"

#include "core/timeutil.h"
#include "json/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline {

void UserRef::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("id"_L1, id);
    writer.field("username"_L1, username);
    writer.field("display_name"_L1, displayName);
    writer.endObject();
}

QJsonObject UserRef::toJson() const
{
    return json::objectOf(*this);
}

UserRef UserRef::fromJson(const QJsonObject& object)
{
    return {object.value("id"_L1).toInteger(), object.value("username"_L1).toString(),
            object.value("display_name"_L1).toString()};
}

QJsonObject User::toJson() const
{
    QJsonArray groupArray;
    for (const GroupRef& group : groups)
        groupArray.append(group.toJson());
    return {{"id"_L1, id},
            {"username"_L1, username},
            {"display_name"_L1, displayName},
            {"email"_L1, email},
            {"role"_L1, toString(role)},
            {"disabled"_L1, disabled},
            {"availability"_L1, available ? u"available"_s : u"away"_s},
            {"groups"_L1, groupArray},
            {"org"_L1, org ? QJsonValue(org->toJson()) : QJsonValue(QJsonValue::Null)},
            {"vip"_L1, vip},
            {"org_viewer"_L1, orgViewer},
            {"manager"_L1, manager ? QJsonValue(manager->toJson()) : QJsonValue(QJsonValue::Null)},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

User User::fromJson(const QJsonObject& object)
{
    User user;
    user.id = object.value("id"_L1).toInteger();
    user.username = object.value("username"_L1).toString();
    user.displayName = object.value("display_name"_L1).toString();
    user.email = object.value("email"_L1).toString();
    user.role = roleFromString(object.value("role"_L1).toString()).value_or(Role::Requester);
    user.disabled = object.value("disabled"_L1).toBool();
    user.available = object.value("availability"_L1).toString() != u"away"_s;
    const QJsonArray groups = object.value("groups"_L1).toArray();
    for (const QJsonValue& group : groups)
        user.groups.append(GroupRef::fromJson(group.toObject()));
    if (object.value("org"_L1).isObject())
        user.org = OrgRef::fromJson(object.value("org"_L1).toObject());
    user.vip = object.value("vip"_L1).toBool();
    user.orgViewer = object.value("org_viewer"_L1).toBool();
    if (object.value("manager"_L1).isObject())
        user.manager = UserRef::fromJson(object.value("manager"_L1).toObject());
    user.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    user.updatedAt = timeutil::fromIso(object.value("updated_at"_L1).toString()).value_or(0);
    return user;
}

} // namespace frontline
