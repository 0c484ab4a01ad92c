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
    // For these audiences (and, with `recipient`, the `affected` ones that reached that
    // user): those not ended at `now` (current and upcoming) by start time, or, with
    // `includeEnded`, also the last ended ones, newest first after the current ones.
    QList<Announcement> list(const QStringList& audiences, std::optional<qint64> recipient,
                             qint64 now, bool includeEnded, int limit);

    // Audience affected: the CIs named and the people reached (written once, at publish).
    void setCis(qint64 id, const QList<qint64>& ciIds);
    // The services the impact walks found behind its CIs (audience affected).
    void setServices(qint64 id, const QList<qint64>& ciIds);
    void setRecipients(qint64 id, const QList<qint64>& userIds);
    // Fills in the `affected` announcements' CIs and, with `counts`, their recipients.
    void loadDetails(QList<Announcement>& items, bool counts);
    // The requesters among its recipients (those the staff broadcast does not reach).
    QList<qint64> requesterRecipients(qint64 id);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
