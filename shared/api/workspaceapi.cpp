#include "workspaceapi.h"

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

constexpr TextRule TitleRule {.minLength = 1, .maxLength = 100};
constexpr TextRule BodyRule {.minLength = 1, .maxLength = MaxCannedBody, .singleLine = false};

} // namespace

QJsonObject CannedCreateParams::toJson() const
{
    return {{"title"_L1, title}, {"body"_L1, body}};
}

Result<CannedCreateParams, rpc::RpcError> CannedCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CannedCreateParams p;
    p.title = reader.requiredString("title"_L1, TitleRule);
    p.body = reader.requiredString("body"_L1, BodyRule);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CannedUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    if (title)
        object.insert("title"_L1, *title);
    if (body)
        object.insert("body"_L1, *body);
    return object;
}

Result<CannedUpdateParams, rpc::RpcError> CannedUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CannedUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.title = reader.optionalString("title"_L1, TitleRule);
    p.body = reader.optionalString("body"_L1, BodyRule);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ViewSaveParams::toJson() const
{
    QJsonObject object {
        {"name"_L1, name}, {"sort"_L1, api::toString(sort)}, {"filter"_L1, filter.toJson()}};
    if (id)
        object.insert("id"_L1, *id);
    return object;
}

Result<ViewSaveParams, rpc::RpcError> ViewSaveParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ViewSaveParams p;
    p.id = reader.optionalId("id"_L1);
    p.name = reader.requiredString("name"_L1, {.minLength = 1, .maxLength = 80});
    TicketFilter::read(reader, p.filter);
    if (auto sort = reader.optionalEnum("sort"_L1, ticketSortNames()))
        p.sort = *ticketSortFromString(*sort);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject PresenceParams::toJson() const
{
    return {{"ticket"_L1, ticket ? QJsonValue(*ticket) : QJsonValue(QJsonValue::Null)},
            {"typing"_L1, typing}};
}

Result<PresenceParams, rpc::RpcError> PresenceParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    PresenceParams p;
    const Nullable<qint64> ticket = reader.nullableId("ticket"_L1);
    if (!ticket.present && reader.ok())
        reader.fail("ticket"_L1, u"is required (an id, or null for none)"_s);
    p.ticket = ticket.value;
    p.typing = reader.optionalBool("typing"_L1).value_or(false);
    if (reader.ok() && p.typing && !p.ticket)
        reader.fail("typing"_L1, u"needs a ticket"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

} // namespace frontline::api
