#include "schedulerwork.h"

#include "services/approvalengine.h"
#include "services/automation.h"
#include "services/ticketmutation.h"
#include "storage/sqlsession.h"
#include "storage/timerrepository.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// Who the scheduler acts as: the automation account the workflow snapshot names.
Principal automationPrincipal(SqlSession& session, const WorkflowConfig& workflow)
{
    std::optional<UserRef> ref = workflow.automationUser;
    if (!ref) {
        UserRepository users(session);
        ref = users.ref(users.automationUserId());
    }
    Principal principal;
    principal.role = Role::Admin;
    if (ref) {
        principal.userId = ref->id;
        principal.username = ref->username;
        principal.displayName = ref->displayName;
    }
    return principal;
}

} // namespace

SchedulerWork::SchedulerWork(SqlSession& session, const WorkflowConfig& workflow, qint64 now)
    : m_session(session)
    , m_workflow(workflow)
    , m_now(now)
{ }

const Principal& SchedulerWork::automation()
{
    if (!m_automation)
        m_automation = automationPrincipal(m_session, m_workflow);
    return *m_automation;
}

QJsonObject SchedulerWork::Round::toJson() const
{
    return {{"sla"_L1, sla}, {"timers"_L1, timers}, {"processed"_L1, processed}, {"more"_L1, more}};
}

SchedulerWork::Round SchedulerWork::Round::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("sla"_L1).toInt(), o.value("timers"_L1).toInt(),
            o.value("processed"_L1).toInteger(), o.value("more"_L1).toBool()};
}

std::optional<qint64> SchedulerWork::nextDue(SqlSession& session)
{
    const auto timers = TimerRepository(session).nextDue();
    const auto approvals = ApprovalRepository(session).nextDue();
    if (timers && approvals)
        return std::min(*timers, *approvals);
    return timers ? timers : approvals;
}

ServiceResult SchedulerWork::runDue(int limit)
{
    TimerRepository timers(m_session);
    Outcome outcome;
    int sla = 0;
    const QList<qint64> due = timers.dueSlaTickets(m_now, limit);
    for (qint64 ticketId : due)
        sla += processSla(ticketId, outcome);
    int fired = 0;
    const QList<TimerRepository::RuleTimer> pending = timers.dueRuleTimers(m_now, limit);
    for (const auto& timer : pending)
        fired += processTimer(timer.ticketId, timer.ruleId, timer.dueAt, outcome);
    // Approvals waiting too long: reminders, then escalations (issue 21).
    TicketMutation approvalsMutation(m_session, m_workflow, automation(), m_now);
    const int approvals = ApprovalEngine(approvalsMutation).runDue(limit, outcome);
    outcome.result =
        Outcome(Round {sla, fired, due.size() + pending.size() + approvals,
                       due.size() == limit || pending.size() == limit || approvals >= limit})
            .result;
    return outcome;
}

int SchedulerWork::processSla(qint64 ticketId, Outcome& outcome)
{
    if (!TimerRepository(m_session).claimSla(ticketId, m_now))
        return 0; // another server's round got there first
    const Principal& principal = automation();
    TicketMutation m(m_session, m_workflow, principal, m_now);
    auto record = m.tickets().find(ticketId);
    if (!record)
        return 0;
    const QString before = record->slaState;
    m.refreshSla(*record);
    const QString after = record->slaState;
    QList<TicketMutation::Change> changes;
    QList<Comment> comments;
    if (after != before && (after == u"at_risk"_s || after == u"breached"_s)) {
        Automation(m).slaEvent(
            *record, after == u"breached"_s ? RuleEvent::SlaBreached : RuleEvent::SlaWarning,
            changes, comments);
        changes.first().oldValue = before;
    }
    // Only the state moved: stored without a new version, so agents editing the ticket
    // meanwhile do not get a conflict from the clock.
    const bool onlyState = changes.size() <= 1 && comments.isEmpty();
    if (onlyState) {
        m.tickets().updateSla(*record);
        if (!changes.isEmpty()) {
            m.logChanges(*record, changes);
            outcome.events.append(m.changedEvent(m.encode(*record), *record, changes));
        }
        m.finish(outcome);
        return changes.isEmpty() ? 0 : 1;
    }
    if (!m.save(*record, record->ticket.version, changes))
        return 0;
    mergeOutcome(outcome, m.changedOutcome(*record, changes, comments));
    return 1;
}

int SchedulerWork::processTimer(qint64 ticketId, qint64 ruleId, qint64 dueAt, Outcome& outcome)
{
    TimerRepository timers(m_session);
    if (!timers.take({ticketId, ruleId, dueAt}))
        return 0; // moved by a newer anchor event, or taken by an earlier round
    const Rule* rule = nullptr;
    for (const Rule& candidate : m_workflow.rules) {
        if (candidate.id == ruleId)
            rule = &candidate;
    }
    if (!rule || !rule->enabled)
        return 0;
    TicketMutation m(m_session, m_workflow, automation(), m_now);
    auto record = m.tickets().find(ticketId);
    if (!record || !record->ticket.open)
        return 0;
    QList<TicketMutation::Change> changes;
    QList<Comment> comments;
    if (!Automation(m).fire(*rule, *record, changes, comments))
        return 0;
    if (!m.save(*record, record->ticket.version, changes))
        return 0;
    mergeOutcome(outcome, m.changedOutcome(*record, changes, comments));
    return 1;
}

} // namespace frontline::server
