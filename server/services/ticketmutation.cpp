#include "ticketmutation.h"

#include "api/eventapi.h"
#include "api/methods.h"
#include "auth/policy.h"
#include "json/jsonwriter.h"
#include "services/fulfilment.h"
#include "services/ticketpresenter.h"
#include "storage/catalogrepository.h"
#include "storage/eventrepository.h"
#include "storage/grouprepository.h"
#include "storage/timerrepository.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace frontline::server {
TicketMutation::TicketMutation(SqlSession& session, const WorkflowConfig& workflow,
                               const Principal& principal, qint64 now)
    : m_session(session)
    , m_workflow(workflow)
    , m_principal(principal)
    , m_now(now)
    , m_tickets(session)
{ }

QJsonValue TicketMutation::refJson(const std::optional<UserRef>& ref)
{
    return ref ? QJsonValue(ref->toJson()) : QJsonValue(QJsonValue::Null);
}

QJsonValue TicketMutation::refJson(const std::optional<GroupRef>& ref)
{
    return ref ? QJsonValue(ref->toJson()) : QJsonValue(QJsonValue::Null);
}

Result<TicketRecord, rpc::RpcError> TicketMutation::loadVisible(qint64 id)
{
    auto record = m_tickets.find(id);
    if (!record || !policy::canReadTicket(m_principal, TicketPresenter::accessOf(record->ticket)))
        return rpc::RpcError::notFound(u"ticket"_s);
    // An organisation viewer reads a colleague's ticket but may not change it.
    if (!policy::canChangeTicket(m_principal, TicketPresenter::accessOf(record->ticket)))
        return rpc::RpcError::forbidden(u"read_only"_s, u"id"_s);
    return std::move(*record);
}

Result<TicketRecord, rpc::RpcError> TicketMutation::loadReadable(qint64 id)
{
    auto record = m_tickets.find(id);
    if (!record || !policy::canReadTicket(m_principal, TicketPresenter::accessOf(record->ticket)))
        return rpc::RpcError::notFound(u"ticket"_s);
    return std::move(*record);
}

Result<UserRef, rpc::RpcError>
TicketMutation::resolveAssignee(qint64 userId, std::optional<qint64> groupId, const QString& field)
{
    const auto user = UserRepository(m_session).find(userId);
    if (!user || user->disabled)
        return rpc::RpcError::invalidParams(field, u"no such active user"_s);
    if (!isStaff(user->role))
        return rpc::RpcError::invalidParams(field,
                                            u"only agents, managers and admins can be assigned"_s);
    if (groupId && !GroupRepository(m_session).isMember(*groupId, userId))
        return rpc::RpcError::invalidParams(field, u"is not a member of the ticket's group"_s);
    return user->ref();
}

void TicketMutation::planSla(TicketRecord& record) const
{
    Ticket& ticket = record.ticket;
    SlaPlan plan =
        m_workflow.sla.plan(ticket.type, ticket.priority, record.categoryId, m_workflow.slaTargets);
    // A request from the service catalog follows its item's SLA policy, while it is active.
    if (ticket.type == TicketType::ServiceRequest && ticket.id != 0) {
        const auto pinned = CatalogRepository(m_session).slaPolicyOf(ticket.id);
        const SlaPolicy* policy = pinned ? m_workflow.sla.policy(*pinned) : nullptr;
        if (policy && policy->active) {
            constexpr qint64 MinuteMs = 60 * 1000;
            plan.policyId = policy->id;
            plan.calendar = &m_workflow.sla.calendarOf(policy->calendarId);
            plan.responseMs = policy->responseMinutes * MinuteMs;
            plan.resolveMs = policy->resolveMinutes * MinuteMs;
            plan.warnPercent = policy->warnPercent;
            plan.escalateOnBreach = policy->escalateOnBreach;
        }
    }
    record.slaPolicyId = plan.policyId;
    // One walk of the calendar for the four instants, in ascending order of duration.
    const qint64 paused = record.slaPausedTotal;
    QList<std::pair<qint64, int>> durations {{plan.responseMs * plan.warnPercent / 100, 0},
                                             {plan.responseMs, 1},
                                             {plan.resolveMs * plan.warnPercent / 100 + paused, 2},
                                             {plan.resolveMs + paused, 3}};
    std::sort(durations.begin(), durations.end());
    QList<qint64> sorted;
    for (const auto& entry : std::as_const(durations))
        sorted.append(entry.first);
    const QList<qint64> instants = plan.calendar->addAll(ticket.createdAt, sorted);
    std::array<qint64, 4> at {};
    for (qsizetype i = 0; i < durations.size(); ++i)
        at[durations[i].second] = instants[i];
    record.responseWarn = at[0];
    ticket.sla.responseDue = at[1];
    record.resolveWarn = at[2];
    ticket.sla.resolveDue = at[3];
    refreshSla(record);
}

