#include "ratingapi.h"

#include "core/timeutil.h"

using namespace Qt::StringLiterals;

namespace frontline::api {

QJsonObject TicketRateParams::toJson() const
{
    return {{"id"_L1, id}, {"score"_L1, score}, {"comment"_L1, comment}};
}

Result<TicketRateParams, rpc::RpcError> TicketRateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    TicketRateParams p;
    p.id = reader.requiredId("id"_L1);
    p.score = reader.requiredInt("score"_L1, 1, 5);
    p.comment =
        reader
            .optionalString("comment"_L1, {.minLength = 0, .maxLength = 2000, .singleLine = false})
            .value_or(QString());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject RatingResult::toJson() const
{
    return {{"ticket"_L1, ticketId},
            {"score"_L1, score},
            {"comment"_L1, comment},
            {"rated_at"_L1, timeutil::toIso(ratedAt)}};
}

RatingResult RatingResult::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("ticket"_L1).toInteger(), o.value("score"_L1).toInt(),
            o.value("comment"_L1).toString(),
            timeutil::fromIso(o.value("rated_at"_L1).toString()).value_or(0)};
}

} // namespace frontline::api
