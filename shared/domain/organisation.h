#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace frontline {
namespace json {
class JsonWriter;
}

// An organisation as tickets and users mention it.
struct OrgRef
{
    qint64 id = 0;
    QString name;

    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static OrgRef fromJson(const QJsonObject& object);
    friend bool operator==(const OrgRef&, const OrgRef&) = default;
};

// A company or department whose people are requesters. A requester without an organisation
// joins the one whose mail domain matches their address.
struct Organisation
{
    qint64 id = 0;
    QString name; // unique, case-insensitively
    QStringList domains; // lower-case mail domains, each in one organisation only
    QString notes;
    int memberCount = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    OrgRef ref() const { return {id, name}; }
    QJsonObject toJson() const;
    static Organisation fromJson(const QJsonObject& object);
    friend bool operator==(const Organisation&, const Organisation&) = default;
};

} // namespace frontline
