#include "eventrepository.h"

#include "storage/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// Old and new values are stored as JSON, so they keep their type (a name, a number, a user
// reference as it was at the time).
QVariant encodeValue(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QVariant(QMetaType::fromType<QString>());
    const QJsonArray wrapper {value};
    const QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue decodeValue(const QVariant& stored)
{
    if (stored.isNull())
        return QJsonValue::Null;
    const QByteArray wrapped = '[' + stored.toString().toUtf8() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

} // namespace

qint64 EventRepository::appendCreated(qint64 ticketId, qint64 actorId, qint64 at)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO ticket_events (ticket_id, actor_id, at, kind, internal) VALUES (?, ?, ?, "
        "'created', 0)"_s);
    insert.bind(ticketId).bind(actorId).bind(at);
    insert.exec();
    return insert.insertedId();
}

qint64 EventRepository::appendChange(qint64 ticketId, qint64 actorId, qint64 at,
                                     const QString& field, const QJsonValue& oldValue,
                                     const QJsonValue& newValue, bool internal)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO ticket_events (ticket_id, actor_id, at, kind, field, old_value, "
        "new_value, internal) VALUES (?, ?, ?, 'change', ?, ?, ?, ?)"_s);
    insert.bind(ticketId)
        .bind(actorId)
        .bind(at)
        .bind(field)
        .bind(encodeValue(oldValue))
        .bind(encodeValue(newValue))
        .bind(internal ? 1 : 0);
    insert.exec();
    return insert.insertedId();
}

void EventRepository::appendChanges(qint64 ticketId, qint64 at, const QList<ChangeRow>& rows)
{
    // In chunks of a bounded size, so that the statement cache holds a few shapes only.
    constexpr qsizetype Chunk = 8;
    for (qsizetype from = 0; from < rows.size(); from += Chunk) {
        const qsizetype count = std::min(Chunk, rows.size() - from);
        if (count == 1) {
            const ChangeRow& row = rows[from];
            appendChange(ticketId, row.actorId, at, row.field, row.oldValue, row.newValue,
                         row.internal);
            continue;
        }
        QString sql = u"INSERT INTO ticket_events (ticket_id, actor_id, at, kind, field, "
                      "old_value, new_value, internal) VALUES "_s;
        for (qsizetype i = 0; i < count; ++i)
            sql += i == 0 ? u"(?, ?, ?, 'change', ?, ?, ?, ?)"_s
                          : u", (?, ?, ?, 'change', ?, ?, ?, ?)"_s;
        Statement insert = m_session.prepare(sql);
        for (qsizetype i = from; i < from + count; ++i) {
            insert.bind(ticketId)
                .bind(rows[i].actorId)
                .bind(at)
                .bind(rows[i].field)
                .bind(encodeValue(rows[i].oldValue))
                .bind(encodeValue(rows[i].newValue))
                .bind(rows[i].internal ? 1 : 0);
        }
        insert.exec();
    }
}

qint64 EventRepository::appendComment(qint64 ticketId, qint64 authorId, qint64 at,
                                      const QString& body, bool internal)
{
    qint64 commentId = 0;
    {
        Statement insert = m_session.prepareInsert(
            u"INSERT INTO comments (ticket_id, author_id, body, internal, created_at) VALUES "
            "(?, ?, ?, ?, ?)"_s);
        insert.bind(ticketId).bind(authorId).bind(body).bind(internal ? 1 : 0).bind(at);
        insert.exec();
        commentId = insert.insertedId();
    }
    Statement event = m_session.prepare(
        u"INSERT INTO ticket_events (ticket_id, actor_id, at, kind, comment_id, internal) "
        "VALUES (?, ?, ?, 'comment', ?, ?)"_s);
    event.bind(ticketId).bind(authorId).bind(at).bind(commentId).bind(internal ? 1 : 0);
    event.exec();
    return commentId;
}

QList<TicketEvent> EventRepository::history(qint64 ticketId, bool includeInternal, int limit)
{
    Statement query = m_session.prepare(
        u"SELECT e.id, e.kind, e.actor_id, u.username, u.display_name, e.at, e.field, "
        "e.old_value, e.new_value, e.internal, c.id, c.body, c.created_at "
        "FROM ticket_events e JOIN users u ON u.id = e.actor_id "
        "LEFT JOIN comments c ON c.id = e.comment_id "
        "WHERE e.ticket_id = ?"_s
        + (includeInternal ? QString() : u" AND e.internal = 0"_s) + u" ORDER BY e.id LIMIT ?"_s);
    query.bind(ticketId).bind(limit);
    query.exec();
    QList<TicketEvent> events;
    while (query.next()) {
        TicketEvent event;
        event.id = query.int64(0);
        event.ticketId = ticketId;
        event.kind = TicketEvent::kindFromName(query.text(1)).value_or(TicketEvent::Kind::Change);
        event.actor = UserRef {query.int64(2), query.text(3), query.text(4)};
        event.at = query.int64(5);
        event.field = query.text(6);
        event.oldValue = decodeValue(query.value(7));
        event.newValue = decodeValue(query.value(8));
        event.internal = query.boolean(9);
        if (!query.value(10).isNull()) {
            Comment comment;
            comment.id = query.int64(10);
            comment.ticketId = ticketId;
            comment.author = event.actor;
            comment.body = query.text(11);
            comment.internal = event.internal;
            comment.createdAt = query.int64(12);
            event.comment = comment;
        }
        events.append(event);
    }
    return events;
}

} // namespace frontline::server
