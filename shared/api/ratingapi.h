#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>

// Params of the satisfaction survey a requester answers when their ticket is resolved.
namespace frontline::api {

struct TicketRateParams
{
    qint64 id = 0;
    int score = 0; // 1 (very dissatisfied) to 5 (very satisfied)
    QString comment;

    QJsonObject toJson() const;
    static Result<TicketRateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

} // namespace frontline::api
