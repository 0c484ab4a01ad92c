#include "tokenapi.h"

#include "api/authapi.h"
#include "api/jsonhelpers.h"
#include "api/paramreader.h"
#include "core/timeutil.h"
#include "domain/enums.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

QJsonValue isoOrNull(const std::optional<qint64>& at)
{
    return at ? QJsonValue(timeutil::toIso(*at)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> optionalIso(const QJsonValue& value)
{
    return value.isString() ? timeutil::fromIso(value.toString()) : std::nullopt;
}

// Passwords are taken as typed: no trimming; only the length is checked.
QString readNewPassword(ParamReader& reader, QLatin1StringView name)
{
    const QJsonValue value =
        reader.rawValue(name, [] { return schema::string(MinPasswordLength, MaxPasswordLength); });
    if (!value.isString()) {
        reader.fail(name, value.isUndefined() ? u"is required"_s : u"must be a string"_s);
        return {};
    }
    const QString password = value.toString();
    if (password.size() < MinPasswordLength)
        reader.fail(name, u"must be at least %1 characters"_s.arg(MinPasswordLength));
    else if (password.size() > MaxPasswordLength)
        reader.fail(name, u"must be at most %1 characters"_s.arg(MaxPasswordLength));
    return password;
}

} // namespace

std::optional<QString> tokenScopeProblem(const QString& scope)
{
    if (roleFromString(scope))
        return std::nullopt;
    static const QRegularExpression prefix(u"^[a-z][a-z_]*(\\.[a-z][a-z_]*)*\\.?$"_s);
    if (scope.size() <= 64 && prefix.match(scope).hasMatch())
        return std::nullopt;
    return u"must be a role (%1) or a method prefix such as \"ticket.\""_s.arg(
        roleNames().join(u", "_s));
}

QJsonObject TokenCreateParams::toJson() const
{
    QJsonObject object {{"name"_L1, name}, {"scopes"_L1, QJsonArray::fromStringList(scopes)}};
    if (expiresAt)
        object.insert("expires_at"_L1, timeutil::toIso(*expiresAt));
    return object;
}

Result<TokenCreateParams, rpc::RpcError> TokenCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TokenCreateParams p;
    p.name = reader.requiredString("name"_L1, {.minLength = 1, .maxLength = 100});
    const QJsonValue scopes = reader.rawValue("scopes"_L1, [] {
        QJsonObject scope = schema::string(1, 64);
        scope.insert("pattern"_L1, u"^[a-z][a-z_]*(\\.[a-z][a-z_]*)*\\.?$"_s);
        return schema::arrayOf(
            schema::withDescription(scope, u"a role or a method prefix such as \"ticket.\""_s), 1,
            MaxTokenScopes);
    });
    if (!scopes.isArray() || scopes.toArray().isEmpty()) {
        reader.fail("scopes"_L1,
                    scopes.isUndefined() ? u"is required"_s
                                         : u"must be a non-empty list of scopes"_s);
    } else if (scopes.toArray().size() > MaxTokenScopes) {
        reader.fail("scopes"_L1, u"must have at most %1 scopes"_s.arg(MaxTokenScopes));
    } else {
        const QJsonArray list = scopes.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = reader.path("scopes"_L1) + u"[%1]"_s.arg(i);
            if (!list.at(i).isString()) {
                reader.failPath(path, u"must be a string"_s);
                break;
            }
            if (auto problem = tokenScopeProblem(list.at(i).toString())) {
                reader.failPath(path, *problem);
                break;
            }
            if (!p.scopes.contains(list.at(i).toString()))
                p.scopes.append(list.at(i).toString());
        }
    }
    if (const auto expires = reader.optionalString("expires_at"_L1, {.maxLength = 40})) {
        p.expiresAt = timeutil::fromIso(*expires);
        if (!p.expiresAt)
            reader.fail("expires_at"_L1, u"must be an ISO 8601 time"_s);
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ApiToken::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"scopes"_L1, QJsonArray::fromStringList(scopes)},
            {"owner"_L1, owner.toJson()},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"expires_at"_L1, isoOrNull(expiresAt)},
            {"last_used_at"_L1, isoOrNull(lastUsedAt)},
            {"last_peer"_L1, lastPeer}};
}

ApiToken ApiToken::fromJson(const QJsonValue& value)
{
    ApiToken t;
    t.id = value["id"_L1].toInteger();
    t.name = value["name"_L1].toString();
    t.scopes = stringsOf(value["scopes"_L1]);
    t.owner = UserRef::fromJson(value["owner"_L1].toObject());
    t.createdAt = timeutil::fromIso(value["created_at"_L1].toString()).value_or(0);
    t.expiresAt = optionalIso(value["expires_at"_L1]);
    t.lastUsedAt = optionalIso(value["last_used_at"_L1]);
    t.lastPeer = value["last_peer"_L1].toString();
    return t;
}

