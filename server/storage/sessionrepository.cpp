#include "sessionrepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

void SessionRepository::insert(const QString& tokenHash, qint64 userId, qint64 now,
                               qint64 expiresAt, const QString& peer, const QString& client)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at, peer, client, "
        "last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(tokenHash)
        .bind(userId)
        .bind(now)
        .bind(expiresAt)
        .bind(peer.left(64))
        .bind(client.left(100))
        .bind(now);
    insert.exec();
}

std::optional<StoredSession> SessionRepository::findActive(const QString& tokenHash, qint64 now)
{
    Statement query = m_session.prepare(
        u"SELECT s.user_id, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND u.disabled = 0"_s);
    query.bind(tokenHash).bind(now);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return StoredSession {query.int64(0), query.int64(1)};
}

void SessionRepository::revoke(const QString& tokenHash, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"_s);
    update.bind(now).bind(tokenHash);
    update.exec();
}

void SessionRepository::revokeAllOf(qint64 userId, qint64 now, const QString& exceptTokenHash)
{
    Statement update = m_session.prepare(
        u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND "
        "token_hash <> ?"_s);
    update.bind(now).bind(userId).bind(exceptTokenHash);
    update.exec();
}

api::SessionList SessionRepository::listActive(qint64 userId, qint64 now,
                                               const QString& currentHash,
                                               QHash<qint64, QString>* hashes)
{
    Statement query = m_session.prepare(
        u"SELECT id, created_at, expires_at, last_seen_at, peer, client, token_hash FROM sessions "
        "WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY id DESC"_s);
    query.bind(userId).bind(now);
    query.exec();
    api::SessionList list;
    while (query.next()) {
        api::SessionEntry entry;
        entry.id = query.int64(0);
        entry.createdAt = query.int64(1);
        entry.expiresAt = query.int64(2);
        entry.lastSeenAt = query.optionalInt64(3);
        entry.peer = query.text(4);
        entry.client = query.text(5);
        entry.current = query.text(6) == currentHash;
        if (hashes)
            hashes->insert(entry.id, query.text(6));
        list.items.append(entry);
    }
    return list;
}

std::optional<SessionRepository::ActiveSession> SessionRepository::findActiveById(qint64 id,
                                                                                  qint64 now)
{
    Statement query = m_session.prepare(
        u"SELECT user_id, token_hash FROM sessions WHERE id = ? AND revoked_at IS NULL AND "
        "expires_at > ?"_s);
    query.bind(id).bind(now);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return ActiveSession {query.int64(0), query.text(1)};
}

QStringList SessionRepository::revokeAllReturning(qint64 userId, qint64 now)
{
    QStringList hashes;
    {
        Statement query = m_session.prepare(
            u"SELECT token_hash FROM sessions WHERE user_id = ? AND revoked_at IS NULL AND "
            "expires_at > ?"_s);
        query.bind(userId).bind(now);
        query.exec();
        while (query.next())
            hashes.append(query.text(0));
    }
    revokeAllOf(userId, now);
    return hashes;
}

void SessionRepository::touch(const QString& tokenHash, qint64 at, const QString& peer)
{
    Statement update = m_session.prepare(
        u"UPDATE sessions SET last_seen_at = ?, peer = ? WHERE token_hash = ? AND "
        "(last_seen_at IS NULL OR last_seen_at < ?)"_s);
    update.bind(at).bind(peer.left(64)).bind(tokenHash).bind(at);
    update.exec();
}

int SessionRepository::purge(qint64 now, qint64 retentionMs)
{
    Statement remove =
        m_session.prepare(u"DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ?"_s);
    remove.bind(now - retentionMs).bind(now - retentionMs);
    remove.exec();
    return remove.rowsAffected();
}

std::optional<QString> ConfigRepository::get(const QString& key)
{
    Statement query = m_session.prepare(u"SELECT value FROM config WHERE key = ?"_s);
    query.bind(key);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return query.text(0);
}

void ConfigRepository::set(const QString& key, const QString& json, qint64 userId, qint64 now)
{
    Statement upsert = m_session.prepare(
        u"INSERT INTO config (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON "
        "CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = "
        "excluded.updated_at, updated_by = excluded.updated_by"_s);
    upsert.bind(key).bind(json).bind(now).bindNullable(userId > 0 ? std::optional(userId)
                                                                  : std::nullopt);
    upsert.exec();
}

} // namespace frontline::server
