#pragma once

#include "enums.h"
#include "group.h"
#include "organisation.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace frontline {
namespace json {
class JsonWriter;
}

// A user as other objects mention them (requester, assignee, author).
struct UserRef
{
    qint64 id = 0;
    QString username;
    QString displayName;

    // How people are shown: their display name, or the user name when they have none.
    QString shownName() const { return displayName.isEmpty() ? username : displayName; }
    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static UserRef fromJson(const QJsonObject& object);
    friend bool operator==(const UserRef&, const UserRef&) = default;
};

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString email;
    Role role = Role::Requester;
    bool disabled = false;
    bool available = true; // staff: "away" agents get no tickets from automatic assignment
    QList<GroupRef> groups;
    std::optional<OrgRef> org; // requesters: the organisation they belong to
    bool vip = false; // a condition of automation rules
    bool orgViewer = false; // sees (not edits) every ticket of their organisation
    std::optional<UserRef> manager; // approves the "manager" steps of their approval chains
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    UserRef ref() const { return {id, username, displayName}; }
    QString shownName() const { return ref().shownName(); }
    QJsonObject toJson() const;
    static User fromJson(const QJsonObject& object);
};

} // namespace frontline