QJsonObject TokenCreated::toJson() const
{
    QJsonObject object = token.toJson();
    object.insert("secret"_L1, secret);
    return object;
}

TokenCreated TokenCreated::fromJson(const QJsonValue& value)
{
    return {ApiToken::fromJson(value), value["secret"_L1].toString()};
}

QJsonObject TokenList::toJson() const
{
    QJsonArray array;
    for (const ApiToken& token : items)
        array.append(token.toJson());
    return {{"items"_L1, array}};
}

TokenList TokenList::fromJson(const QJsonValue& value)
{
    TokenList list;
    for (const QJsonValue& item : value["items"_L1].toArray())
        list.items.append(ApiToken::fromJson(item));
    return list;
}

QJsonObject RevokeResult::toJson() const
{
    return {{"id"_L1, id}, {"revoked"_L1, revoked}};
}

RevokeResult RevokeResult::fromJson(const QJsonValue& value)
{
    return {value["id"_L1].toInteger(), value["revoked"_L1].toBool(false)};
}

QJsonObject SessionEntry::toJson() const
{
    return {{"id"_L1, id},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"expires_at"_L1, timeutil::toIso(expiresAt)},
            {"last_seen_at"_L1, isoOrNull(lastSeenAt)},
            {"peer"_L1, peer},
            {"client"_L1, client},
            {"current"_L1, current}};
}

SessionEntry SessionEntry::fromJson(const QJsonValue& value)
{
    SessionEntry s;
    s.id = value["id"_L1].toInteger();
    s.createdAt = timeutil::fromIso(value["created_at"_L1].toString()).value_or(0);
    s.expiresAt = timeutil::fromIso(value["expires_at"_L1].toString()).value_or(0);
    s.lastSeenAt = optionalIso(value["last_seen_at"_L1]);
    s.peer = value["peer"_L1].toString();
    s.client = value["client"_L1].toString();
    s.current = value["current"_L1].toBool(false);
    return s;
}

QJsonObject SessionList::toJson() const
{
    QJsonArray array;
    for (const SessionEntry& entry : items)
        array.append(entry.toJson());
    return {{"items"_L1, array}};
}

SessionList SessionList::fromJson(const QJsonValue& value)
{
    SessionList list;
    for (const QJsonValue& item : value["items"_L1].toArray())
        list.items.append(SessionEntry::fromJson(item));
    return list;
}

QJsonObject SessionRevokeAllParams::toJson() const
{
    return {{"user_id"_L1, userId}};
}

Result<SessionRevokeAllParams, rpc::RpcError>
SessionRevokeAllParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    SessionRevokeAllParams p;
    p.userId = reader.requiredId("user_id"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject RevokeAllResult::toJson() const
{
    return {{"revoked"_L1, revoked}};
}

RevokeAllResult RevokeAllResult::fromJson(const QJsonValue& value)
{
    return {value["revoked"_L1].toInt()};
}

QJsonObject ResetRequestParams::toJson() const
{
    return {{"login"_L1, login}};
}

Result<ResetRequestParams, rpc::RpcError> ResetRequestParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ResetRequestParams p;
    p.login = reader.requiredString("login"_L1, {.minLength = 1, .maxLength = 254}).trimmed();
    if (auto error = reader.finish())
        return *error;
    p.login = p.login.toLower();
    return p;
}

QJsonObject ResetRequested::toJson() const
{
    return {{"requested"_L1, requested}};
}

ResetRequested ResetRequested::fromJson(const QJsonValue& value)
{
    return {value["requested"_L1].toBool(false)};
}

QJsonObject ResetConfirmParams::toJson() const
{
    return {{"login"_L1, login}, {"code"_L1, code}, {"password"_L1, password}};
}

Result<ResetConfirmParams, rpc::RpcError> ResetConfirmParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ResetConfirmParams p;
    p.login = reader.requiredString("login"_L1, {.minLength = 1, .maxLength = 254}).trimmed();
    p.code = reader.requiredString("code"_L1, {.minLength = 1, .maxLength = 20}).trimmed();
    static const QRegularExpression digits(u"^[0-9]{6,8}$"_s);
    if (reader.ok() && !digits.match(p.code).hasMatch())
        reader.fail("code"_L1, u"must be the 6 to 8 digits from the mail"_s);
    p.password = readNewPassword(reader, "password"_L1);
    if (auto error = reader.finish())
        return *error;
    p.login = p.login.toLower();
    return p;
}

QJsonObject ResetDone::toJson() const
{
    return {{"reset"_L1, reset}};
}

ResetDone ResetDone::fromJson(const QJsonValue& value)
{
    return {value["reset"_L1].toBool(false)};
}

} // namespace frontline::api
