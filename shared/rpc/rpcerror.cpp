#include "rpcerror.h"

using namespace Qt::StringLiterals;

namespace frontline::rpc {

RpcError::RpcError(ErrorCode c, QString msg, QJsonValue d)
    : code(toInt(c))
    , message(std::move(msg))
    , data(std::move(d))
{ }

QString RpcError::field() const
{
    return data.toObject().value("field"_L1).toString();
}

QString RpcError::reason() const
{
    return data.toObject().value("reason"_L1).toString();
}

QJsonObject RpcError::toJson() const
{
    QJsonObject object {{"code"_L1, code}, {"message"_L1, message}};
    if (!data.isUndefined() && !data.isNull())
        object.insert("data"_L1, data);
    return object;
}

RpcError RpcError::fromJson(const QJsonObject& object)
{
    RpcError error;
    error.code = object.value("code"_L1).toInt(toInt(ErrorCode::InternalError));
    error.message = object.value("message"_L1).toString();
    error.data = object.value("data"_L1);
    return error;
}

static QJsonObject reasonData(const QString& reason)
{
    return QJsonObject {{"reason"_L1, reason}};
}

RpcError RpcError::parseError(const QString& detail)
{
    return {ErrorCode::ParseError, u"Parse error"_s,
            detail.isEmpty() ? QJsonValue() : QJsonValue(reasonData(detail))};
}

RpcError RpcError::invalidRequest(const QString& detail)
{
    return {ErrorCode::InvalidRequest, u"Invalid Request"_s,
            detail.isEmpty() ? QJsonValue() : QJsonValue(reasonData(detail))};
}

RpcError RpcError::methodNotFound(const QString& method)
{
    return {ErrorCode::MethodNotFound, u"Method not found"_s, QJsonObject {{"method"_L1, method}}};
}

RpcError RpcError::invalidParams(const QString& field, const QString& reason)
{
    return {ErrorCode::InvalidParams, u"Invalid params: "_s + field + u": "_s + reason,
            QJsonObject {{"field"_L1, field}, {"reason"_L1, reason}}};
}

RpcError RpcError::internal(const QString& detail)
{
    return {ErrorCode::InternalError, u"Internal error"_s,
            detail.isEmpty() ? QJsonValue() : QJsonValue(reasonData(detail))};
}

RpcError RpcError::unauthenticated(const QString& reason)
{
    return {ErrorCode::Unauthenticated, u"Not authenticated"_s, reasonData(reason)};
}

RpcError RpcError::forbidden(const QString& reason, const QString& field)
{
    QJsonObject data = reasonData(reason);
    if (!field.isEmpty())
        data.insert("field"_L1, field);
    return {ErrorCode::Forbidden, u"Forbidden"_s, data};
}

RpcError RpcError::notFound(const QString& what)
{
    return {ErrorCode::NotFound, u"Not found"_s, QJsonObject {{"what"_L1, what}}};
}

RpcError RpcError::conflict(const QString& reason, QJsonObject extra)
{
    extra.insert("reason"_L1, reason);
    return {ErrorCode::Conflict, u"Conflict"_s, extra};
}

RpcError RpcError::invalidTransition(const QString& from, const QString& to, const QString& reason)
{
    return {ErrorCode::InvalidTransition, u"Invalid transition"_s,
            QJsonObject {{"from"_L1, from}, {"to"_L1, to}, {"reason"_L1, reason}}};
}

RpcError RpcError::rateLimited(qint64 retryAfterMs)
{
    return {ErrorCode::RateLimited, u"Rate limited"_s,
            QJsonObject {{"retry_after_ms"_L1, retryAfterMs}}};
}

RpcError RpcError::tooLarge(const QString& what, qint64 limit)
{
    return {ErrorCode::TooLarge, u"Too large"_s,
            QJsonObject {{"what"_L1, what}, {"limit"_L1, limit}}};
}

RpcError RpcError::unavailable(const QString& reason)
{
    return {ErrorCode::Unavailable, u"Service unavailable"_s, reasonData(reason)};
}

RpcError RpcError::invalidCredentials()
{
    return {ErrorCode::InvalidCredentials, u"Invalid username or password"_s};
}

RpcError RpcError::secondFactor(const QString& reason)
{
    return {ErrorCode::SecondFactor,
            reason == u"required"_s ? u"A second factor is required"_s
                                    : u"Invalid second factor code"_s,
            QJsonObject {{"field"_L1, u"otp"_s}, {"reason"_L1, reason}}};
}

bool operator==(const RpcError& a, const RpcError& b)
{
    return a.code == b.code && a.message == b.message && a.data == b.data;
}

} // namespace frontline::rpc
