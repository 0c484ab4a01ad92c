#include "announcementrepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString AnnouncementColumns =
    u"a.id, a.kind, a.title, a.body, a.audience, a.starts_at, a.ends_at, u.id, u.username, "
    "u.display_name, a.published_at, a.withdrawn_at FROM announcements a JOIN users u ON "
    "u.id = a.author_id"_s;

Announcement readRow(const Statement& row)
{
    Announcement a;
    a.id = row.int64(0);
    a.kind = row.text(1);
    a.title = row.text(2);
    a.body = row.text(3);
    a.audience = row.text(4);
    a.startsAt = row.int64(5);
    a.endsAt = row.optionalInt64(6);
    a.author = UserRef {row.int64(7), row.text(8), row.text(9)};
    a.publishedAt = row.int64(10);
    a.withdrawnAt = row.optionalInt64(11);
    return a;
}

} // namespace

qint64 AnnouncementRepository::insert(const Announcement& a)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO announcements (kind, title, body, audience, starts_at, ends_at, author_id, "
        "published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(a.kind)
        .bind(a.title)
        .bind(a.body)
        .bind(a.audience)
        .bind(a.startsAt)
        .bindNullable(a.endsAt)
        .bind(a.author.id)
        .bind(a.publishedAt);
    insert.exec();
    return insert.insertedId();
}

void AnnouncementRepository::withdraw(qint64 id, qint64 at)
{
    Statement update = m_session.prepare(
        u"UPDATE announcements SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL"_s);
    update.bind(at).bind(id);
    update.exec();
}

std::optional<Announcement> AnnouncementRepository::find(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT "_s + AnnouncementColumns + u" WHERE a.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readRow(query);
}

QList<Announcement> AnnouncementRepository::list(const QStringList& audiences,
                                                 std::optional<qint64> recipient, qint64 now,
                                                 bool includeEnded, int limit)
{
    // At most four audiences: one statement shape per count, placeholders only.
    QStringList marks;
    for (qsizetype i = 0; i < audiences.size(); ++i)
        marks.append(u"?"_s);
    QString audience = u"a.audience IN ("_s + marks.join(u", "_s) + u")"_s;
    if (recipient) {
        audience = u"("_s + audience
            + u" OR (a.audience = 'affected' AND EXISTS (SELECT 1 FROM "
              "announcement_recipients r WHERE r.announcement_id = a.id AND r.user_id = ?)))"_s;
    }
    const QString live = u"a.withdrawn_at IS NULL AND (a.ends_at IS NULL OR a.ends_at > ?)"_s;
    Statement query =
        m_session.prepare(u"SELECT "_s + AnnouncementColumns + u" WHERE "_s + audience + u" AND "_s
                          + (includeEnded ? u"1 = 1"_s : live) + u" ORDER BY CASE WHEN "_s + live
                          + u" THEN 0 ELSE 1 END, CASE WHEN "_s + live
                          + u" THEN a.starts_at ELSE -a.starts_at END, a.id LIMIT ?"_s);
    for (const QString& name : audiences)
        query.bind(name);
    if (recipient)
        query.bind(*recipient);
    if (!includeEnded)
        query.bind(now);
    query.bind(now).bind(now).bind(limit);
    query.exec();
    QList<Announcement> items;
    while (query.next())
        items.append(readRow(query));
    return items;
}

void AnnouncementRepository::setCis(qint64 id, const QList<qint64>& ciIds)
{
    for (qint64 ci : ciIds) {
        Statement insert = m_session.prepare(
            u"INSERT INTO announcement_cis (announcement_id, ci_id) VALUES (?, ?)"_s);
        insert.bind(id).bind(ci);
        insert.exec();
    }
}

void AnnouncementRepository::setServices(qint64 id, const QList<qint64>& ciIds)
{
    for (qint64 ci : ciIds) {
        Statement insert = m_session.prepare(
            u"INSERT INTO announcement_services (announcement_id, ci_id) VALUES (?, ?)"_s);
        insert.bind(id).bind(ci);
        insert.exec();
    }
}

void AnnouncementRepository::setRecipients(qint64 id, const QList<qint64>& userIds)
{
    // An outage of a shared service reaches thousands: many rows per statement, in three
    // statement shapes only (256, 16 and 1 rows) so that the statement cache stays small.
    qsizetype from = 0;
    for (const qsizetype rows : {qsizetype(256), qsizetype(16), qsizetype(1)}) {
        if (userIds.size() - from < rows)
            continue;
        QString sql = u"INSERT INTO announcement_recipients (announcement_id, user_id) VALUES "_s;
        for (qsizetype i = 0; i < rows; ++i)
            sql += i == 0 ? u"(?, ?)"_s : u", (?, ?)"_s;
        for (; userIds.size() - from >= rows; from += rows) {
            Statement insert = m_session.prepare(sql);
            for (qsizetype i = from; i < from + rows; ++i)
                insert.bind(id).bind(userIds[i]);
            insert.exec();
        }
    }
}

void AnnouncementRepository::loadDetails(QList<Announcement>& items, bool counts)
{
    for (Announcement& a : items) {
        if (a.audience != "affected"_L1)
            continue;
        const auto read = [this, &a](const QString& table) {
            Statement cis = m_session.prepare(u"SELECT c.id, c.name, k.name FROM "_s + table
                                              + u" x JOIN cis c ON c.id = x.ci_id "
                                                "JOIN ci_classes k ON k.id = c.class_id "
                                                "WHERE x.announcement_id = ? "
                                                "ORDER BY c.name, c.id"_s);
            cis.bind(a.id);
            cis.exec();
            QList<Announcement::Ci> list;
            while (cis.next())
                list.append({cis.int64(0), cis.text(1), cis.text(2)});
            return list;
        };
        a.cis = read(u"announcement_cis"_s);
        a.services = read(u"announcement_services"_s);
        if (!counts)
            continue;
        Statement count = m_session.prepare(
            u"SELECT COUNT(*) FROM announcement_recipients WHERE announcement_id = ?"_s);
        count.bind(a.id);
        count.exec();
        a.recipients = count.next() ? count.integer(0) : 0;
    }
}

QList<qint64> AnnouncementRepository::requesterRecipients(qint64 id)
{
    Statement query = m_session.prepare(
        u"SELECT r.user_id FROM announcement_recipients r JOIN users u ON u.id = r.user_id "
        "WHERE r.announcement_id = ? AND u.role = 'requester' ORDER BY r.user_id"_s);
    query.bind(id);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.int64(0));
    return ids;
}

} // namespace frontline::server
