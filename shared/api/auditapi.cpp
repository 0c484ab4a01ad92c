#include "auditapi.h"

#include "api/jsonhelpers.h"
#include "core/timeutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

std::optional<qint64> readAuditTime(ParamReader& reader, QLatin1StringView name)
{
    const auto text = reader.optionalString(name, {.maxLength = 40});
    if (!text)
        return std::nullopt;
    const auto time = timeutil::fromIso(*text);
    if (!time)
        reader.fail(name, u"is not an ISO 8601 time"_s);
    return time;
}

} // namespace

void AuditFilter::insertInto(QJsonObject& object) const
{
    if (actor)
        object.insert("actor"_L1, *actor);
    if (!action.isEmpty())
        object.insert("action"_L1, action);
    if (!targetType.isEmpty())
        object.insert("target_type"_L1, targetType);
    if (targetId)
        object.insert("target_id"_L1, *targetId);
    if (from)
        object.insert("from"_L1, timeutil::toIso(*from));
    if (to)
        object.insert("to"_L1, timeutil::toIso(*to));
    if (!text.isEmpty())
        object.insert("text"_L1, text);
}

void AuditFilter::read(ParamReader& reader)
{
    actor = reader.optionalId("actor"_L1);
    action = reader.optionalString("action"_L1, {.maxLength = 100}).value_or(QString());
    targetType = reader.optionalString("target_type"_L1, {.maxLength = 50}).value_or(QString());
    targetId = reader.optionalId("target_id"_L1);
    from = readAuditTime(reader, "from"_L1);
    to = readAuditTime(reader, "to"_L1);
    text = reader.optionalString("text"_L1, {.maxLength = 200}).value_or(QString());
}

QJsonObject AuditListParams::toJson() const
{
    QJsonObject object {{"limit"_L1, limit}};
    filter.insertInto(object);
    if (!cursor.isEmpty())
        object.insert("cursor"_L1, cursor);
    return object;
}

Result<AuditListParams, rpc::RpcError> AuditListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    AuditListParams p;
    p.filter.read(reader);
    p.limit = reader.optionalInt("limit"_L1, 1, MaxPageSize).value_or(DefaultPageSize);
    p.cursor = reader.optionalString("cursor"_L1, {.maxLength = 40}).value_or(QString());
    if (!p.cursor.isEmpty()) {
        bool ok = false;
        if (p.cursor.toLongLong(&ok) <= 0 || !ok)
            reader.fail("cursor"_L1, u"is not a cursor of this list"_s);
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject AuditExportParams::toJson() const
{
    QJsonObject object;
    filter.insertInto(object);
    return object;
}

Result<AuditExportParams, rpc::RpcError> AuditExportParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    AuditExportParams p;
    p.filter.read(reader);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QList<AuditEntry::Change> AuditEntry::changes() const
{
    QList<Change> list;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        list.append({it.key(), change.value("before"_L1), change.value("after"_L1)});
    }
    return list;
}

QString AuditEntry::summary() const
{
    return details.keys().join(u", "_s);
}

QJsonObject AuditEntry::toJson() const
{
    return {{"id"_L1, id},
            {"at"_L1, timeutil::toIso(at)},
            {"actor"_L1, idJson(actorId)},
            {"actor_name"_L1, actorName},
            {"via"_L1, via},
            {"peer"_L1, peer},
            {"action"_L1, action},
            {"target_type"_L1, targetType},
            {"target_id"_L1, idJson(targetId)},
            {"target_label"_L1, targetLabel},
            {"details"_L1, details}};
}

AuditEntry AuditEntry::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    AuditEntry entry;
    entry.id = o.value("id"_L1).toInteger();
    entry.at = timeutil::fromIso(o.value("at"_L1).toString()).value_or(0);
    entry.actorId = idOf(o.value("actor"_L1));
    entry.actorName = o.value("actor_name"_L1).toString();
    entry.via = o.value("via"_L1).toString();
    entry.peer = o.value("peer"_L1).toString();
    entry.action = o.value("action"_L1).toString();
    entry.targetType = o.value("target_type"_L1).toString();
    entry.targetId = idOf(o.value("target_id"_L1));
    entry.targetLabel = o.value("target_label"_L1).toString();
    entry.details = o.value("details"_L1).toObject();
    return entry;
}

QJsonObject AuditPage::toJson() const
{
    QJsonArray array;
    for (const AuditEntry& entry : items)
        array.append(entry.toJson());
    return {{"items"_L1, array},
            {"next_cursor"_L1, nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor)}};
}

AuditPage AuditPage::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    AuditPage page;
    for (const QJsonValue& item : o.value("items"_L1).toArray())
        page.items.append(AuditEntry::fromJson(item));
    page.nextCursor = o.value("next_cursor"_L1).toString();
    return page;
}

} // namespace frontline::api
