#pragma once

#include "api/totpapi.h"
#include "auth/principal.h"
#include "rpc/rpcerror.h"
#include "services/outcome.h"

#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;
namespace mail {
class SecretSealer;
}

// Two-factor sign-in: enrolment (a pending secret, confirmed by a first code, then ten
// one-time recovery codes), the check of a code at login, and turning it off. Secrets are
// sealed with the server's key; recovery codes are kept as SHA-256 hashes; every accepted TOTP
// code moves the user's last step on, so no code is accepted twice.
class TotpService
{
public:
    TotpService(SqlSession& session, const mail::SecretSealer* sealer, qint64 now);

    // At login, after the password: nothing when the user has no second factor or `otp` is a
    // right TOTP code or an unspent recovery code (spent now); else secondFactor("required" or
    // "invalid").
    std::optional<rpc::RpcError> checkLogin(qint64 userId, const QString& otp);

    ServiceResult status(const Principal& caller, const api::SecuritySettings& security);
    ServiceResult begin(const Principal& caller);
    // Enables the second factor; the caller's session is no longer limited to enrolment.
    ServiceResult confirm(const Principal& caller, const QString& code);
    // After the password was verified: needs a current code or a recovery code.
    ServiceResult disable(const Principal& caller, const QString& code,
                          const api::SecuritySettings& security);
    // An admin turns a user's second factor off (a lost phone); the user enrols again.
    // An admin turns a user's two-factor sign-in off (a lost phone): audited as theirs.
    ServiceResult reset(const Principal& admin, qint64 userId,
                        const api::SecuritySettings& security);
    ServiceResult regenerate(const Principal& caller, const QString& code);

    static QString hashRecoveryCode(const QString& code);

private:
    enum class CodeCheck { Accepted, Wrong, NotEnabled };
    CodeCheck checkCode(qint64 userId, const QString& code, bool allowRecovery);
    std::optional<QByteArray> openSecret(const QByteArray& sealed) const;
    api::RecoveryCodes newRecoveryCodes(qint64 userId);
    api::TotpStatus statusOf(qint64 userId, Role role, const api::SecuritySettings& security);

    SqlSession& m_session;
    const mail::SecretSealer* m_sealer;
    qint64 m_now;
};

} // namespace frontline::server
