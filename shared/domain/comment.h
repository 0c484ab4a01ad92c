#pragma once

#include "user.h"

#include <QJsonObject>
#include <QString>

namespace frontline {

// A reply on a ticket's conversation: public (the requester sees it) or an internal note.
struct Comment
{
    qint64 id = 0;
    qint64 ticketId = 0;
    UserRef author;
    QString body;
    bool internal = false;
    qint64 createdAt = 0;

    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static Comment fromJson(const QJsonObject& object);
    bool operator==(const Comment&) const = default;
};

} // namespace frontline
