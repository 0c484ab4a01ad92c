#pragma once

#include "domain/enums.h"
#include "workflow/businesscalendar.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace frontline {

class SlaTargets;

// A named business-hours calendar, several per site.
struct CalendarEntry
{
    qint64 id = 0;
    QString name;
    BusinessCalendar calendar;

    QJsonObject toJson() const;
    // Lenient, as the client reads a stored calendar: a calendar the strict reader refuses
    // (never one the server stored) is left empty.
    static CalendarEntry fromJson(const QJsonValue& value);
    bool operator==(const CalendarEntry&) const = default;
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
    // The first problem (field, reason) with the same words as sla.policy.create's params:
    // a name of 1 to 120 characters, targets of 1 minute to a year, a resolution target not
    // below the response target, a warning at 1 to 99 %, a priority from 1 to 5. Whether the
    // category and the calendar exist is for the server to say.
    std::optional<std::pair<QString, QString>> validate() const;
    QJsonObject toJson() const;
    static SlaPolicy fromJson(const QJsonValue& value); // lenient
    bool operator==(const SlaPolicy&) const = default;

    static constexpr int MaxNameLength = 120;
    static constexpr qint64 MaxTargetMinutes = 525600; // a year
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

} // namespace frontline
