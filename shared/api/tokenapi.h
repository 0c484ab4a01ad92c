#pragma once

#include "core/result.h"
#include "domain/user.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::api {

// API tokens (token.*): a secret "flt_<random>" shown once, used with auth.resume, whose
// scopes limit every call made with it. A scope is a role name (the token acts with at most
// that role, never more than its owner's) or a method prefix ("ticket." or a whole method
// name such as "ticket.get").
inline constexpr auto ApiTokenPrefix = "flt_";
inline constexpr int MaxTokenScopes = 20;

// A scope is valid when it is a role name or a method prefix (lower-case words joined by dots,
// ending with a dot for a prefix); nullopt when it is, else why not.
std::optional<QString> tokenScopeProblem(const QString& scope);

struct TokenCreateParams
{
    QString name;
    QStringList scopes;
    std::optional<qint64> expiresAt; // ms since the epoch; absent: never expires

    QJsonObject toJson() const;
    static Result<TokenCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// One token as token.list shows it (never its secret).
struct ApiToken
{
    qint64 id = 0;
    QString name;
    QStringList scopes;
    UserRef owner;
    qint64 createdAt = 0;
    std::optional<qint64> expiresAt;
    std::optional<qint64> lastUsedAt;
    QString lastPeer;

    QJsonObject toJson() const;
    static ApiToken fromJson(const QJsonValue& value);
    bool operator==(const ApiToken&) const = default;
};

// Result of token.create: the token and its secret, shown this once.
struct TokenCreated
{
    ApiToken token;
    QString secret;

    QJsonObject toJson() const;
    static TokenCreated fromJson(const QJsonValue& value);
    bool operator==(const TokenCreated&) const = default;
};

// Result of token.list: the caller's own tokens (an admin's: everybody's), revoked ones left
// out, newest first.
struct TokenList
{
    QList<ApiToken> items;

    QJsonObject toJson() const;
    static TokenList fromJson(const QJsonValue& value);
    bool operator==(const TokenList&) const = default;
};

// Result of token.revoke and session.revoke.
struct RevokeResult
{
    qint64 id = 0;
    bool revoked = true;

    QJsonObject toJson() const;
    static RevokeResult fromJson(const QJsonValue& value);
    bool operator==(const RevokeResult&) const = default;
};

// One signed-in device (session.list).
struct SessionEntry
{
    qint64 id = 0;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    std::optional<qint64> lastSeenAt;
    QString peer;
    QString client; // what the login said it was ("Frontline 1.4 (Linux)"), may be empty
    bool current = false; // the session of the connection that asked

    QJsonObject toJson() const;
    static SessionEntry fromJson(const QJsonValue& value);
    bool operator==(const SessionEntry&) const = default;
};

// Result of session.list: the caller's active sessions, newest first.
struct SessionList
{
    QList<SessionEntry> items;

    QJsonObject toJson() const;
    static SessionList fromJson(const QJsonValue& value);
    bool operator==(const SessionList&) const = default;
};

// session.revoke_all: {"user_id": N} (admins).
struct SessionRevokeAllParams
{
    qint64 userId = 0;

    QJsonObject toJson() const;
    static Result<SessionRevokeAllParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Result of session.revoke_all: how many sessions ended.
struct RevokeAllResult
{
    int revoked = 0;

    QJsonObject toJson() const;
    static RevokeAllResult fromJson(const QJsonValue& value);
    bool operator==(const RevokeAllResult&) const = default;
};

// auth.reset.request: a user name or an e-mail address.
struct ResetRequestParams
{
    QString login;

    QJsonObject toJson() const;
    static Result<ResetRequestParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Result of auth.reset.request: always the same, whoever exists.
struct ResetRequested
{
    bool requested = true;

    QJsonObject toJson() const;
    static ResetRequested fromJson(const QJsonValue& value);
    bool operator==(const ResetRequested&) const = default;
};

inline constexpr int ResetCodeDigits = 8;
inline constexpr qint64 ResetCodeLifetimeMs = 15 * 60 * 1000;

// auth.reset.confirm: the same login, the code from the mail and the new password.
struct ResetConfirmParams
{
    QString login;
    QString code;
    QString password;

    QJsonObject toJson() const;
    static Result<ResetConfirmParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Result of auth.reset.confirm.
struct ResetDone
{
    bool reset = true;

    QJsonObject toJson() const;
    static ResetDone fromJson(const QJsonValue& value);
    bool operator==(const ResetDone&) const = default;
};

} // namespace frontline::api
