#include "automationadmin.h"

#include "services/ticketmutation.h"
#include "services/ticketpresenter.h"
#include "storage/automationrepository.h"
#include "storage/grouprepository.h"
#include "storage/sqlsession.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

rpc::RpcError fieldError(const std::pair<QString, QString>& error)
{
    return rpc::RpcError::invalidParams(error.first, error.second);
}

// The rule as the wire shows it (rule.list, rule.create, rule.update).
api::AutomationRule recordOf(const Rule& rule)
{
    api::AutomationRule record;
    record.id = rule.id;
    record.name = rule.name;
    record.enabled = rule.enabled;
    record.event = toString(rule.event);
    if (rule.event == RuleEvent::Time) {
        record.anchor = toString(rule.anchor);
        record.afterMinutes = rule.afterMinutes;
        record.businessHours = rule.businessHours;
    }
    record.matchAll = rule.matchAll;
    for (const RuleCondition& condition : rule.conditions)
        record.conditions.append({condition.field, condition.op,
                                  condition.value.isUndefined() ? QJsonValue() : condition.value});
    record.actions = rule.actions;
    return record;
}

} // namespace

AutomationAdmin::AutomationAdmin(SqlSession& session, const WorkflowConfig& workflow,
                                 const Principal& principal, qint64 now)
    : m_session(session)
    , m_workflow(workflow)
    , m_principal(principal)
    , m_now(now)
{ }

std::shared_ptr<const WorkflowConfig> AutomationAdmin::reloaded()
{
    auto config = std::make_shared<WorkflowConfig>(m_workflow);
    AutomationRepository(m_session).loadInto(*config);
    return config;
}

template<typename Result>
Outcome AutomationAdmin::changed(Result result, const QList<qint64>& recomputePolicies)
{
    auto config = reloaded();
    if constexpr (requires { result.ticketsRecomputed; }) {
        if (!recomputePolicies.isEmpty())
            result.ticketsRecomputed = recompute(recomputePolicies, *config);
    }
    Outcome outcome(result);
    outcome.workflow = config;
    outcome.wakeAt = m_now; // deadlines may have moved: the scheduler looks again
    return outcome;
}

int AutomationAdmin::recompute(const QList<qint64>& policyIds, const WorkflowConfig& config)
{
    // Tickets keep their creation time and paused time; targets, calendar and state follow
    // the policy as it is now (a ticket may also fall to another policy or the defaults).
    TicketMutation m(m_session, config, m_principal, m_now);
    int count = 0;
    qint64 after = 0;
    for (;;) {
        const QList<TicketRecord> batch = m.tickets().openWithPolicy(policyIds, after, 500);
        for (TicketRecord record : batch) {
            if (!record.slaPausedAt)
                m.planSla(record);
            m.tickets().updateSla(record);
            after = record.ticket.id;
            ++count;
        }
        if (batch.size() < 500)
            return count;
    }
}

// --- calendars

ServiceResult AutomationAdmin::listCalendars()
{
    return Outcome(api::CalendarList {AutomationRepository(m_session).calendars()});
}

ServiceResult AutomationAdmin::createCalendar(const api::CalendarParams& params)
{
    auto calendar = BusinessCalendar::fromJson(params.fields);
    if (!calendar)
        return fieldError(calendar.error());
    CalendarEntry entry {0, *params.name, std::move(calendar).value()};
    try {
        entry.id = AutomationRepository(m_session).insertCalendar(entry, m_now);
    } catch (const DbException& e) {
        if (e.isUniqueViolation())
            return rpc::RpcError::invalidParams(u"name"_s, u"a calendar has that name"_s);
        throw;
    }
    return changed(api::CalendarSaved {entry, std::nullopt});
}

ServiceResult AutomationAdmin::updateCalendar(const api::CalendarParams& params)
{
    AutomationRepository repository(m_session);
    std::optional<CalendarEntry> entry;
    for (CalendarEntry& candidate : repository.calendars()) {
        if (candidate.id == *params.id)
            entry = std::move(candidate);
    }
    if (!entry)
        return rpc::RpcError::notFound(u"calendar"_s);
    QJsonObject fields = entry->calendar.toJson();
    for (auto it = params.fields.begin(); it != params.fields.end(); ++it)
        fields.insert(it.key(), it.value());
    auto calendar = BusinessCalendar::fromJson(fields);
    if (!calendar)
        return fieldError(calendar.error());
    entry->calendar = std::move(calendar).value();
    if (params.name)
        entry->name = *params.name;
    try {
        repository.updateCalendar(*entry, m_now);
    } catch (const DbException& e) {
        if (e.isUniqueViolation())
            return rpc::RpcError::invalidParams(u"name"_s, u"a calendar has that name"_s);
        throw;
    }
    QList<qint64> affected;
    for (const SlaPolicy& policy : repository.policies()) {
        if (policy.calendarId == entry->id)
            affected.append(policy.id);
    }
    return changed(api::CalendarSaved {*entry, std::nullopt}, affected);
}

