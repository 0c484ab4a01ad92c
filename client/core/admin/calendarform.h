#pragma once

#include "api/automationapi.h"
#include "workflow/slapolicy.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace frontline::client {

// A business-hours calendar as the calendars page shows it: each day's hours as a text
// ("08:00-12:00, 13:00-17:00", empty when closed) and the holidays one date per line.
// problem() applies the checks the server applies (BusinessCalendar, shared/workflow) and names
// the field as the server does ("hours.mon[1]", "holidays[0]", "time_zone").
struct CalendarForm
{
    Q_DECLARE_TR_FUNCTIONS(CalendarForm)

public:
    qint64 id = 0; // 0: a new calendar
    QString name;
    QString timeZone;
    std::array<QString, 7> days; // Monday first
    QString holidays;

    static CalendarForm from(const CalendarEntry& entry);
    // A new calendar: Monday to Friday 09:00-17:00 in the system's time zone.
    static CalendarForm blank();

    std::optional<std::pair<QString, QString>> problem() const;
    // calendar.create's or calendar.update's params.
    api::CalendarParams params() const;

    bool operator==(const CalendarForm&) const = default;
};

} // namespace frontline::client
