// SLA policies as admins define them (sla_policy.create's params) on a calendar, and the due
// times a ticket gets from them. Input: {"calendar": {...}, "policies": [{...}, ...]}. Every
// policy is read like the server reads it; the plan for every type, priority and category comes
// from the most specific matching active policy (ties: the lowest id) or from the defaults, and
// its due times never come before the start, the resolution never before the response.
#include "api/automationapi.h"
#include "fuzzcheck.h"
#include "workflow/slapolicy.h"
#include "workflow/slatargets.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace frontline;
using namespace frontline::server;

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 Start = 1780333200000; // a Friday, 17:00 UTC

const SlaTargets& defaults()
{
    static const SlaTargets targets = *SlaTargets::fromJson(
        QJsonDocument::fromJson(R"({"1": {"response_minutes": 15, "resolve_minutes": 240},
                                    "2": {"response_minutes": 60, "resolve_minutes": 480},
                                    "3": {"response_minutes": 240, "resolve_minutes": 1440},
                                    "4": {"response_minutes": 480, "resolve_minutes": 4320},
                                    "5": {"response_minutes": 1440, "resolve_minutes": 10080}})")
            .object());
    return targets;
}

// What AutomationAdmin::savePolicy makes of create params (existence checks aside).
std::optional<SlaPolicy> policyOf(const api::SlaPolicyParams& params, qint64 id)
{
    SlaPolicy policy;
    policy.id = id;
    policy.name = params.name.value_or(QString());
    if (params.type.present)
        policy.type = params.type.value;
    if (params.priority.present)
        policy.priority = params.priority.value;
    if (params.category.present)
        policy.categoryId = params.category.value;
    if (params.calendar.present)
        policy.calendarId = params.calendar.value;
    policy.responseMinutes = params.responseMinutes.value_or(policy.responseMinutes);
    policy.resolveMinutes = params.resolveMinutes.value_or(policy.resolveMinutes);
    if (policy.resolveMinutes < policy.responseMinutes)
        return std::nullopt;
    policy.warnPercent = params.warnPercent.value_or(policy.warnPercent);
    policy.escalateOnBreach = params.escalateOnBreach.value_or(false);
    policy.active = params.active.value_or(true);
    return policy;
}

bool better(const SlaPolicy& a, const SlaPolicy& b)
{
    return a.specificity() > b.specificity() || (a.specificity() == b.specificity() && a.id < b.id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonObject input =
        QJsonDocument::fromJson(
            QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)))
            .object();
    SlaPolicySet set;
    if (input.value(QStringLiteral("calendar")).isObject()) {
        auto calendar =
            BusinessCalendar::fromJson(input.value(QStringLiteral("calendar")).toObject());
        if (calendar)
            set.calendars.insert(1, CalendarEntry {1, QStringLiteral("Office"), *calendar});
    }
    const QJsonArray policies = input.value(QStringLiteral("policies")).toArray();
    for (qsizetype i = 0; i < policies.size() && i < 16; ++i) {
        const auto params = api::SlaPolicyCreateParams::fromJson(policies[i]);
        if (!params) {
            // Named, though the name may be "" (an unknown key "").
            FUZZ_CHECK(params.error().data.toObject().contains(QStringLiteral("field")));
            continue;
        }
        if (auto policy = policyOf(*params, 100 - i)) {
            FUZZ_CHECK(policy->responseMinutes > 0);
            set.policies.append(*policy);
        }
    }
    for (const TicketType type : {TicketType::Incident, TicketType::ServiceRequest,
                                  TicketType::Problem, TicketType::Change}) {
        for (int priority = 1; priority <= 5; ++priority) {
            for (const std::optional<qint64> category :
                 {std::optional<qint64>(), std::optional<qint64>(1), std::optional<qint64>(2)}) {
                const SlaPlan plan = set.plan(type, priority, category, defaults());
                FUZZ_CHECK(plan.calendar != nullptr);
                const SlaPolicy* chosen = plan.policyId ? set.policy(*plan.policyId) : nullptr;
                FUZZ_CHECK(plan.policyId.has_value() == (chosen != nullptr));
                for (const SlaPolicy& p : set.policies) {
                    if (!p.matches(type, priority, category))
                        continue;
                    FUZZ_CHECK(chosen != nullptr);
                    FUZZ_CHECK(p.id == chosen->id || !better(p, *chosen));
                }
                if (chosen) {
                    FUZZ_CHECK(chosen->matches(type, priority, category));
                    FUZZ_CHECK(plan.responseMs == chosen->responseMinutes * MinuteMs);
                }
                FUZZ_CHECK(plan.responseMs <= plan.resolveMs);
                const QList<qint64> due =
                    plan.calendar->addAll(Start, {plan.responseMs, plan.resolveMs});
                FUZZ_CHECK(due.size() == 2);
                FUZZ_CHECK(Start <= due[0] && due[0] <= due[1]);
            }
        }
    }
    return 0;
}
