#pragma once

#include "api/cmdbapi.h"
#include "domain/ticket.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace frontline::client {
class ChangeCalendar;
class ChangeDesk;
class ChangeSetup;
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

class ChangeCalendarWindow;
class ChangeSection;
class CreateChangeDialog;
class TicketPane;

// Change management in the agent client (issue 22), so that the main window only wires
// actions to it: the change section in the ticket pane (following the open ticket) and its
// Edit change…, New → Change… (optionally for some CIs), and the change calendar window.
class ChangeScreens final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeScreens)

public:
    ChangeScreens(Session& session, TicketDetail& detail, TicketPane& pane, QWidget* window);

    ChangeDesk& desk() const { return *m_desk; }
    ChangeDesk& creator() const { return *m_creator; }
    ChangeSetup& setup() const { return *m_setup; }
    ChangeCalendar& calendarModel() const { return *m_calendar; }
    ChangeSection* section() const { return m_section; }

    // Opens "New change", with these CIs affected when given.
    CreateChangeDialog* createChange(const QList<api::CiNode>& cis = {});
    // Ticket → Raise a change…: "New change" on the open ticket's CIs, its title and
    // description to start from, the change linked to it once made. With several tickets
    // selected in the queue: on all their CIs (those known: the open ticket's), one line per
    // ticket to start from, linked to each.
    CreateChangeDialog* raiseChange(const QList<Ticket>& selection = {});
    // The section's Edit change…: the change shown, in the change dialog's edit mode (null
    // when no change is shown).
    CreateChangeDialog* editChange();
    // View → Change calendar: one window, raised when asked again.
    ChangeCalendarWindow* calendar();

Q_SIGNALS:
    void openTicketRequested(qint64 id);

private:
    void followTicket();

    Session& m_session;
    TicketDetail& m_detail;
    QWidget* m_window;
    ChangeDesk* m_desk;
    ChangeDesk* m_creator; // "New change" (the section's desk follows the open ticket)
    ChangeSetup* m_setup;
    ChangeCalendar* m_calendar;
    ChangeSection* m_section;
    QPointer<ChangeCalendarWindow> m_calendarWindow;
};

} // namespace frontline::client::ui
