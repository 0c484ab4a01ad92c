#pragma once

#include <QObject>
#include <QString>

namespace frontline::client {
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

class Announcer;

// What the agent is told without looking (issue 24): the connection lost and back, a new reply
// or note from someone else on the open ticket, the open ticket's SLA breached. Each is spoken
// by screen readers through the Announcer (and shown in the status bar a while).
class LiveAnnouncements final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveAnnouncements)

public:
    LiveAnnouncements(Session& session, TicketDetail& detail, Announcer& announcer,
                      QObject* parent = nullptr);

private:
    void onSessionState();
    void onEntries(int first, int last);
    void onTicket();

    Session& m_session;
    TicketDetail& m_detail;
    Announcer& m_announcer;
    bool m_offline = false;
    qint64 m_ticketId = 0; // the ticket whose SLA state is known
    QString m_slaState;
};

} // namespace frontline::client::ui
