#pragma once

#include "api/tokenapi.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server {

class SqlSession;

struct StoredSession
{
    qint64 userId = 0;
    qint64 expiresAt = 0;
};

// Login sessions, found by the hash of their token (the token itself is never stored).
class SessionRepository
{
public:
    explicit SessionRepository(SqlSession& session)
        : m_session(session)
    { }

    void insert(const QString& tokenHash, qint64 userId, qint64 now, qint64 expiresAt,
                const QString& peer, const QString& client = {});
    // A session that is neither expired, revoked nor of a disabled user.
    std::optional<StoredSession> findActive(const QString& tokenHash, qint64 now);
    void revoke(const QString& tokenHash, qint64 now);
    void revokeAllOf(qint64 userId, qint64 now, const QString& exceptTokenHash = {});
    // The user's active sessions, newest first; `currentHash` marks the caller's own.
    // `hashes`, when given, gets each listed session's token hash by id.
    api::SessionList listActive(qint64 userId, qint64 now, const QString& currentHash,
                                QHash<qint64, QString>* hashes = nullptr);
    struct ActiveSession
    {
        qint64 userId = 0;
        QString tokenHash;
    };
    // An active session by id (any user's).
    std::optional<ActiveSession> findActiveById(qint64 id, qint64 now);
    // Revokes every active session of the user; returns their token hashes.
    QStringList revokeAllReturning(qint64 userId, qint64 now);
    // Last use of sessions (batched by TokenUsage).
    void touch(const QString& tokenHash, qint64 at, const QString& peer);
    // Deletes sessions that ended more than `retentionMs` ago.
    int purge(qint64 now, qint64 retentionMs);

private:
    SqlSession& m_session;
};

// Key/value configuration (JSON values), e.g. lifecycles and the priority matrix.
class ConfigRepository
{
public:
    explicit ConfigRepository(SqlSession& session)
        : m_session(session)
    { }

    std::optional<QString> get(const QString& key);
    void set(const QString& key, const QString& json, qint64 userId, qint64 now);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
