#include "sessionrepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

void SessionRepository::insert(const QString& tokenHash, qint64 userId, qint64 now,
                               qint64 expiresAt, const QString& peer)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at, peer) VALUES (?, "
        "?, ?, ?, ?)"_s);
    insert.bind(tokenHash).bind(userId).bind(now).bind(expiresAt).bind(peer.left(64));
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
