#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace frontline {

// Something the desk wants one person to know: an escalation to their group, a rule's
// message, a ticket that breached its SLA. Stored, and pushed while they are connected.
struct Notification
{
    qint64 id = 0;
    std::optional<qint64> ticketId;
    QString kind; // escalation, sla_breached, sla_warning, rule
    QString message;
    qint64 createdAt = 0;
    std::optional<qint64> readAt;

    QJsonObject toJson() const;
    static Notification fromJson(const QJsonObject& object);
    bool operator==(const Notification&) const = default;
};

} // namespace frontline
