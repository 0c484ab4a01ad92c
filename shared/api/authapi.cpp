#include "authapi.h"

#include "api/paramreader.h"
#include "core/timeutil.h"

using namespace Qt::StringLiterals;

namespace frontline::api {

QJsonObject LoginParams::toJson() const
{
    QJsonObject object {{"username"_L1, username}, {"password"_L1, password}};
    if (!otp.isEmpty())
        object.insert("otp"_L1, otp);
    if (!client.isEmpty())
        object.insert("client"_L1, client);
    return object;
}

Result<LoginParams, rpc::RpcError> LoginParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    LoginParams p;
    p.username = reader.requiredString("username"_L1, {.minLength = 1, .maxLength = 64});
    // The password is checked as given: no trimming, any characters.
    const QJsonValue password =
        reader.rawValue("password"_L1, [] { return schema::string(1, MaxPasswordLength); });
    if (!password.isString() || password.toString().isEmpty())
        reader.fail("password"_L1,
                    password.isUndefined() ? u"is required"_s : u"must be a string"_s);
    else if (password.toString().size() > MaxPasswordLength)
        reader.fail("password"_L1, u"must be at most %1 characters"_s.arg(MaxPasswordLength));
    p.password = password.toString();
    p.otp = reader.optionalString("otp"_L1, {.minLength = 1, .maxLength = 64}).value_or(QString());
    p.client = reader.optionalString("client"_L1, {.maxLength = 100}).value_or(QString());
    if (auto error = reader.finish())
        return *error;
    p.username = p.username.toLower();
    return p;
}

QJsonObject ResumeParams::toJson() const
{
    return {{"token"_L1, token}};
}

Result<ResumeParams, rpc::RpcError> ResumeParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ResumeParams p;
    p.token = reader.requiredString("token"_L1, {.minLength = 1, .maxLength = 128});
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject SessionInfo::toJson() const
{
    QJsonObject object {{"expires_at"_L1, timeutil::toIso(expiresAt)}, {"user"_L1, user.toJson()}};
    if (!token.isEmpty())
        object.insert("token"_L1, token);
    if (enrolmentRequired)
        object.insert("enrolment_required"_L1, true);
    return object;
}

SessionInfo SessionInfo::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    SessionInfo info;
    info.token = object.value("token"_L1).toString();
    info.expiresAt = timeutil::fromIso(object.value("expires_at"_L1).toString()).value_or(0);
    info.enrolmentRequired = object.value("enrolment_required"_L1).toBool(false);
    info.user = User::fromJson(object.value("user"_L1).toObject());
    return info;
}

QJsonObject LogoutResult::toJson() const
{
    return {{"logged_out"_L1, loggedOut}};
}

LogoutResult LogoutResult::fromJson(const QJsonValue& value)
{
    return {value.toObject().value("logged_out"_L1).toBool(false)};
}

} // namespace frontline::api
