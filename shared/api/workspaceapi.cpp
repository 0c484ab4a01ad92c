#include "workspaceapi.h"

#include "api/jsonhelpers.h"
#include "core/timeutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

constexpr TextRule CannedTitleRule {.minLength = 1, .maxLength = 100};
constexpr TextRule CannedBodyRule {.minLength = 1, .maxLength = MaxCannedBody, .singleLine = false};

qint64 timeOf(const QJsonObject& object, QLatin1StringView key)
{
    return timeutil::fromIso(object.value(key).toString()).value_or(0);
}

} // namespace

QJsonObject CannedCreateParams::toJson() const
{
    return {{"title"_L1, title}, {"body"_L1, body}};
}

Result<CannedCreateParams, rpc::RpcError> CannedCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CannedCreateParams p;
    p.title = reader.requiredString("title"_L1, CannedTitleRule);
    p.body = reader.requiredString("body"_L1, CannedBodyRule);
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
    p.title = reader.optionalString("title"_L1, CannedTitleRule);
    p.body = reader.optionalString("body"_L1, CannedBodyRule);
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

QJsonObject CannedResponse::toJson() const
{
    return {{"id"_L1, id},
            {"title"_L1, title},
            {"body"_L1, body},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

CannedResponse CannedResponse::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("id"_L1).toInteger(), o.value("title"_L1).toString(),
            o.value("body"_L1).toString(), timeOf(o, "updated_at"_L1)};
}

QJsonObject CannedList::toJson() const
{
    return {{"items"_L1, listJson(items)}};
}

CannedList CannedList::fromJson(const QJsonValue& value)
{
    return {listOf<CannedResponse>(value.toObject().value("items"_L1))};
}

QJsonObject SavedView::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"filter"_L1, filter},
            {"sort"_L1, sort},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

Result<TicketListParams, rpc::RpcError> SavedView::listParams() const
{
    return TicketListParams::fromJson(QJsonObject {{"filter"_L1, filter}, {"sort"_L1, sort}});
}

SavedView SavedView::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("id"_L1).toInteger(), o.value("name"_L1).toString(),
            o.value("filter"_L1).toObject(), o.value("sort"_L1).toString(),
            timeOf(o, "updated_at"_L1)};
}

QJsonObject SavedViewList::toJson() const
{
    return {{"items"_L1, listJson(items)}};
}

SavedViewList SavedViewList::fromJson(const QJsonValue& value)
{
    return {listOf<SavedView>(value.toObject().value("items"_L1))};
}

QJsonObject Deleted::toJson() const
{
    return {{"deleted"_L1, deleted}};
}

Deleted Deleted::fromJson(const QJsonValue& value)
{
    return {value.toObject().value("deleted"_L1).toBool()};
}

QJsonObject Presence::toJson() const
{
    QJsonArray array;
    for (const PresenceViewer& viewer : viewers)
        array.append(QJsonObject {{"user"_L1, viewer.user.toJson()}, {"typing"_L1, viewer.typing}});
    return {{"ticket_id"_L1, ticketId ? QJsonValue(*ticketId) : QJsonValue(QJsonValue::Null)},
            {"viewers"_L1, array}};
}

Presence Presence::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    Presence presence;
    if (const QJsonValue id = o.value("ticket_id"_L1); id.isDouble())
        presence.ticketId = id.toInteger();
    for (const QJsonValue& item : o.value("viewers"_L1).toArray()) {
        const QJsonObject viewer = item.toObject();
        presence.viewers.append({UserRef::fromJson(viewer.value("user"_L1).toObject()),
                                 viewer.value("typing"_L1).toBool()});
    }
    return presence;
}

} // namespace frontline::api
