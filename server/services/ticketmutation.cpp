#include "ticketmutation.h"

#include "api/methods.h"
#include "auth/policy.h"
#include "json/jsonwriter.h"
#include "services/ticketpresenter.h"
#include "storage/eventrepository.h"
#include "storage/grouprepository.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

constexpr qint64 MinuteMs = 60 * 1000;

} // namespace

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

void TicketMutation::applySlaTargets(TicketRecord& record) const
{
    const SlaTargets::Target& target = m_workflow.slaTargets.forPriority(record.ticket.priority);
    record.ticket.sla.responseDue = record.ticket.createdAt + target.responseMinutes * MinuteMs;
    record.ticket.sla.resolveDue =
        record.ticket.createdAt + target.resolveMinutes * MinuteMs + record.slaPausedTotal;
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
    if (to->pausesSla && to->open && !record.slaPausedAt) {
        record.slaPausedAt = m_now;
    } else if (!to->pausesSla && record.slaPausedAt) {
        record.slaPausedTotal += m_now - *record.slaPausedAt;
        record.slaPausedAt.reset();
        applySlaTargets(record);
    }
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
    if (!m_tickets.update(record, expectedVersion))
        return rpc::RpcError::conflict(u"stale_version"_s);
    EventRepository events(m_session);
    for (const Change& change : changes)
        events.appendChange(record.ticket.id, m_principal.userId, m_now, change.field,
                            change.oldValue, change.newValue);
    return {};
}

Comment TicketMutation::addComment(TicketRecord& record, const QString& body, bool internal)
{
    Ticket& ticket = record.ticket;
    const bool firstResponse = m_principal.isStaff() && !internal && !ticket.sla.firstResponseAt;
    m_tickets.touch(ticket.id, m_now, firstResponse);
    if (firstResponse)
        ticket.sla.firstResponseAt = m_now;
    ticket.updatedAt = m_now;
    Comment comment {0, ticket.id, m_principal.ref(), body, internal, m_now};
    comment.id = EventRepository(m_session).appendComment(ticket.id, m_principal.userId, m_now,
                                                          body, internal);
    return comment;
}

QByteArray TicketMutation::encode(const TicketRecord& record) const
{
    return TicketPresenter(m_workflow, m_now).encode(record);
}

PushEvent TicketMutation::changedEvent(const QByteArray& ticket, const TicketRecord& record,
                                       const QList<Change>& changes) const
{
    json::JsonWriter writer;
    writer.startObject();
    writer.key("ticket"_L1);
    writer.raw(ticket);
    writer.key("changes"_L1);
    writer.startArray();
    for (const Change& change : changes) {
        writer.startObject();
        writer.field("field"_L1, change.field);
        writer.field("old"_L1, change.oldValue);
        writer.field("new"_L1, change.newValue);
        writer.endObject();
    }
    writer.endArray();
    writer.key("actor"_L1);
    m_principal.ref().write(writer);
    writer.endObject();
    return PushEvent {QString(api::topic::Tickets), QString(api::notification::TicketChanged),
                      rpc::JsonPayload::encoded(writer.take()),
                      TicketPresenter::accessOf(record.ticket), false};
}

PushEvent TicketMutation::commentedEvent(const QByteArray& ticket, const TicketRecord& record,
                                         const Comment& comment) const
{
    json::JsonWriter writer;
    writer.startObject();
    writer.key("ticket"_L1);
    writer.raw(ticket);
    writer.key("comment"_L1);
    comment.write(writer);
    writer.endObject();
    return PushEvent {QString(api::topic::Tickets), QString(api::notification::TicketCommented),
                      rpc::JsonPayload::encoded(writer.take()),
                      TicketPresenter::accessOf(record.ticket), comment.internal};
}

Outcome TicketMutation::changedOutcome(const TicketRecord& record, const QList<Change>& changes,
                                       const QList<Comment>& comments) const
{
    const QByteArray json = encode(record);
    Outcome outcome(rpc::JsonPayload::encoded(json));
    if (!changes.isEmpty())
        outcome.events.append(changedEvent(json, record, changes));
    for (const Comment& comment : comments)
        outcome.events.append(commentedEvent(json, record, comment));
    return outcome;
}

} // namespace frontline::server
