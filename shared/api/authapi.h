#pragma once

#include "core/result.h"
#include "domain/user.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>

namespace frontline::api {

inline constexpr int MinPasswordLength = 12;
inline constexpr int MaxPasswordLength = 1024;

struct LoginParams
{
    QString username;
    QString password;
    QString otp = {}; // the TOTP code or a recovery code, when the account uses a second factor
    QString client = {}; // optional: the program and its version, shown in session.list

    QJsonObject toJson() const;
    static Result<LoginParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct ResumeParams
{
    QString token;

    QJsonObject toJson() const;
    static Result<ResumeParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Result of auth.login and auth.resume.
struct SessionInfo
{
    QString token; // only from auth.login; auth.resume does not echo it
    qint64 expiresAt = 0;
    // The user's role must use a second factor and they have not enrolled: the session may only
    // enrol (auth.totp.*) or log out. On the wire only when true.
    bool enrolmentRequired = false;
    User user;

    QJsonObject toJson() const;
    // Lenient: what is missing is left empty.
    static SessionInfo fromJson(const QJsonValue& value);
};

// Result of auth.logout.
struct LogoutResult
{
    bool loggedOut = true;

    QJsonObject toJson() const;
    static LogoutResult fromJson(const QJsonValue& value);
    bool operator==(const LogoutResult&) const = default;
};

} // namespace frontline::api
