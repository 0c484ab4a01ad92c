#pragma once

#include "domain/announcement.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace frontline::server {

class SqlSession;

class AnnouncementRepository
{
public:
    explicit AnnouncementRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 insert(const Announcement& announcement);
    void withdraw(qint64 id, qint64 at);
    std::optional<Announcement> find(qint64 id);
    // For these audiences: those not ended at `now` (current and upcoming) by start time, or,
    // with `includeEnded`, also the last ended ones, newest first after the current ones.
    QList<Announcement> list(const QStringList& audiences, qint64 now, bool includeEnded,
                             int limit);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
