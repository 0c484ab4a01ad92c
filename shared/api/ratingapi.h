#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>

// Params and result of the satisfaction survey a requester answers when their ticket is resolved.
namespace frontline::api {

struct TicketRateParams
{
    qint64 id = 0;
    int score = 0; // 1 (very dissatisfied) to 5 (very satisfied)
    QString comment;

    QJsonObject toJson() const;
    static Result<TicketRateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// ticket.rate: the answer as stored.
struct RatingResult
{
    qint64 ticketId = 0;
    int score = 0;
    QString comment;
    qint64 ratedAt = 0;

    QJsonObject toJson() const;
    static RatingResult fromJson(const QJsonValue& value);
    bool operator==(const RatingResult&) const = default;
};

} // namespace frontline::api
