#pragma once

#include <QObject>

namespace frontline {
struct Announcement;
struct Comment;
struct Ticket;
} // namespace frontline

namespace frontline::client {
class AnnouncementBoard;
class ClientSettings;
class MyTickets;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {
class Announcer;
} // namespace frontline::client::ui

namespace frontline::client::tray {

// What the applet's user is told without looking (issue 24), through the same Announcer as the
// agent client (a notification object screen readers speak when it shows): a reply from the
// desk on one of the user's tickets, one of them resolved (the survey waits), the connection
// lost and back, an announcement of the desk (outage, maintenance). The news follow the
// applet's notification setting, as its desktop notifications do; the connection's state is
// always spoken.
class TrayAnnouncements final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayAnnouncements)

public:
    TrayAnnouncements(Session& session, MyTickets& tickets, AnnouncementBoard& board,
                      ClientSettings& settings, ui::Announcer& announcer,
                      QObject* parent = nullptr);

private:
    void onSessionState();
    void onReply(const Ticket& ticket, const Comment& comment);
    void onStatus(const Ticket& ticket);
    void onAnnouncement(const Announcement& announcement);
    void announceNews(const QString& text);

    Session& m_session;
    ClientSettings& m_settings;
    ui::Announcer& m_announcer;
    bool m_offline = false;
};

} // namespace frontline::client::tray