void TicketMutation::refreshSla(TicketRecord& record) const
{
    const SlaClockInput clock = TicketPresenter::clockOf(record, m_workflow);
    record.slaState = slaState(clock, m_now);
    record.slaWakeAt = slaNextChange(clock, m_now);
    noteWake(record.slaWakeAt);
}

void TicketMutation::noteWake(std::optional<qint64> at) const
{
    if (at && (!m_wake || *at < *m_wake))
        m_wake = at;
}

void TicketMutation::finish(Outcome& outcome)
{
    outcome.events.append(m_notices);
    m_notices.clear();
    if (m_wake && (!outcome.wakeAt || *m_wake < *outcome.wakeAt))
        outcome.wakeAt = m_wake;
}

void TicketMutation::enterState(TicketRecord& record, const QString& status,
                                QList<Change>& changes) const
{
    Ticket& ticket = record.ticket;
    const LifecycleState* to = m_workflow.lifecycles.of(ticket.type).state(status);
    changes.append({u"status"_s, ticket.status, status});
    ticket.status = status;
    ticket.open = to->open;
    if (to->resolved) {
        ticket.resolvedAt = m_now;
    } else if (to->open) {
        ticket.resolvedAt.reset(); // reopened
        ticket.closedAt.reset();
    }
    if (!to->open && !to->resolved)
        ticket.closedAt = m_now;
    // The SLA clock stops while waiting on the requester or an approval.
    if (to->pausesSla && to->open)
        pauseSla(record);
    else if (!to->pausesSla)
        resumeSla(record);
}

bool TicketMutation::pauseSla(TicketRecord& record) const
{
    if (record.slaPausedAt)
        return false;
    record.slaPausedAt = m_now;
    return true;
}

void TicketMutation::resumeSla(TicketRecord& record) const
{
    if (!record.slaPausedAt)
        return;
    // Paused time counts in the policy's business time, so that resuming on Monday
    // after a weekend's wait does not push the target by the weekend.
    const Ticket& ticket = record.ticket;
    const SlaPlan plan =
        m_workflow.sla.plan(ticket.type, ticket.priority, record.categoryId, m_workflow.slaTargets);
    record.slaPausedTotal += plan.calendar->between(*record.slaPausedAt, m_now);
    record.slaPausedAt.reset();
    planSla(record);
}

bool TicketMutation::applyAutomatic(TicketRecord& record, const QString& event,
                                    QList<Change>& changes) const
{
    const Lifecycle& lifecycle = m_workflow.lifecycles.of(record.ticket.type);
    const LifecycleTransition* automatic = lifecycle.automatic(record.ticket.status, event);
    if (!automatic)
        return false;
    enterState(record, automatic->to, changes);
    return true;
}

void TicketMutation::moveToGroup(TicketRecord& record, const std::optional<GroupRef>& group,
                                 QList<Change>& changes)
{
    Ticket& ticket = record.ticket;
    if (group == ticket.group)
        return;
    changes.append({u"group"_s, refJson(ticket.group), refJson(group)});
    ticket.group = group;
    if (ticket.assignee && group
        && !GroupRepository(m_session).isMember(group->id, ticket.assignee->id)) {
        changes.append({u"assignee"_s, refJson(ticket.assignee), QJsonValue(QJsonValue::Null)});
        ticket.assignee.reset();
        applyAutomatic(record, u"unassign"_s, changes);
    }
}

Status<rpc::RpcError> TicketMutation::save(TicketRecord& record, int expectedVersion,
                                           const QList<Change>& changes)
{
    record.ticket.version = expectedVersion + 1;
    record.ticket.updatedAt = m_now;
    refreshSla(record);
    if (!m_tickets.update(record, expectedVersion))
        return rpc::RpcError::conflict(u"stale_version"_s);
    const bool statusChanged = std::any_of(changes.begin(), changes.end(),
                                           [](const Change& c) { return c.field == u"status"_s; });
    if (statusChanged && !record.ticket.open) // done: no rule waits for it any more
        TimerRepository(m_session).cancelTicket(record.ticket.id);
    logChanges(record, changes);
    // A catalog request approved, or one of its tasks ended: its fulfilment moves on in this
    // same transaction (its pushes join the notices).
    if (statusChanged)
        Fulfilment(*this).statusChanged(record);
    return {};
}

