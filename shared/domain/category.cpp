#include "category.h"

using namespace Qt::StringLiterals;

namespace frontline {

QJsonObject Category::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"description"_L1, description},
            {"default_group"_L1,
             defaultGroup ? QJsonValue(defaultGroup->toJson()) : QJsonValue(QJsonValue::Null)},
            {"active"_L1, active}};
}

Category Category::fromJson(const QJsonObject& object)
{
    Category category;
    category.id = object.value("id"_L1).toInteger();
    category.name = object.value("name"_L1).toString();
    category.description = object.value("description"_L1).toString();
    if (object.value("default_group"_L1).isObject())
        category.defaultGroup = GroupRef::fromJson(object.value("default_group"_L1).toObject());
    category.active = object.value("active"_L1).toBool(true);
    return category;
}

} // namespace frontline
