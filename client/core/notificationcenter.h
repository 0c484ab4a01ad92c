#pragma once

#include "domain/notification.h"

#include <QList>
#include <QObject>

namespace frontline::client {

class Session;

// The user's notifications (escalations, SLA breaches, rules' messages): loaded when the
// session is ready, kept current from pushes, marked read on the server.
class NotificationCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)

public:
    explicit NotificationCenter(Session& session, QObject* parent = nullptr);

    const QList<Notification>& notifications() const { return m_items; } // newest first
    int unread() const { return m_unread; }
    void reload();
    void markAllRead();

Q_SIGNALS:
    void changed();
    void arrived(const frontline::Notification& notification);

private:
    Session& m_session;
    QList<Notification> m_items;
    int m_unread = 0;
};

} // namespace frontline::client
