#pragma once

#include "domain/comment.h"
#include "domain/ticketevent.h"

#include <QJsonValue>
#include <QList>

namespace frontline::server {

class SqlSession;

// The conversation (comments) and the immutable event log of tickets. Both tables are
// append-only: the database refuses UPDATE and DELETE on them.
class EventRepository
{
public:
    explicit EventRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 appendCreated(qint64 ticketId, qint64 actorId, qint64 at);
    qint64 appendChange(qint64 ticketId, qint64 actorId, qint64 at, const QString& field,
                        const QJsonValue& oldValue, const QJsonValue& newValue,
                        bool internal = false);
    struct ChangeRow
    {
        qint64 actorId = 0;
        QString field;
        QJsonValue oldValue;
        QJsonValue newValue;
        bool internal = false; // staff only (a custom field requesters do not see)
    };
    // Several changes of one moment in one statement (a change and what rules did with it).
    void appendChanges(qint64 ticketId, qint64 at, const QList<ChangeRow>& rows);
    // Stores the comment and its event; returns the comment's id.
    qint64 appendComment(qint64 ticketId, qint64 authorId, qint64 at, const QString& body,
                         bool internal);

    // The history in order; without internal entries when the reader may not see them.
    QList<TicketEvent> history(qint64 ticketId, bool includeInternal, int limit);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