ServiceResult AutomationAdmin::deleteCalendar(qint64 id)
{
    AutomationRepository repository(m_session);
    if (repository.calendarInUse(id))
        return rpc::RpcError::invalidParams(u"id"_s, u"an SLA policy uses this calendar"_s);
    if (!repository.deleteCalendar(id))
        return rpc::RpcError::notFound(u"calendar"_s);
    return changed(api::AutomationDeleted {id, std::nullopt});
}

// --- SLA policies

ServiceResult AutomationAdmin::listPolicies()
{
    return Outcome(api::SlaPolicyList {AutomationRepository(m_session).policies()});
}

ServiceResult AutomationAdmin::createPolicy(const api::SlaPolicyParams& params)
{
    return savePolicy(params, true);
}

ServiceResult AutomationAdmin::updatePolicy(const api::SlaPolicyParams& params)
{
    return savePolicy(params, false);
}

ServiceResult AutomationAdmin::savePolicy(const api::SlaPolicyParams& params, bool creating)
{
    AutomationRepository repository(m_session);
    SlaPolicy policy;
    if (!creating) {
        const QList<SlaPolicy> all = repository.policies();
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&](const SlaPolicy& p) { return p.id == *params.id; });
        if (it == all.end())
            return rpc::RpcError::notFound(u"sla_policy"_s);
        policy = *it;
    }
    if (params.name)
        policy.name = *params.name;
    if (params.type.present)
        policy.type = params.type.value;
    if (params.priority.present)
        policy.priority = params.priority.value;
    if (params.category.present) {
        if (params.category.value && !CategoryRepository(m_session).find(*params.category.value))
            return rpc::RpcError::invalidParams(u"category"_s, u"no such category"_s);
        policy.categoryId = params.category.value;
    }
    if (params.calendar.present) {
        if (params.calendar.value && !repository.calendarExists(*params.calendar.value))
            return rpc::RpcError::invalidParams(u"calendar"_s, u"no such calendar"_s);
        policy.calendarId = params.calendar.value;
    }
    if (params.responseMinutes)
        policy.responseMinutes = *params.responseMinutes;
    if (params.resolveMinutes)
        policy.resolveMinutes = *params.resolveMinutes;
    if (params.warnPercent)
        policy.warnPercent = *params.warnPercent;
    if (params.escalateOnBreach)
        policy.escalateOnBreach = *params.escalateOnBreach;
    if (params.active)
        policy.active = *params.active;
    if (auto error = policy.validate())
        return fieldError(*error);
    try {
        if (creating)
            policy.id = repository.insertPolicy(policy, m_now);
        else
            repository.updatePolicy(policy, m_now);
    } catch (const DbException& e) {
        if (e.isUniqueViolation())
            return rpc::RpcError::invalidParams(u"name"_s, u"an SLA policy has that name"_s);
        throw;
    }
    // A new policy governs tickets from their next change of priority, type or category on;
    // a changed one re-plans the open tickets it governs now.
    return changed(api::SlaPolicySaved {policy, std::nullopt},
                   creating ? QList<qint64>() : QList<qint64> {policy.id});
}

ServiceResult AutomationAdmin::deletePolicy(qint64 id)
{
    AutomationRepository repository(m_session);
    const QList<SlaPolicy> all = repository.policies();
    if (std::none_of(all.begin(), all.end(), [&](const SlaPolicy& p) { return p.id == id; }))
        return rpc::RpcError::notFound(u"sla_policy"_s);
    // Its tickets are re-planned under what matches them without it.
    auto config = std::make_shared<WorkflowConfig>(m_workflow);
    repository.loadInto(*config);
    const int recomputed = recompute({id}, [&] {
        WorkflowConfig without = *config;
        without.sla.policies.removeIf([&](const SlaPolicy& p) { return p.id == id; });
        return without;
    }());
    repository.deletePolicy(id);
    Outcome outcome(api::AutomationDeleted {id, recomputed});
    outcome.workflow = reloaded();
    outcome.wakeAt = m_now;
    return outcome;
}

// --- rules

