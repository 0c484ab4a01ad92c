#include "automationapi.h"

#include "api/jsonhelpers.h"
#include "json/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

constexpr TextRule AutomationNameRule {.minLength = 1, .maxLength = 120};
constexpr int MaxTargetMinutes = 525600; // a year

// A nullable field: absent, null, or read by `read` (which records its own errors).
template<typename T, typename Read>
Nullable<T> nullable(ParamReader& reader, QLatin1StringView name, Read read)
{
    if (!reader.contains(name))
        return Nullable<T>::absent();
    if (reader.rawValue(name).isNull())
        return Nullable<T>::null();
    auto value = read();
    reader.allowNull(name);
    if (value)
        return Nullable<T>::of(*value);
    return Nullable<T>::absent();
}

std::optional<int> optionalInt(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional(value.toInt()) : std::nullopt;
}

void insertRecomputed(QJsonObject& object, const std::optional<int>& ticketsRecomputed)
{
    if (ticketsRecomputed)
        object.insert("tickets_recomputed"_L1, *ticketsRecomputed);
}

template<typename T> QJsonValue nullableJson(const Nullable<T>& value)
{
    return value.value ? QJsonValue(*value.value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject CalendarParams::toJson() const
{
    QJsonObject object = fields;
    if (id)
        object.insert("id"_L1, *id);
    if (name)
        object.insert("name"_L1, *name);
    return object;
}

Result<CalendarParams, rpc::RpcError> CalendarParams::parse(const QJsonValue& params, bool update)
{
    ParamReader reader(params);
    CalendarParams p;
    if (update) {
        p.id = reader.requiredId("id"_L1);
        p.name = reader.optionalString("name"_L1, AutomationNameRule);
    } else {
        p.name = reader.requiredString("name"_L1, AutomationNameRule);
    }
    // Checked by BusinessCalendar when the service builds the calendar.
    const std::pair<QLatin1StringView, QJsonObject> calendarFields[] {
        {"time_zone"_L1, schema::withDescription(schema::string(1, 100), u"IANA time zone"_s)},
        {"hours"_L1, schema::withDescription(schema::anyObject(), u"keyed by mon..sun"_s)},
        {"holidays"_L1,
         schema::arrayOf(schema::withDescription(schema::string(10, 10), u"YYYY-MM-DD"_s), 0,
                         1000)}};
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    for (const auto& field : calendarFields) {
        const QLatin1StringView key = field.first;
        const QJsonValue value = reader.rawValue(key, [&field] { return field.second; });
        if (!value.isUndefined())
            p.fields.insert(key, value);
        else if (!update)
            reader.fail(key, u"is required"_s);
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject SlaPolicyParams::toJson() const
{
    QJsonObject object;
    if (id)
        object.insert("id"_L1, *id);
    if (name)
        object.insert("name"_L1, *name);
    if (type.present)
        object.insert("type"_L1,
                      type.value ? QJsonValue(toString(*type.value))
                                 : QJsonValue(QJsonValue::Null));
    if (priority.present)
        object.insert("priority"_L1, nullableJson(priority));
    if (category.present)
        object.insert("category"_L1, nullableJson(category));
    if (calendar.present)
        object.insert("calendar"_L1, nullableJson(calendar));
    if (responseMinutes)
        object.insert("response_minutes"_L1, *responseMinutes);
    if (resolveMinutes)
        object.insert("resolve_minutes"_L1, *resolveMinutes);
    if (warnPercent)
        object.insert("warn_percent"_L1, *warnPercent);
    if (escalateOnBreach)
        object.insert("escalate_on_breach"_L1, *escalateOnBreach);
    if (active)
        object.insert("active"_L1, *active);
    return object;
}

Result<SlaPolicyParams, rpc::RpcError> SlaPolicyParams::parse(const QJsonValue& params, bool update)
{
    ParamReader reader(params);
    SlaPolicyParams p;
    if (update) {
        p.id = reader.requiredId("id"_L1);
        p.name = reader.optionalString("name"_L1, AutomationNameRule);
        p.responseMinutes = reader.optionalInt("response_minutes"_L1, 1, MaxTargetMinutes);
        p.resolveMinutes = reader.optionalInt("resolve_minutes"_L1, 1, MaxTargetMinutes);
    } else {
        p.name = reader.requiredString("name"_L1, AutomationNameRule);
        p.responseMinutes = reader.requiredInt("response_minutes"_L1, 1, MaxTargetMinutes);
        p.resolveMinutes = reader.requiredInt("resolve_minutes"_L1, 1, MaxTargetMinutes);
    }
    p.type = nullable<TicketType>(reader, "type"_L1, [&]() -> std::optional<TicketType> {
        const auto text = reader.optionalEnum("type"_L1, ticketTypeNames());
        return text ? ticketTypeFromString(*text) : std::nullopt;
    });
    p.priority = nullable<int>(reader, "priority"_L1,
                               [&] { return reader.optionalInt("priority"_L1, 1, 5); });
    p.category =
        nullable<qint64>(reader, "category"_L1, [&] { return reader.optionalId("category"_L1); });
    p.calendar =
        nullable<qint64>(reader, "calendar"_L1, [&] { return reader.optionalId("calendar"_L1); });
    p.warnPercent = reader.optionalInt("warn_percent"_L1, 1, 99);
    p.escalateOnBreach = reader.optionalBool("escalate_on_breach"_L1);
    p.active = reader.optionalBool("active"_L1);
    if (p.responseMinutes && p.resolveMinutes && *p.resolveMinutes < *p.responseMinutes)
        reader.fail("resolve_minutes"_L1, u"must not be less than response_minutes"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject RuleParams::toJson() const
{
    QJsonObject object = definition;
    if (id)
        object.insert("id"_L1, *id);
    if (limit != RuleParams {}.limit) // dry_run only
        object.insert("limit"_L1, limit);
    return object;
}

Result<RuleParams, rpc::RpcError> RuleParams::parse(const QJsonValue& params, Mode mode)
{
    ParamReader reader(params);
    RuleParams p;
    if (mode == Mode::Update)
        p.id = reader.requiredId("id"_L1);
    else if (mode == Mode::DryRun)
        p.id = reader.optionalId("id"_L1);
    if (mode == Mode::DryRun)
        p.limit = reader.optionalInt("limit"_L1, 1, 500).value_or(50);
    // Checked against the rule schema (shared/workflow) when the service compiles the rule.
    const std::pair<QLatin1StringView, QJsonObject> ruleFields[] {
        {"name"_L1, schema::text(AutomationNameRule)},
        {"enabled"_L1, schema::boolean()},
        {"trigger"_L1, schema::withDescription(schema::anyObject(), u"{\"event\": ...}"_s)},
        {"match"_L1, schema::oneOf({u"all"_s, u"any"_s})},
        {"conditions"_L1, QJsonObject {{"type"_L1, u"array"_s}}},
        {"actions"_L1, QJsonObject {{"type"_L1, u"array"_s}}}};
    for (const auto& field : ruleFields) {
        if (reader.contains(field.first))
            p.definition.insert(field.first,
                                reader.rawValue(field.first, [&field] { return field.second; }));
    }
    if (mode == Mode::DryRun && p.id.has_value() == !p.definition.isEmpty())
        reader.fail("id"_L1, u"give either a stored rule's id or a rule definition"_s);
    if (mode == Mode::Create) {
        for (const auto key : {"name"_L1, "trigger"_L1, "actions"_L1}) {
            if (!p.definition.contains(key))
                reader.fail(key, u"is required"_s);
        }
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject AvailabilityParams::toJson() const
{
    return {{"availability"_L1, available ? u"available"_s : u"away"_s}};
}

Result<AvailabilityParams, rpc::RpcError> AvailabilityParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    AvailabilityParams p;
    p.available =
        reader.requiredEnum("availability"_L1, {u"available"_s, u"away"_s}) == u"available"_s;
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject NotificationListParams::toJson() const
{
    return {{"unread_only"_L1, unreadOnly}, {"limit"_L1, limit}};
}

Result<NotificationListParams, rpc::RpcError>
NotificationListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    NotificationListParams p;
    p.unreadOnly = reader.optionalBool("unread_only"_L1).value_or(false);
    p.limit = reader.optionalInt("limit"_L1, 1, 200).value_or(50);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject NotificationReadParams::toJson() const
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return {{"ids"_L1, array}};
}

Result<NotificationReadParams, rpc::RpcError>
NotificationReadParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    NotificationReadParams p;
    if (reader.contains("ids"_L1)) {
        const QJsonValue value =
            reader.rawValue("ids"_L1, [] { return schema::arrayOf(schema::id(), 0, 500); });
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() > 500)
            reader.fail("ids"_L1, u"must be a list of at most 500 ids"_s);
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isDouble() || array.at(i).toInteger() < 1) {
                reader.failPath(reader.path("ids"_L1) + u"[%1]"_s.arg(i), u"must be an id"_s);
                break;
            }
            if (!p.ids.contains(array.at(i).toInteger()))
                p.ids.append(array.at(i).toInteger());
        }
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject NotificationList::toJson() const
{
    QJsonArray items;
    for (const Notification& n : notifications)
        items.append(n.toJson());
    return {{"notifications"_L1, items}, {"unread"_L1, unread}};
}

NotificationList NotificationList::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    NotificationList list;
    for (const QJsonValue& n : o.value("notifications"_L1).toArray())
        list.notifications.append(Notification::fromJson(n.toObject()));
    list.unread = o.value("unread"_L1).toInt();
    return list;
}

QJsonObject NotificationReadResult::toJson() const
{
    return {{"marked"_L1, marked}, {"unread"_L1, unread}};
}

NotificationReadResult NotificationReadResult::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("marked"_L1).toInt(), o.value("unread"_L1).toInt()};
}

QJsonObject CalendarList::toJson() const
{
    return {
        {"calendars"_L1, listJson(calendars, [](const CalendarEntry& c) { return c.toJson(); })}};
}

CalendarList CalendarList::fromJson(const QJsonValue& value)
{
    return {listOf<CalendarEntry>(value.toObject().value("calendars"_L1), CalendarEntry::fromJson)};
}

QJsonObject CalendarSaved::toJson() const
{
    QJsonObject object = calendar.toJson();
    insertRecomputed(object, ticketsRecomputed);
    return object;
}

CalendarSaved CalendarSaved::fromJson(const QJsonValue& value)
{
    QJsonObject object = value.toObject();
    const std::optional<int> recomputed = optionalInt(object, "tickets_recomputed"_L1);
    object.remove("tickets_recomputed"_L1);
    return {CalendarEntry::fromJson(object), recomputed};
}

QJsonObject SlaPolicyList::toJson() const
{
    return {{"policies"_L1, listJson(policies, [](const SlaPolicy& p) { return p.toJson(); })}};
}

SlaPolicyList SlaPolicyList::fromJson(const QJsonValue& value)
{
    return {listOf<SlaPolicy>(value.toObject().value("policies"_L1), SlaPolicy::fromJson)};
}

QJsonObject SlaPolicySaved::toJson() const
{
    QJsonObject object = policy.toJson();
    insertRecomputed(object, ticketsRecomputed);
    return object;
}

SlaPolicySaved SlaPolicySaved::fromJson(const QJsonValue& value)
{
    return {SlaPolicy::fromJson(value), optionalInt(value.toObject(), "tickets_recomputed"_L1)};
}

QJsonObject AutomationDeleted::toJson() const
{
    QJsonObject object {{"deleted"_L1, deleted}};
    insertRecomputed(object, ticketsRecomputed);
    return object;
}

AutomationDeleted AutomationDeleted::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value("deleted"_L1).toInteger(), optionalInt(object, "tickets_recomputed"_L1)};
}

