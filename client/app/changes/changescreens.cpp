#include "changescreens.h"

#include "client/app/changes/changecalendarwindow.h"
#include "client/app/changes/changesection.h"
#include "client/app/changes/createchangedialog.h"
#include "client/app/ticketpane.h"
#include "client/core/changes/changecalendar.h"
#include "client/core/changes/changedesk.h"
#include "client/core/changes/changesetup.h"
#include "client/core/ticketdetail.h"
#include "client/core/ticketdraft.h"

#include <QSet>
#include <QWidget>

namespace frontline::client::ui {

ChangeScreens::ChangeScreens(Session& session, TicketDetail& detail, TicketPane& pane,
                             QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_detail(detail)
    , m_window(window)
    , m_desk(new ChangeDesk(session, this))
    , m_creator(new ChangeDesk(session, this))
    , m_setup(new ChangeSetup(session, this))
    , m_calendar(new ChangeCalendar(session, this))
    , m_section(new ChangeSection(*m_desk))
{
    pane.addSection(m_section);
    connect(&detail, &TicketDetail::loaded, this, &ChangeScreens::followTicket);
    connect(&detail, &TicketDetail::ticketUpdated, this, [this] {
        // Approved by the board, moved, implemented: show what is true now.
        if (m_detail.ticket().type == TicketType::Change
            && m_detail.ticketId() == m_desk->changeId())
            m_desk->load(m_desk->changeId());
    });
    connect(m_section, &ChangeSection::openTicketRequested, this,
            &ChangeScreens::openTicketRequested);
    connect(m_section, &ChangeSection::editRequested, this, &ChangeScreens::editChange);
    connect(m_creator, &ChangeDesk::created, this, &ChangeScreens::openTicketRequested);
    followTicket();
}

void ChangeScreens::followTicket()
{
    if (m_detail.ticketId() && m_detail.isLoaded() && m_detail.ticket().type == TicketType::Change)
        m_desk->load(m_detail.ticketId());
    else
        m_desk->clear();
}

CreateChangeDialog* ChangeScreens::createChange(const QList<api::CiNode>& cis)
{
    auto* dialog = new CreateChangeDialog(*m_creator, *m_setup, m_window);
    if (!cis.isEmpty())
        dialog->setCis(cis);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CreateChangeDialog* ChangeScreens::editChange()
{
    if (!m_desk->change())
        return nullptr;
    // The section's own desk: its saved answer closes the dialog and shows the new values.
    auto* dialog = new CreateChangeDialog(*m_desk, *m_setup, m_window);
    dialog->editChange(*m_desk->change());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CreateChangeDialog* ChangeScreens::raiseChange(const QList<Ticket>& selection)
{
    if (selection.size() <= 1) {
        if (!m_detail.isLoaded())
            return nullptr;
        const Ticket& ticket = m_detail.ticket();
        CreateChangeDialog* dialog = createChange(ChangeDesk::cisOf(ticket));
        const TicketDraft draft = TicketDraft::raisedFromTicket(ticket, TicketType::Change);
        dialog->setRaisedFrom({ticket.id}, draft.title, draft.description);
        return dialog;
    }
    QList<api::CiNode> cis;
    QSet<qint64> seen;
    QList<qint64> ids;
    QStringList lines;
    for (const Ticket& row : selection) {
        // Queue rows carry no CIs; the open ticket's are known.
        const bool open = m_detail.isLoaded() && m_detail.ticketId() == row.id;
        for (const api::CiNode& ci : ChangeDesk::cisOf(open ? m_detail.ticket() : row)) {
            if (!seen.contains(ci.id)) {
                seen.insert(ci.id);
                cis.append(ci);
            }
        }
        ids.append(row.id);
        lines.append(tr("Raised from #%1: %2").arg(row.id).arg(row.title));
    }
    CreateChangeDialog* dialog = createChange(cis);
    dialog->setRaisedFrom(ids, selection.first().title, lines.join(u'\n'));
    return dialog;
}

ChangeCalendarWindow* ChangeScreens::calendar()
{
    if (!m_calendarWindow) {
        m_calendarWindow = new ChangeCalendarWindow(*m_calendar, *m_setup, m_window);
        connect(m_calendarWindow, &ChangeCalendarWindow::openTicketRequested, this,
                &ChangeScreens::openTicketRequested);
    }
    m_calendarWindow->show();
    m_calendarWindow->raise();
    m_calendarWindow->activateWindow();
    return m_calendarWindow;
}

} // namespace frontline::client::ui
