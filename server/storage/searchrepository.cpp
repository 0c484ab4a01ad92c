#include "searchrepository.h"

#include "storage/sqlsession.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// Ids are integers from the index: written into the statement, never user text.
QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

} // namespace

QHash<qint64, SearchRepository::TicketText> SearchRepository::tickets(const QList<qint64>& ids)
{
    QHash<qint64, TicketText> result;
    if (ids.isEmpty())
        return result;
    Statement query =
        m_session.prepareOnce(u"SELECT id, title, description, status, updated_at, "
                              "requester_id, assignee_id, group_id, type, org_id FROM tickets "
                              "WHERE id IN (%1)"_s.arg(idList(ids)));
    query.exec();
    while (query.next()) {
        TicketText t;
        t.id = query.value(0).toLongLong();
        t.title = query.value(1).toString();
        t.description = query.value(2).toString();
        t.status = query.value(3).toString();
        t.updatedAt = query.value(4).toLongLong();
        t.access.requesterId = query.value(5).toLongLong();
        if (!query.value(6).isNull())
            t.access.assigneeId = query.value(6).toLongLong();
        if (!query.value(7).isNull())
            t.access.groupId = query.value(7).toLongLong();
        t.type = query.value(8).toString();
        if (!query.value(9).isNull())
            t.access.orgId = query.value(9).toLongLong();
        result.insert(t.id, t);
    }
    return result;
}

QList<SearchRepository::CommentText> SearchRepository::comments(const QList<qint64>& ids)
{
    QList<CommentText> result;
    if (ids.isEmpty())
        return result;
    Statement query = m_session.prepareOnce(u"SELECT id, ticket_id, body, internal FROM comments "
                                            "WHERE id IN (%1)"_s.arg(idList(ids)));
    query.exec();
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toLongLong() != 0});
    return result;
}

QHash<qint64, SearchRepository::ArticleText> SearchRepository::articles(const QList<qint64>& ids)
{
    QHash<qint64, ArticleText> result;
    if (ids.isEmpty())
        return result;
    Statement query =
        m_session.prepareOnce(u"SELECT id, title, body, tags, state, visibility, updated_at "
                              "FROM kb_articles WHERE id IN (%1)"_s.arg(idList(ids)));
    query.exec();
    while (query.next())
        result.insert(query.value(0).toLongLong(),
                      {query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString(), query.value(5).toString(),
                       query.value(6).toLongLong()});
    return result;
}

qint64 SearchRepository::maxId(const QString& table)
{
    Statement query = m_session.prepare(u"SELECT COALESCE(MAX(id), 0) FROM %1"_s.arg(table));
    query.exec();
    return query.next() ? query.int64(0) : 0;
}

} // namespace frontline::server
