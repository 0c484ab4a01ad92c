#include "notificationrepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Notification NotificationRepository::add(qint64 userId, std::optional<qint64> ticketId,
                                         const QString& kind, const QString& message, qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO notifications (user_id, ticket_id, kind, message, created_at) VALUES (?, "
        "?, ?, ?, ?)"_s);
    insert.bind(userId).bindNullable(ticketId).bind(kind).bind(message).bind(now);
    insert.exec();
    return Notification {insert.insertedId(), ticketId, kind, message, now, std::nullopt};
}

QList<Notification> NotificationRepository::list(qint64 userId, bool unreadOnly, int limit)
{
    QList<Notification> result;
    Statement query = m_session.prepare(
        unreadOnly ? u"SELECT id, ticket_id, kind, message, created_at, read_at FROM "
                     "notifications WHERE user_id = ? AND read_at IS NULL ORDER BY id DESC "
                     "LIMIT ?"_s
                   : u"SELECT id, ticket_id, kind, message, created_at, read_at FROM "
                     "notifications WHERE user_id = ? ORDER BY id DESC LIMIT ?"_s);
    query.bind(userId).bind(limit);
    query.exec();
    while (query.next())
        result.append({query.int64(0), query.optionalInt64(1), query.text(2), query.text(3),
                       query.int64(4), query.optionalInt64(5)});
    return result;
}

int NotificationRepository::unreadCount(qint64 userId)
{
    Statement query = m_session.prepare(
        u"SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"_s);
    query.bind(userId);
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

int NotificationRepository::markRead(qint64 userId, const QList<qint64>& ids, qint64 now)
{
    if (ids.isEmpty()) {
        Statement update = m_session.prepare(u"UPDATE notifications SET read_at = ? WHERE "
                                             "user_id = ? AND read_at IS NULL"_s);
        update.bind(now).bind(userId);
        update.exec();
        return update.rowsAffected();
    }
    int marked = 0;
    for (qint64 id : ids) {
        Statement update = m_session.prepare(u"UPDATE notifications SET read_at = ? WHERE id = "
                                             "? AND user_id = ? AND read_at IS NULL"_s);
        update.bind(now).bind(id).bind(userId);
        update.exec();
        marked += update.rowsAffected();
    }
    return marked;
}

} // namespace frontline::server
