#pragma once

#include "auth/policy.h"

#include <QHash>
#include <QList>
#include <QString>

namespace frontline::server {

class SqlSession;

// The text and access of the rows a search found, read by id for ranking and snippets.
class SearchRepository
{
public:
    struct TicketText
    {
        qint64 id = 0;
        QString title;
        QString description;
        QString status;
        QString type;
        qint64 updatedAt = 0;
        TicketAccess access;
    };
    struct CommentText
    {
        qint64 id = 0;
        qint64 ticketId = 0;
        QString body;
        bool internal = false;
    };
    struct ArticleText
    {
        qint64 id = 0;
        QString title;
        QString body;
        QString tags; // space-separated
        QString state;
        QString visibility;
        qint64 updatedAt = 0;
    };

    explicit SearchRepository(SqlSession& session)
        : m_session(session)
    { }

    QHash<qint64, TicketText> tickets(const QList<qint64>& ids);
    QList<CommentText> comments(const QList<qint64>& ids);
    QHash<qint64, ArticleText> articles(const QList<qint64>& ids);
    // The highest id of `table` (tickets or comments): how many documents there are, near
    // enough, without counting them.
    qint64 maxId(const QString& table);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
