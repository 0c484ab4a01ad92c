#include "slapolicy.h"

#include "workflow/slatargets.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
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

} // namespace frontline::server
