#include "slapolicy.h"

#include "workflow/prioritytargets.h"

using namespace Qt::StringLiterals;

namespace frontline {
namespace {

constexpr qint64 MinuteMs = 60 * 1000;

QJsonValue orNull(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject CalendarEntry::toJson() const
{
    QJsonObject json = calendar.toJson();
    json.insert("id"_L1, id);
    json.insert("name"_L1, name);
    return json;
}

CalendarEntry CalendarEntry::fromJson(const QJsonValue& value)
{
    QJsonObject object = value.toObject();
    CalendarEntry entry;
    entry.id = object.take("id"_L1).toInteger();
    entry.name = object.take("name"_L1).toString();
    QJsonObject fields;
    for (const auto key : {"time_zone"_L1, "hours"_L1, "holidays"_L1}) {
        if (object.contains(key))
            fields.insert(key, object.value(key));
    }
    if (auto calendar = BusinessCalendar::fromJson(fields))
        entry.calendar = std::move(calendar).value();
    return entry;
}

bool SlaPolicy::matches(TicketType ticketType, int ticketPriority,
                        std::optional<qint64> ticketCategory) const
{
    return active && (!type || *type == ticketType) && (!priority || *priority == ticketPriority)
        && (!categoryId || categoryId == ticketCategory);
}

int SlaPolicy::specificity() const
{
    return (type ? 1 : 0) + (priority ? 1 : 0) + (categoryId ? 1 : 0);
}

QJsonObject SlaPolicy::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"type"_L1, type ? QJsonValue(toString(*type)) : QJsonValue(QJsonValue::Null)},
            {"priority"_L1, priority ? QJsonValue(*priority) : QJsonValue(QJsonValue::Null)},
            {"category"_L1, orNull(categoryId)},
            {"calendar"_L1, orNull(calendarId)},
            {"response_minutes"_L1, responseMinutes},
            {"resolve_minutes"_L1, resolveMinutes},
            {"warn_percent"_L1, warnPercent},
            {"escalate_on_breach"_L1, escalateOnBreach},
            {"active"_L1, active}};
}

std::optional<std::pair<QString, QString>> SlaPolicy::validate() const
{
    using Error = std::pair<QString, QString>;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error {u"name"_s, u"must not be empty"_s};
    if (trimmed.size() > MaxNameLength)
        return Error {u"name"_s, u"must be at most %1 characters"_s.arg(MaxNameLength)};
    if (priority && (*priority < 1 || *priority > 5))
        return Error {u"priority"_s, u"must be an integer from 1 to 5"_s};
    const auto inRange = [](qint64 minutes) { return minutes >= 1 && minutes <= MaxTargetMinutes; };
    const QString targetRange = u"must be an integer from 1 to %1"_s.arg(MaxTargetMinutes);
    if (!inRange(responseMinutes))
        return Error {u"response_minutes"_s, targetRange};
    if (!inRange(resolveMinutes))
        return Error {u"resolve_minutes"_s, targetRange};
    if (resolveMinutes < responseMinutes)
        return Error {u"resolve_minutes"_s, u"must not be less than response_minutes"_s};
    if (warnPercent < 1 || warnPercent > 99)
        return Error {u"warn_percent"_s, u"must be an integer from 1 to 99"_s};
    return std::nullopt;
}

SlaPolicy SlaPolicy::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    const auto optionalId = [&](QLatin1StringView key) -> std::optional<qint64> {
        const QJsonValue v = o.value(key);
        return v.isDouble() ? std::optional(v.toInteger()) : std::nullopt;
    };
    SlaPolicy policy;
    policy.id = o.value("id"_L1).toInteger();
    policy.name = o.value("name"_L1).toString();
    policy.type = ticketTypeFromString(o.value("type"_L1).toString());
    if (o.value("priority"_L1).isDouble())
        policy.priority = o.value("priority"_L1).toInt();
    policy.categoryId = optionalId("category"_L1);
    policy.calendarId = optionalId("calendar"_L1);
    policy.responseMinutes = o.value("response_minutes"_L1).toInteger(policy.responseMinutes);
    policy.resolveMinutes = o.value("resolve_minutes"_L1).toInteger(policy.resolveMinutes);
    policy.warnPercent = o.value("warn_percent"_L1).toInt(policy.warnPercent);
    policy.escalateOnBreach = o.value("escalate_on_breach"_L1).toBool();
    policy.active = o.value("active"_L1).toBool(true);
    return policy;
}

const BusinessCalendar& SlaPolicySet::calendarOf(std::optional<qint64> calendarId) const
{
    static const BusinessCalendar always = BusinessCalendar::alwaysOpen();
    if (calendarId) {
        const auto it = calendars.constFind(*calendarId);
        if (it != calendars.constEnd())
            return it->calendar;
    }
    return always;
}

const SlaPolicy* SlaPolicySet::policy(qint64 id) const
{
    for (const SlaPolicy& policy : policies) {
        if (policy.id == id)
            return &policy;
    }
    return nullptr;
}

SlaPlan SlaPolicySet::plan(TicketType type, int priority, std::optional<qint64> categoryId,
                           const SlaTargets& defaults) const
{
    const SlaPolicy* best = nullptr;
    for (const SlaPolicy& policy : policies) {
        if (!policy.matches(type, priority, categoryId))
            continue;
        if (!best || policy.specificity() > best->specificity()
            || (policy.specificity() == best->specificity() && policy.id < best->id))
            best = &policy;
    }
    SlaPlan plan;
    if (!best) {
        const SlaTargets::Target& target = defaults.forPriority(priority);
        plan.calendar = &calendarOf(std::nullopt);
        plan.responseMs = target.responseMinutes * MinuteMs;
        plan.resolveMs = target.resolveMinutes * MinuteMs;
        return plan;
    }
    plan.policyId = best->id;
    plan.calendar = &calendarOf(best->calendarId);
    plan.responseMs = best->responseMinutes * MinuteMs;
    plan.resolveMs = best->resolveMinutes * MinuteMs;
    plan.warnPercent = best->warnPercent;
    plan.escalateOnBreach = best->escalateOnBreach;
    return plan;
}

} // namespace frontline
