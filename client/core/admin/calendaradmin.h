#pragma once

#include "client/core/admin/admincontroller.h"
#include "client/core/admin/calendarform.h"

#include <QList>

namespace frontline::client {

// The controller of the business-hours page (managers and admins): the calendars as the server
// has them (calendar.list), and a calendar form checked like the server checks it, then saved
// (calendar.create / calendar.update) or deleted. A refusal names the field ("hours.mon[1]").
// Once loaded, another manager's change (config.changed "calendars") or a restored connection
// loads the calendars again; the page keeps a calendar being edited.
class CalendarAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarAdmin)

public:
    explicit CalendarAdmin(Session& session, QObject* parent = nullptr);

    void reload();
    const QList<CalendarEntry>& calendars() const { return m_calendars; }
    // The form of a listed calendar, or a blank one for an unknown id.
    CalendarForm form(qint64 id) const;

    void save(const CalendarForm& form);
    void remove(qint64 id);

Q_SIGNALS:
    void loaded();
    // The calendar as stored; `ticketsRecomputed`: open tickets whose due times moved (an SLA
    // policy uses the calendar).
    void saved(const CalendarEntry& calendar, int ticketsRecomputed);
    void removed(qint64 id);
    // A save went nowhere: refused (refused() says why) or not answered.
    void notSaved();

private:
    QList<CalendarEntry> m_calendars;
};

} // namespace frontline::client
