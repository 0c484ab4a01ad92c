#pragma once

#include "comment.h"
#include "user.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace frontline {

// One entry of a ticket's immutable event log: who changed what, when, from what to what.
struct TicketEvent
{
    enum class Kind { Created, Change, Comment };

    qint64 id = 0;
    qint64 ticketId = 0;
    Kind kind = Kind::Change;
    UserRef actor;
    qint64 at = 0;
    QString field; // Change: the field's wire name (status, assignee, priority, ...)
    QJsonValue oldValue;
    QJsonValue newValue;
    std::optional<Comment> comment; // Comment: the reply or note
    bool internal = false; // hidden from requesters

    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static TicketEvent fromJson(const QJsonObject& object);
    bool operator==(const TicketEvent&) const = default;
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
};

} // namespace frontline
