#include "totpapi.h"

#include "api/paramreader.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

constexpr TextRule CodeRule {.minLength = 1, .maxLength = 64};

} // namespace

QJsonObject TotpCodeParams::toJson() const
{
    return {{"code"_L1, code}};
}

Result<TotpCodeParams, rpc::RpcError> TotpCodeParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TotpCodeParams p;
    p.code = reader.requiredString("code"_L1, CodeRule);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject TotpDisableParams::toJson() const
{
    return {{"password"_L1, password}, {"code"_L1, code}};
}

Result<TotpDisableParams, rpc::RpcError> TotpDisableParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TotpDisableParams p;
    const QJsonValue password =
        reader.rawValue("password"_L1, [] { return schema::string(1, 1024 * 1024); });
    if (!password.isString() || password.toString().isEmpty())
        reader.fail("password"_L1,
                    password.isUndefined() ? u"is required"_s : u"must be a string"_s);
    p.password = password.toString().left(1024);
    p.code = reader.requiredString("code"_L1, CodeRule);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject TotpEnrolment::toJson() const
{
    return {{"secret"_L1, secret}, {"uri"_L1, uri}};
}

TotpEnrolment TotpEnrolment::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("secret"_L1).toString(), o.value("uri"_L1).toString()};
}

QJsonObject RecoveryCodes::toJson() const
{
    return {{"codes"_L1, QJsonArray::fromStringList(codes)}};
}

RecoveryCodes RecoveryCodes::fromJson(const QJsonValue& value)
{
    RecoveryCodes result;
    for (const QJsonValue& code : value.toObject().value("codes"_L1).toArray())
        result.codes.append(code.toString());
    return result;
}

QJsonObject TotpStatus::toJson() const
{
    return {{"enabled"_L1, enabled},
            {"pending"_L1, pending},
            {"required"_L1, required},
            {"recovery_codes_left"_L1, recoveryCodesLeft}};
}

TotpStatus TotpStatus::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    TotpStatus status;
    status.enabled = o.value("enabled"_L1).toBool();
    status.pending = o.value("pending"_L1).toBool();
    status.required = o.value("required"_L1).toBool();
    status.recoveryCodesLeft = o.value("recovery_codes_left"_L1).toInt();
    return status;
}

QJsonObject UnlockResult::toJson() const
{
    return {{"unlocked"_L1, unlocked}};
}

UnlockResult UnlockResult::fromJson(const QJsonValue& value)
{
    return {value.toObject().value("unlocked"_L1).toBool(false)};
}

QJsonObject SecuritySettings::toJson() const
{
    QJsonArray roles;
    for (Role role : requireTotp)
        roles.append(toString(role));
    QJsonObject json {{"require_totp"_L1, roles}};
    if (webhookPlainHttp) // (only when set: the key's JSON stays as it was by default)
        json.insert("webhook_plain_http"_L1, true);
    return json;
}

Result<SecuritySettings, std::pair<QString, QString>>
SecuritySettings::parse(const QJsonValue& value)
{
    using Problem = std::pair<QString, QString>;
    if (!value.isObject())
        return Problem {QString(), u"must be an object"_s};
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != "require_totp"_L1 && it.key() != "webhook_plain_http"_L1)
            return Problem {it.key(), u"is not a known setting"_s};
    }
    SecuritySettings settings;
    const QJsonValue plainHttp = object.value("webhook_plain_http"_L1);
    if (!plainHttp.isUndefined() && !plainHttp.isBool())
        return Problem {u"webhook_plain_http"_s, u"must be true or false"_s};
    settings.webhookPlainHttp = plainHttp.toBool();
    const QJsonValue roles = object.value("require_totp"_L1);
    if (roles.isUndefined())
        return settings;
    if (!roles.isArray())
        return Problem {u"require_totp"_s, u"must be a list of roles"_s};
    const QJsonArray list = roles.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto role = roleFromString(list.at(i).toString());
        if (!list.at(i).isString() || !role)
            return Problem {u"require_totp[%1]"_s.arg(i),
                            u"must be one of "_s + roleNames().join(u", "_s)};
        if (!settings.requireTotp.contains(*role))
            settings.requireTotp.append(*role);
    }
    std::sort(settings.requireTotp.begin(), settings.requireTotp.end());
    return settings;
}

SecuritySettings SecuritySettings::fromJson(const QJsonValue& value)
{
    SecuritySettings settings;
    settings.webhookPlainHttp = value.toObject().value("webhook_plain_http"_L1).toBool();
    for (const QJsonValue& name : value.toObject().value("require_totp"_L1).toArray()) {
        const auto role = roleFromString(name.toString());
        if (role && !settings.requireTotp.contains(*role))
            settings.requireTotp.append(*role);
    }
    return settings;
}

} // namespace frontline::api
