#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace frontline {

enum class Role { Requester, Agent, Manager, Admin };

QString toString(Role role);
std::optional<Role> roleFromString(QStringView text);
QStringList roleNames();
// Agents, managers and admins work tickets; requesters only raise and follow their own.
inline bool isStaff(Role role)
{
    return role != Role::Requester;
}

// Impact and urgency share the three ITIL levels.
enum class Level { High = 1, Medium = 2, Low = 3 };

QString toString(Level level);
std::optional<Level> levelFromString(QStringView text);
QStringList levelNames();

// Task: a fulfilment task of a service request from the catalog (a child ticket; issue 21).
enum class TicketType { Incident, ServiceRequest, Problem, Change, Task };

QString toString(TicketType type);
std::optional<TicketType> ticketTypeFromString(QStringView text);
QStringList ticketTypeNames();

} // namespace frontline