QJsonObject AutomationRule::definition() const
{
    QJsonObject trigger {{"event"_L1, event}};
    if (event == u"time"_s) {
        trigger.insert("anchor"_L1, anchor);
        trigger.insert("after_minutes"_L1, afterMinutes);
        trigger.insert("business_hours"_L1, businessHours);
    }
    const QJsonArray conditionArray = listJson(conditions, [](const Condition& c) {
        QJsonObject object {{"field"_L1, c.field}, {"op"_L1, c.op}};
        if (!c.value.isUndefined() && !c.value.isNull())
            object.insert("value"_L1, c.value);
        return object;
    });
    const QJsonArray actionArray = listJson(actions, [](const Action& a) { return a.toJson(); });
    return {{"name"_L1, name},
            {"enabled"_L1, enabled},
            {"trigger"_L1, trigger},
            {"match"_L1, matchAll ? u"all"_s : u"any"_s},
            {"conditions"_L1, conditionArray},
            {"actions"_L1, actionArray}};
}

QJsonObject AutomationRule::toJson() const
{
    QJsonObject object = definition();
    object.insert("id"_L1, id);
    return object;
}

AutomationRule AutomationRule::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    AutomationRule rule;
    rule.id = o.value("id"_L1).toInteger();
    rule.name = o.value("name"_L1).toString();
    rule.enabled = o.value("enabled"_L1).toBool(true);
    const QJsonObject trigger = o.value("trigger"_L1).toObject();
    rule.event = trigger.value("event"_L1).toString(rule.event);
    rule.anchor = trigger.value("anchor"_L1).toString(rule.anchor);
    rule.afterMinutes = trigger.value("after_minutes"_L1).toInteger();
    rule.businessHours = trigger.value("business_hours"_L1).toBool();
    rule.matchAll = o.value("match"_L1).toString(u"all"_s) != u"any"_s;
    rule.conditions = listOf<Condition>(o.value("conditions"_L1), [](const QJsonValue& v) {
        const QJsonObject c = v.toObject();
        const QJsonValue value = c.value("value"_L1);
        return Condition {c.value("field"_L1).toString(), c.value("op"_L1).toString(),
                          value.isUndefined() ? QJsonValue() : value};
    });
    rule.actions = listOf<Action>(o.value("actions"_L1), Action::fromJson);
    return rule;
}

QJsonObject RuleList::toJson() const
{
    return {{"rules"_L1, listJson(rules, [](const AutomationRule& r) { return r.toJson(); })}};
}

RuleList RuleList::fromJson(const QJsonValue& value)
{
    return {listOf<AutomationRule>(value.toObject().value("rules"_L1), AutomationRule::fromJson)};
}

void RuleDryRun::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("complete"_L1, complete);
    writer.field("scanned"_L1, scanned);
    writer.key("tickets"_L1);
    writer.startArray();
    for (const Ticket& ticket : tickets)
        ticket.write(writer);
    writer.endArray();
    writer.endObject();
}

QJsonObject RuleDryRun::toJson() const
{
    return json::objectOf(*this);
}

RuleDryRun RuleDryRun::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    RuleDryRun result;
    result.tickets = listOf<Ticket>(
        o.value("tickets"_L1), [](const QJsonValue& v) { return Ticket::fromJson(v.toObject()); });
    result.scanned = o.value("scanned"_L1).toInt();
    result.complete = o.value("complete"_L1).toBool(true);
    return result;
}

} // namespace frontline::api
