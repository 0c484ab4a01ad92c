#pragma once

#include "api/totpapi.h"
#include "auth/principal.h"
#include "services/outcome.h"
#include "storage/userrepository.h"

#include <QSet>
#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;
namespace mail {
class SecretSealer;
}

// Sessions: opened after a verified login, resumed with a stored token, ended by logout.
class AuthService
{
public:
    // `security`: the roles that must use a second factor (a session of such a user who has
    // not enrolled is limited to enrolment, Principal::enrolmentOnly).
    AuthService(SqlSession& session, qint64 now, const api::SecuritySettings& security);

    std::optional<StoredCredentials> credentials(const QString& username);
    // Opens a session for a user whose password was verified, once the second factor (`otp`,
    // when the user has one) is right too: else secondFactor("required"/"invalid") and no
    // token. `rehash`, when set, replaces the password hash (stronger parameters than when it
    // was made).
    ServiceResult openSession(qint64 userId, const QString& peer, qint64 ttlMs,
                              const QByteArray& rehash, const QString& otp,
                              const mail::SecretSealer* sealer, const QString& client = {});
    // Whether a resume is written to the audit log: a connection's sign-in is; the bearer token
    // of each stateless HTTP request is not (it runs on a reader, and every call it makes is
    // attributed to the token anyway).
    enum class Record { SignIn, Silently };
    ServiceResult resume(const QString& token, Record record = Record::SignIn);
    ServiceResult logout(const Principal& principal);

    std::optional<Principal> loadPrincipal(qint64 userId);
    // Active sessions' and API tokens' hashes of the user.
    QSet<QString> activeTokenHashes(qint64 userId);

private:
    ServiceResult resumeApiToken(const QString& token, Record record);

    SqlSession& m_session;
    qint64 m_now;
    const api::SecuritySettings& m_security;
};

} // namespace frontline::server
