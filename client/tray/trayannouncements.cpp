#include "trayannouncements.h"

#include "client/core/announcementboard.h"
#include "client/core/mytickets.h"
#include "client/core/session.h"
#include "client/tray/traysettingsdialog.h"
#include "client/widgets/announcer.h"

using namespace Qt::StringLiterals;

namespace frontline::client::tray {

TrayAnnouncements::TrayAnnouncements(Session& session, MyTickets& tickets, AnnouncementBoard& board,
                                     ClientSettings& settings, ui::Announcer& announcer,
                                     QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_announcer(announcer)
{
    connect(&session, &Session::stateChanged, this, &TrayAnnouncements::onSessionState);
    connect(&tickets, &MyTickets::replyArrived, this, &TrayAnnouncements::onReply);
    connect(&tickets, &MyTickets::statusChanged, this,
            [this](const Ticket& ticket, const QString&) { onStatus(ticket); });
    connect(&board, &AnnouncementBoard::arrived, this, &TrayAnnouncements::onAnnouncement);
}

void TrayAnnouncements::onSessionState()
{
    const Session::State state = m_session.state();
    if (state == Session::State::Offline && !m_offline) {
        m_offline = true;
        m_announcer.announce(tr("The connection to the help desk is lost. Trying again; what "
                                "you write is kept and sent later."));
    } else if (state == Session::State::Ready && m_offline) {
        m_offline = false;
        m_announcer.announce(tr("The connection to the help desk is back."));
    } else if (state == Session::State::LoggedOut) {
        m_offline = false;
    }
}

void TrayAnnouncements::onReply(const Ticket& ticket, const Comment& comment)
{
    announceNews(
        tr("New reply from %1 on your ticket #%2.").arg(comment.author.shownName()).arg(ticket.id));
}

void TrayAnnouncements::onStatus(const Ticket& ticket)
{
    if (ticket.resolvedAt && !ticket.open)
        announceNews(tr("Your ticket #%1 is resolved. Please confirm that it is solved, or "
                        "reopen it, and tell us how we did.")
                         .arg(ticket.id));
}

void TrayAnnouncements::onAnnouncement(const Announcement& announcement)
{
    announceNews(tr("Announcement, %1: %2. %3")
                     .arg(AnnouncementBoard::kindLabel(announcement.kind), announcement.title,
                          AnnouncementBoard::window(announcement)));
}

void TrayAnnouncements::announceNews(const QString& text)
{
    if (TraySettingsDialog::notificationsEnabled(m_settings))
        m_announcer.announce(text);
}

} // namespace frontline::client::tray
