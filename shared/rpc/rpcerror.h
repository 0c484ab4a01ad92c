#pragma once

#include "errorcodes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace frontline::rpc {

// A JSON-RPC error object: code, message and machine-readable data ({"field":..., "reason":...}).
struct RpcError
{
    int code = toInt(ErrorCode::InternalError);
    QString message;
    QJsonValue data;

    RpcError() = default;
    RpcError(ErrorCode c, QString msg, QJsonValue d = {});

    ErrorCode errorCode() const { return static_cast<ErrorCode>(code); }
    bool is(ErrorCode c) const { return code == toInt(c); }
    QString field() const; // data.field, when the error names one
    QString reason() const; // data.reason

    QJsonObject toJson() const;
    static RpcError fromJson(const QJsonObject& object);

    // Standard JSON-RPC errors
    static RpcError parseError(const QString& detail = {});
    static RpcError invalidRequest(const QString& detail = {});
    static RpcError methodNotFound(const QString& method);
    static RpcError invalidParams(const QString& field, const QString& reason);
    static RpcError internal(const QString& detail = {});

    // Application errors
    static RpcError unauthenticated(const QString& reason = QStringLiteral("login_required"));
    static RpcError forbidden(const QString& reason, const QString& field = {});
    static RpcError notFound(const QString& what);
    static RpcError conflict(const QString& reason, QJsonObject extra = {});
    static RpcError invalidTransition(const QString& from, const QString& to,
                                      const QString& reason);
    static RpcError rateLimited(qint64 retryAfterMs);
    static RpcError tooLarge(const QString& what, qint64 limit);
    static RpcError unavailable(const QString& reason);
    static RpcError invalidCredentials();
    // auth.login: data {"field": "otp", "reason": "required" | "invalid"}.
    static RpcError secondFactor(const QString& reason);
};

bool operator==(const RpcError& a, const RpcError& b);

} // namespace frontline::rpc
