#pragma once

#include "auth/principal.h"
#include "services/outcome.h"
#include "storage/userrepository.h"

#include <QSet>
#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;

// Sessions: opened after a verified login, resumed with a stored token, ended by logout.
class AuthService
{
public:
    AuthService(SqlSession& session, qint64 now);

    std::optional<StoredCredentials> credentials(const QString& username);
    // Opens a session for a verified user; `rehash`, when set, replaces the password hash
    // (stronger parameters than when it was made).
    ServiceResult openSession(qint64 userId, const QString& peer, qint64 ttlMs,
                              const QByteArray& rehash, const QString& client = {});
    ServiceResult resume(const QString& token);
    ServiceResult logout(const QString& tokenHash);

    std::optional<Principal> loadPrincipal(qint64 userId);
    // Active sessions' and API tokens' hashes of the user.
    QSet<QString> activeTokenHashes(qint64 userId);

private:
    ServiceResult resumeApiToken(const QString& token);

    SqlSession& m_session;
    qint64 m_now;
};

} // namespace frontline::server
