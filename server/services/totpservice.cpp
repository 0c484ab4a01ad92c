#include "totpservice.h"

#include "auth/totp.h"
#include "mail/secretsealer.h"
#include "services/auditlog.h"
#include "storage/totprepository.h"
#include "storage/userrepository.h"

#include <QCryptographicHash>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QString normalizedRecoveryCode(const QString& code)
{
    QString text = code.toLower();
    text.remove(u'-');
    text.remove(u' ');
    return text;
}

bool looksLikeTotp(const QString& code)
{
    QString text = code;
    text.remove(u' ');
    if (text.size() != Totp::Digits)
        return false;
    for (QChar c : std::as_const(text)) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString randomRecoveryCode()
{
    // 10 characters of an alphabet without look-alikes (50 bits), shown as xxxxx-xxxxx.
    static constexpr char Alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    static constexpr uint32_t Size = sizeof Alphabet - 1;
    QString code;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            code += u'-';
        code += QChar::fromLatin1(Alphabet[randombytes_uniform(Size)]);
    }
    return code;
}

} // namespace

TotpService::TotpService(SqlSession& session, const mail::SecretSealer* sealer, qint64 now)
    : m_session(session)
    , m_sealer(sealer)
    , m_now(now)
{ }

QString TotpService::hashRecoveryCode(const QString& code)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(normalizedRecoveryCode(code).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

std::optional<QByteArray> TotpService::openSecret(const QByteArray& sealed) const
{
    if (!m_sealer)
        return std::nullopt;
    const auto opened = m_sealer->open(sealed);
    if (!opened)
        return std::nullopt;
    return QByteArray::fromBase64(opened->toLatin1());
}

TotpService::CodeCheck TotpService::checkCode(qint64 userId, const QString& code,
                                              bool allowRecovery)
{
    TotpRepository repository(m_session);
    const auto stored = repository.find(userId);
    if (!stored || !stored->confirmed)
        return CodeCheck::NotEnabled;
    if (looksLikeTotp(code)) {
        const auto secret = openSecret(stored->sealedSecret);
        if (!secret)
            return CodeCheck::Wrong;
        const Totp::Check check = Totp::check(*secret, code, m_now, stored->lastStep);
        if (check.verdict != Totp::Check::Verdict::Accepted)
            return CodeCheck::Wrong;
        return repository.advanceStep(userId, check.step) ? CodeCheck::Accepted : CodeCheck::Wrong;
    }
    if (allowRecovery && repository.useRecoveryCode(userId, hashRecoveryCode(code), m_now))
        return CodeCheck::Accepted;
    return CodeCheck::Wrong;
}

std::optional<rpc::RpcError> TotpService::checkLogin(qint64 userId, const QString& otp)
{
    if (!TotpRepository(m_session).isEnabled(userId))
        return std::nullopt;
    if (otp.isEmpty())
        return rpc::RpcError::secondFactor(u"required"_s);
    if (checkCode(userId, otp, true) != CodeCheck::Accepted)
        return rpc::RpcError::secondFactor(u"invalid"_s);
    return std::nullopt;
}

api::TotpStatus TotpService::statusOf(qint64 userId, Role role,
                                      const api::SecuritySettings& security)
{
    TotpRepository repository(m_session);
    const auto stored = repository.find(userId);
    api::TotpStatus status;
    status.enabled = stored && stored->confirmed;
    status.pending = stored && !stored->confirmed;
    status.required = security.requiresTotp(role);
    status.recoveryCodesLeft = status.enabled ? repository.recoveryCodesLeft(userId) : 0;
    return status;
}

ServiceResult TotpService::status(const Principal& caller, const api::SecuritySettings& security)
{
    return Outcome(statusOf(caller.userId, caller.role, security));
}

ServiceResult TotpService::begin(const Principal& caller)
{
    if (!m_sealer)
        return rpc::RpcError::unavailable(u"no_server_key"_s);
    TotpRepository repository(m_session);
    if (repository.isEnabled(caller.userId))
        return rpc::RpcError::conflict(u"totp_already_enabled"_s);
    const QByteArray secret = Totp::generateSecret();
    repository.begin(caller.userId, m_sealer->seal(QString::fromLatin1(secret.toBase64())), m_now);
    return Outcome(api::TotpEnrolment {Totp::base32(secret), Totp::uri(caller.username, secret)});
}

api::RecoveryCodes TotpService::newRecoveryCodes(qint64 userId)
{
    api::RecoveryCodes codes;
    QStringList hashes;
    for (int i = 0; i < api::RecoveryCodeCount; ++i) {
        codes.codes.append(randomRecoveryCode());
        hashes.append(hashRecoveryCode(codes.codes.constLast()));
    }
    TotpRepository(m_session).replaceRecoveryCodes(userId, hashes);
    return codes;
}

ServiceResult TotpService::confirm(const Principal& caller, const QString& code)
{
    TotpRepository repository(m_session);
    const auto stored = repository.find(caller.userId);
    if (!stored || stored->confirmed)
        return rpc::RpcError::conflict(stored ? u"totp_already_enabled"_s : u"totp_not_begun"_s);
    const auto secret = openSecret(stored->sealedSecret);
    const Totp::Check check =
        secret ? Totp::check(*secret, code, m_now, stored->lastStep) : Totp::Check {};
    if (check.verdict != Totp::Check::Verdict::Accepted)
        return rpc::RpcError::invalidParams(u"code"_s, u"is not the current code"_s);
    repository.confirm(caller.userId, check.step, m_now);
    AuditLog(m_session, caller, m_now)
        .record({u"auth.totp.enable"_s, u"user"_s, caller.userId, caller.username, {}});
    Outcome outcome(newRecoveryCodes(caller.userId));
    if (caller.enrolmentOnly) {
        Principal full = caller;
        full.enrolmentOnly = false;
        outcome.authenticated = full;
    }
    return outcome;
}

ServiceResult TotpService::disable(const Principal& caller, const QString& code,
                                   const api::SecuritySettings& security)
{
    switch (checkCode(caller.userId, code, true)) {
    case CodeCheck::NotEnabled:
        return rpc::RpcError::conflict(u"totp_not_enabled"_s);
    case CodeCheck::Wrong:
        return rpc::RpcError::invalidParams(u"code"_s, u"is not correct"_s);
    case CodeCheck::Accepted:
        break;
    }
    TotpRepository(m_session).remove(caller.userId);
    AuditLog(m_session, caller, m_now)
        .record({u"auth.totp.disable"_s, u"user"_s, caller.userId, caller.username, {}});
    Outcome outcome(statusOf(caller.userId, caller.role, security));
    if (security.requiresTotp(caller.role))
        outcome.usersChanged.append(caller.userId); // open sessions become enrolment-only
    return outcome;
}

ServiceResult TotpService::reset(const Principal& admin, qint64 userId,
                                 const api::SecuritySettings& security)
{
    const auto user = UserRepository(m_session).find(userId);
    if (!user)
        return rpc::RpcError::notFound(u"user"_s);
    TotpRepository(m_session).remove(userId);
    AuditLog(m_session, admin, m_now)
        .record({u"auth.totp.reset"_s, u"user"_s, userId, user->username, {}});
    Outcome outcome(statusOf(userId, user->role, security));
    outcome.usersChanged.append(userId);
    return outcome;
}

ServiceResult TotpService::regenerate(const Principal& caller, const QString& code)
{
    switch (checkCode(caller.userId, code, false)) {
    case CodeCheck::NotEnabled:
        return rpc::RpcError::conflict(u"totp_not_enabled"_s);
    case CodeCheck::Wrong:
        return rpc::RpcError::invalidParams(u"code"_s, u"is not the current code"_s);
    case CodeCheck::Accepted:
        break;
    }
    AuditLog(m_session, caller, m_now)
        .record({u"auth.recovery.regenerate"_s, u"user"_s, caller.userId, caller.username, {}});
    return Outcome(newRecoveryCodes(caller.userId));
}

} // namespace frontline::server
