#pragma once

#include "domain/notification.h"

#include <QList>

namespace frontline::server {

class SqlSession;

class NotificationRepository
{
public:
    explicit NotificationRepository(SqlSession& session)
        : m_session(session)
    { }

    Notification add(qint64 userId, std::optional<qint64> ticketId, const QString& kind,
                     const QString& message, qint64 now);
    // Newest first.
    QList<Notification> list(qint64 userId, bool unreadOnly, int limit);
    int unreadCount(qint64 userId);
    // Marks the given notifications (or all, when `ids` is empty) read; returns how many.
    int markRead(qint64 userId, const QList<qint64>& ids, qint64 now);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
