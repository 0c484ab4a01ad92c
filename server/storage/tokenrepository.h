#pragma once

#include "api/tokenapi.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server {

class SqlSession;

struct StoredApiToken
{
    qint64 id = 0;
    qint64 userId = 0;
    QString name;
    QString tokenHash;
    QStringList scopes;
    std::optional<qint64> expiresAt;
};

// API tokens, found by the hash of their secret (the secret itself is never stored).
class ApiTokenRepository
{
public:
    explicit ApiTokenRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 insert(qint64 userId, const QString& name, const QString& tokenHash,
                  const QStringList& scopes, qint64 now, std::optional<qint64> expiresAt);
    // A token neither expired, revoked nor of a disabled user.
    std::optional<StoredApiToken> findActive(const QString& tokenHash, qint64 now);
    // Not revoked (expired ones too), by id.
    std::optional<StoredApiToken> find(qint64 id);
    // Revoked tokens are left out; `userId` 0: everybody's. Newest first.
    // `hashes`, when given, gets each listed token's hash by id.
    api::TokenList list(qint64 userId, QHash<qint64, QString>* hashes = nullptr);
    void revoke(qint64 id, qint64 now);
    QStringList activeHashesOf(qint64 userId, qint64 now);
    void touch(const QString& tokenHash, qint64 at, const QString& peer);

private:
    SqlSession& m_session;
};

struct StoredResetCode
{
    qint64 id = 0;
    QString salt;
    QString codeHash;
};

// Password reset codes: salted and hashed, valid until expires_at, used once.
class PasswordResetRepository
{
public:
    explicit PasswordResetRepository(SqlSession& session)
        : m_session(session)
    { }

    // Earlier unused codes of the user end: only the newest one counts.
    void insert(qint64 userId, const QString& salt, const QString& codeHash, const QString& peer,
                qint64 now, qint64 expiresAt);
    std::optional<StoredResetCode> newestValid(qint64 userId, qint64 now);
    void markUsed(qint64 id, qint64 now);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