ServiceResult AutomationAdmin::listRules()
{
    api::RuleList list;
    for (const Rule& rule : AutomationRepository(m_session).rules())
        list.rules.append(recordOf(rule));
    return Outcome(list);
}

std::optional<rpc::RpcError> AutomationAdmin::checkReferences(const Rule& rule)
{
    UserRepository users(m_session);
    for (const auto& [path, id] : rule.referencedUsers()) {
        const auto user = users.find(id);
        if (!user || user->disabled)
            return rpc::RpcError::invalidParams(path, u"no such active user"_s);
    }
    GroupRepository groups(m_session);
    for (const auto& [path, id] : rule.referencedGroups()) {
        if (!groups.ref(id))
            return rpc::RpcError::invalidParams(path, u"no such group"_s);
    }
    for (const auto& [path, status] : rule.referencedStatuses()) {
        bool known = false;
        for (const QString& type : ticketTypeNames()) {
            const auto ticketType = ticketTypeFromString(type);
            known |= ticketType && m_workflow.lifecycles.of(*ticketType).hasState(status);
        }
        if (!known)
            return rpc::RpcError::invalidParams(path, u"is not a status of any lifecycle"_s);
    }
    return std::nullopt;
}

ServiceResult AutomationAdmin::createRule(const api::RuleParams& params)
{
    auto rule = Rule::fromJson(params.definition);
    if (!rule)
        return fieldError(rule.error());
    if (auto error = checkReferences(*rule))
        return *error;
    rule->id = AutomationRepository(m_session).insertRule(*rule, m_principal.userId, m_now);
    return changed(recordOf(*rule));
}

ServiceResult AutomationAdmin::updateRule(const api::RuleParams& params)
{
    AutomationRepository repository(m_session);
    const auto stored = repository.rule(*params.id);
    if (!stored)
        return rpc::RpcError::notFound(u"rule"_s);
    QJsonObject definition = stored->definition();
    for (auto it = params.definition.begin(); it != params.definition.end(); ++it)
        definition.insert(it.key(), it.value());
    auto rule = Rule::fromJson(definition);
    if (!rule)
        return fieldError(rule.error());
    if (auto error = checkReferences(*rule))
        return *error;
    rule->id = stored->id;
    repository.updateRule(*rule, m_principal.userId, m_now);
    if (!rule->enabled || rule->event != RuleEvent::Time) {
        // A disabled rule, or one that is no longer time-based, has no timers to keep.
        Statement drop = m_session.prepare(u"DELETE FROM rule_timers WHERE rule_id = ?"_s);
        drop.bind(rule->id);
        drop.exec();
    }
    return changed(recordOf(*rule));
}

ServiceResult AutomationAdmin::deleteRule(qint64 id)
{
    if (!AutomationRepository(m_session).deleteRule(id))
        return rpc::RpcError::notFound(u"rule"_s);
    return changed(api::AutomationDeleted {id, std::nullopt});
}

ServiceResult AutomationAdmin::dryRun(const api::RuleParams& params)
{
    std::optional<Rule> rule;
    if (params.id) {
        rule = AutomationRepository(m_session).rule(*params.id);
        if (!rule)
            return rpc::RpcError::notFound(u"rule"_s);
    } else {
        QJsonObject definition = params.definition;
        if (!definition.contains("name"_L1))
            definition.insert("name"_L1, u"dry run"_s);
        auto parsed = Rule::fromJson(definition);
        if (!parsed)
            return fieldError(parsed.error());
        rule = std::move(parsed).value();
    }
    TicketRepository tickets(m_session);
    const TicketPresenter presenter(m_workflow, m_now);
    api::RuleDryRun result;
    QList<Ticket>& matches = result.tickets;
    int& scanned = result.scanned;
    qint64 before = 0;
    bool exhausted = false;
    while (scanned < DryRunScanLimit && matches.size() < params.limit) {
        const QList<TicketRecord> batch = tickets.openBefore(before, 500);
        for (const TicketRecord& record : batch) {
            ++scanned;
            before = record.ticket.id;
            const QString state = slaState(TicketPresenter::clockOf(record, m_workflow), m_now);
            if (rule->matches(RuleSubject {
                    &record.ticket, state, u"automation"_s, {}, record.requesterVip})) {
                matches.append(presenter.present(record));
                if (matches.size() >= params.limit)
                    break;
            }
        }
        if (batch.size() < 500) {
            exhausted = true;
            break;
        }
    }
    result.complete = exhausted && matches.size() < params.limit;
    return Outcome(result);
}

} // namespace frontline::server
