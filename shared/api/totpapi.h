#pragma once

#include "core/result.h"
#include "domain/enums.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Two-factor sign-in (TOTP) and account unlock: params and results (docs/protocol.md,
// "auth.totp.*", "auth.recovery.regenerate", "user.unlock", config key "security").
namespace frontline::api {

inline constexpr int RecoveryCodeCount = 10;

// auth.totp.confirm, auth.recovery.regenerate: a code from the authenticator app.
struct TotpCodeParams
{
    QString code;

    QJsonObject toJson() const;
    static Result<TotpCodeParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// auth.totp.disable: the own password and a current code (or a recovery code).
struct TotpDisableParams
{
    QString password;
    QString code;

    QJsonObject toJson() const;
    static Result<TotpDisableParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Result of auth.totp.begin: the new secret (base32, for typing it in) and the otpauth:// URI
// (for the QR code). Pending until auth.totp.confirm.
struct TotpEnrolment
{
    QString secret;
    QString uri;

    QJsonObject toJson() const;
    static TotpEnrolment fromJson(const QJsonValue& value);
    bool operator==(const TotpEnrolment&) const = default;
};

// Result of auth.totp.confirm and auth.recovery.regenerate: shown once, never again.
struct RecoveryCodes
{
    QStringList codes;

    QJsonObject toJson() const;
    static RecoveryCodes fromJson(const QJsonValue& value);
    bool operator==(const RecoveryCodes&) const = default;
};

// Result of auth.totp.status, auth.totp.disable and auth.totp.reset.
struct TotpStatus
{
    bool enabled = false;
    bool pending = false; // begun, not confirmed
    bool required = false; // the user's role must use a second factor
    int recoveryCodesLeft = 0;

    QJsonObject toJson() const;
    static TotpStatus fromJson(const QJsonValue& value);
    bool operator==(const TotpStatus&) const = default;
};

// Result of user.unlock.
struct UnlockResult
{
    bool unlocked = true;

    QJsonObject toJson() const;
    static UnlockResult fromJson(const QJsonValue& value);
    bool operator==(const UnlockResult&) const = default;
};

// config.set / config.get key "security": {"require_totp": ["admin", "agent", ...]}.
struct SecuritySettings
{
    QList<Role> requireTotp; // in role order, no duplicates
    // Webhooks may POST over plain http to hosts other than loopback (default: https only).
    bool webhookPlainHttp = false;

    bool requiresTotp(Role role) const { return requireTotp.contains(role); }
    QJsonObject toJson() const;
    // Strict (config.set): the field inside the value and why, e.g. {"require_totp[1]", ...}.
    static Result<SecuritySettings, std::pair<QString, QString>> parse(const QJsonValue& value);
    // Lenient (the client): unknown roles are left out.
    static SecuritySettings fromJson(const QJsonValue& value);
    bool operator==(const SecuritySettings&) const = default;
};

} // namespace frontline::api