void TicketMutation::logChanges(const TicketRecord& record, const QList<Change>& changes)
{
    QList<EventRepository::ChangeRow> rows;
    rows.reserve(changes.size());
    for (const Change& change : changes)
        rows.append({change.actorId ? change.actorId : m_principal.userId, change.field,
                     change.oldValue, change.newValue, change.internal});
    EventRepository(m_session).appendChanges(record.ticket.id, m_now, rows);
}

Comment TicketMutation::addComment(TicketRecord& record, const QString& body, bool internal)
{
    Ticket& ticket = record.ticket;
    const bool firstResponse = m_principal.isStaff() && !internal && !ticket.sla.firstResponseAt;
    if (firstResponse)
        ticket.sla.firstResponseAt = m_now;
    ticket.updatedAt = m_now;
    refreshSla(record);
    m_tickets.touch(ticket.id, m_now, firstResponse, record.slaState, record.slaWakeAt);
    Comment comment {0, ticket.id, m_principal.ref(), body, internal, m_now};
    comment.id = EventRepository(m_session).appendComment(ticket.id, m_principal.userId, m_now,
                                                          body, internal);
    return comment;
}

Comment TicketMutation::addAutomaticComment(TicketRecord& record, const UserRef& author,
                                            const QString& body, bool internal)
{
    Ticket& ticket = record.ticket;
    ticket.updatedAt = m_now;
    m_tickets.touch(ticket.id, m_now, false, record.slaState, record.slaWakeAt);
    Comment comment {0, ticket.id, author, body, internal, m_now};
    comment.id =
        EventRepository(m_session).appendComment(ticket.id, author.id, m_now, body, internal);
    return comment;
}

Ticket TicketMutation::present(const TicketRecord& record) const
{
    return TicketPresenter(m_workflow, m_now).present(record);
}

QByteArray TicketMutation::encode(const TicketRecord& record) const
{
    return TicketPresenter(m_workflow, m_now).encode(record);
}

PushEvent TicketMutation::changedEvent(const QByteArray& ticket, const TicketRecord& record,
                                       const QList<Change>& changes) const
{
    QList<api::FieldChange> fields;
    fields.reserve(changes.size());
    for (const Change& change : changes)
        fields.append({change.field, change.oldValue, change.newValue});
    json::JsonWriter writer;
    api::TicketChangedEvent::writeEncoded(writer, ticket, fields, m_principal.ref());
    return PushEvent {QString(api::topic::Tickets), QString(api::notification::TicketChanged),
                      rpc::JsonPayload::encoded(writer.take()),
                      TicketPresenter::accessOf(record.ticket), false};
}

PushEvent TicketMutation::createdEvent(const QByteArray& ticket, const TicketRecord& record) const
{
    json::JsonWriter writer;
    api::TicketCreatedEvent::writeEncoded(writer, ticket);
    return PushEvent {QString(api::topic::Tickets), QString(api::notification::TicketCreated),
                      rpc::JsonPayload::encoded(writer.take()),
                      TicketPresenter::accessOf(record.ticket), false};
}

PushEvent TicketMutation::commentedEvent(const QByteArray& ticket, const TicketRecord& record,
                                         const Comment& comment) const
{
    json::JsonWriter writer;
    api::TicketCommentedEvent::writeEncoded(writer, ticket, comment);
    return PushEvent {QString(api::topic::Tickets), QString(api::notification::TicketCommented),
                      rpc::JsonPayload::encoded(writer.take()),
                      TicketPresenter::accessOf(record.ticket), comment.internal};
}

Outcome TicketMutation::changedOutcome(const TicketRecord& record, const QList<Change>& changes,
                                       const QList<Comment>& comments)
{
    const QByteArray json = encode(record);
    Outcome outcome(rpc::JsonPayload::encoded(json));
    // Changes of fields requesters do not see go to staff only, in an event of their own.
    QList<Change> shown;
    QList<Change> hidden;
    for (const Change& change : changes)
        (change.internal ? hidden : shown).append(change);
    if (!shown.isEmpty())
        outcome.events.append(changedEvent(json, record, shown));
    if (!hidden.isEmpty()) {
        PushEvent staffOnly = changedEvent(json, record, hidden);
        staffOnly.internal = true;
        outcome.events.append(staffOnly);
    }
    for (const Comment& comment : comments)
        outcome.events.append(commentedEvent(json, record, comment));
    finish(outcome);
    return outcome;
}

} // namespace frontline::server
