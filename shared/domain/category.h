#pragma once

#include "group.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace frontline {

// What a ticket is about (Network, Hardware, Access, ...); routes new tickets to a group.
struct Category
{
    qint64 id = 0;
    QString name;
    QString description;
    std::optional<GroupRef> defaultGroup;
    bool active = true;

    QJsonObject toJson() const;
    static Category fromJson(const QJsonObject& object);
};

} // namespace frontline
