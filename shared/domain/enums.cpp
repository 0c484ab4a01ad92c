#include "enums.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace frontline {
namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, QLatin1StringView>, N>& table, E value)
{
    for (const auto& [v, name] : table) {
        if (v == value)
            return QString(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, QLatin1StringView>, N>& table,
                         QStringView text)
{
    for (const auto& [v, name] : table) {
        if (text == name)
            return v;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList namesOf(const std::array<std::pair<E, QLatin1StringView>, N>& table)
{
    QStringList names;
    for (const auto& entry : table)
        names.append(QString(entry.second));
    return names;
}

constexpr std::array roles {
    std::pair {Role::Requester, "requester"_L1}, std::pair {Role::Agent, "agent"_L1},
    std::pair {Role::Manager, "manager"_L1}, std::pair {Role::Admin, "admin"_L1}};

constexpr std::array levels {std::pair {Level::High, "high"_L1},
                             std::pair {Level::Medium, "medium"_L1},
                             std::pair {Level::Low, "low"_L1}};

constexpr std::array types {std::pair {TicketType::Incident, "incident"_L1},
                            std::pair {TicketType::ServiceRequest, "service_request"_L1},
                            std::pair {TicketType::Problem, "problem"_L1},
                            std::pair {TicketType::Change, "change"_L1},
                            std::pair {TicketType::Task, "task"_L1}};

} // namespace

QString toString(Role role)
{
    return nameOf(roles, role);
}

std::optional<Role> roleFromString(QStringView text)
{
    return valueOf(roles, text);
}

QStringList roleNames()
{
    return namesOf(roles);
}

QString toString(Level level)
{
    return nameOf(levels, level);
}

std::optional<Level> levelFromString(QStringView text)
{
    return valueOf(levels, text);
}

QStringList levelNames()
{
    return namesOf(levels);
}

QString toString(TicketType type)
{
    return nameOf(types, type);
}

std::optional<TicketType> ticketTypeFromString(QStringView text)
{
    return valueOf(types, text);
}

QStringList ticketTypeNames()
{
    return namesOf(types);
}

} // namespace frontline
