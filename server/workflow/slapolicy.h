#pragma once

#include "domain/enums.h"
#include "workflow/businesscalendar.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace frontline {
class SlaTargets;
}

namespace frontline::server {

// A named business-hours calendar, several per site.
struct CalendarEntry
{
    qint64 id = 0;
    QString name;
    BusinessCalendar calendar;

    QJsonObject toJson() const;
};

// What a help desk promises for the tickets it matches: response and resolution targets in
// business minutes of a calendar. A criterion left empty matches every ticket.
struct SlaPolicy
{
    qint64 id = 0;
    QString name;
    std::optional<TicketType> type;
    std::optional<int> priority;
    std::optional<qint64> categoryId;
    std::optional<qint64> calendarId; // none: around the clock
    qint64 responseMinutes = 60;
    qint64 resolveMinutes = 480;
    int warnPercent = 75; // "at risk" once this share of a target's time has passed
    bool escalateOnBreach = false; // functional escalation to the group's next tier
    bool active = true;

    bool matches(TicketType ticketType, int ticketPriority,
                 std::optional<qint64> ticketCategory) const;
    int specificity() const;
    QJsonObject toJson() const;
};

// The targets a ticket gets: from the most specific active policy that matches (ties: the
// lowest id), or else the site's default targets per priority, around the clock.
struct SlaPlan
{
    std::optional<qint64> policyId;
    const BusinessCalendar* calendar = nullptr;
    qint64 responseMs = 0;
    qint64 resolveMs = 0;
    int warnPercent = 75;
    bool escalateOnBreach = false;
};

class SlaPolicySet
{
public:
    QList<SlaPolicy> policies;
    QHash<qint64, CalendarEntry> calendars;

    SlaPlan plan(TicketType type, int priority, std::optional<qint64> categoryId,
                 const SlaTargets& defaults) const;
    const BusinessCalendar& calendarOf(std::optional<qint64> calendarId) const;
    const SlaPolicy* policy(qint64 id) const;
};

} // namespace frontline::server
