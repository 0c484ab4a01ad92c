#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace frontline {
namespace json {
class JsonWriter;
}

struct UserRef;

// Support tiers: L1 service desk, L2 specialists, L3 experts and vendors.
inline constexpr int MinTier = 1;
inline constexpr int MaxTier = 3;

struct GroupRef
{
    qint64 id = 0;
    QString name;
    int tier = MinTier;

    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static GroupRef fromJson(const QJsonObject& object);
    friend bool operator==(const GroupRef&, const GroupRef&) = default;
};

struct Group
{
    qint64 id = 0;
    QString name;
    int tier = MinTier;
    QString description;
    std::optional<qint64> escalationGroupId; // the next tier's group for functional escalation
    QString assignment = QStringLiteral("manual"); // manual, round_robin or least_loaded
    std::optional<qint64> managerId; // told of hierarchical escalations
    QList<qint64> memberIds;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    GroupRef ref() const { return {id, name, tier}; }
    QJsonObject toJson() const;
    static Group fromJson(const QJsonObject& object);
};

} // namespace frontline
