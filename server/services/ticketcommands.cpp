#include "ticketcommands.h"

#include "api/methods.h"
#include "auth/policy.h"
#include "json/jsonwriter.h"
#include "services/ticketpresenter.h"
#include "storage/eventrepository.h"
#include "storage/grouprepository.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QJsonValue refJson(const std::optional<UserRef>& ref)
{
    return ref ? QJsonValue(ref->toJson()) : QJsonValue(QJsonValue::Null);
}

QJsonValue refJson(const std::optional<GroupRef>& ref)
{
    return ref ? QJsonValue(ref->toJson()) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

constexpr qint64 MinuteMs = 60 * 1000;

} // namespace

TicketCommands::TicketCommands(SqlSession& session, const WorkflowConfig& workflow,
                               const Principal& principal, qint64 now)
    : m_session(session)
    , m_workflow(workflow)
    , m_principal(principal)
    , m_now(now)
    , m_tickets(session)
{ }

Result<TicketRecord, rpc::RpcError> TicketCommands::loadVisible(qint64 id)
{
    auto record = m_tickets.find(id);
    // Someone else's ticket answers exactly like a missing one: nothing to enumerate.
    if (!record || !policy::canReadTicket(m_principal, TicketPresenter::accessOf(record->ticket)))
        return rpc::RpcError::notFound(u"ticket"_s);
    return std::move(*record);
}

Result<UserRef, rpc::RpcError>
TicketCommands::resolveAssignee(qint64 userId, std::optional<qint64> groupId, const QString& field)
{
    UserRepository users(m_session);
    const auto user = users.find(userId);
    if (!user || user->disabled)
        return rpc::RpcError::invalidParams(field, u"no such active user"_s);
    if (!isStaff(user->role))
        return rpc::RpcError::invalidParams(field,
                                            u"only agents, managers and admins can be assigned"_s);
    if (groupId && !GroupRepository(m_session).isMember(*groupId, userId))
        return rpc::RpcError::invalidParams(field, u"is not a member of the ticket's group"_s);
    return user->ref();
}

void TicketCommands::applySlaTargets(TicketRecord& record) const
{
    const SlaTargets::Target& target = m_workflow.slaTargets.forPriority(record.ticket.priority);
    record.ticket.sla.responseDue = record.ticket.createdAt + target.responseMinutes * MinuteMs;
    record.ticket.sla.resolveDue =
        record.ticket.createdAt + target.resolveMinutes * MinuteMs + record.slaPausedTotal;
}

void TicketCommands::enterState(TicketRecord& record, const QString& status,
                                QList<Change>& changes) const
{
    Ticket& ticket = record.ticket;
    const Lifecycle& lifecycle = m_workflow.lifecycles.of(ticket.type);
    const LifecycleState* to = lifecycle.state(status);
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

void TicketCommands::recordChanges(const TicketRecord& record, const QList<Change>& changes)
{
    EventRepository events(m_session);
    for (const Change& change : changes)
        events.appendChange(record.ticket.id, m_principal.userId, m_now, change.field,
                            change.oldValue, change.newValue);
}

PushEvent TicketCommands::changedEvent(const QByteArray& ticket, const TicketRecord& record,
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

PushEvent TicketCommands::commentedEvent(const QByteArray& ticket, const TicketRecord& record,
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

ServiceResult TicketCommands::create(const api::TicketCreateParams& params)
{
    QStringList requested;
    if (params.requester)
        requested << u"requester"_s;
    if (params.assignee)
        requested << u"assignee"_s;
    if (params.group)
        requested << u"group"_s;
    if (auto denied = policy::checkFields(requested, policy::creatableTicketFields(m_principal)))
        return *denied;

    TicketRecord record;
    Ticket& ticket = record.ticket;
    ticket.type = params.type;
    ticket.title = params.title;
    ticket.description = params.description;
    ticket.impact = params.impact;
    ticket.urgency = params.urgency;
    ticket.priority = m_workflow.priorityMatrix.priority(params.impact, params.urgency);
    ticket.createdAt = m_now;
    ticket.updatedAt = m_now;
    ticket.version = 1;

    ticket.requester = m_principal.ref();
    if (params.requester) {
        const auto requester = UserRepository(m_session).find(*params.requester);
        if (!requester || requester->disabled)
            return rpc::RpcError::invalidParams(u"requester"_s, u"no such active user"_s);
        ticket.requester = requester->ref();
    }
    if (params.category) {
        const auto category = CategoryRepository(m_session).findByName(*params.category);
        if (!category || !category->active)
            return rpc::RpcError::invalidParams(u"category"_s, u"no such category"_s);
        record.categoryId = category->id;
        ticket.category = category->name;
        ticket.group = category->defaultGroup; // routing by category
    }
    if (params.group) {
        const auto group = GroupRepository(m_session).ref(*params.group);
        if (!group)
            return rpc::RpcError::invalidParams(u"group"_s, u"no such group"_s);
        ticket.group = group;
    }
    const Lifecycle& lifecycle = m_workflow.lifecycles.of(ticket.type);
    ticket.status = lifecycle.initial();
    ticket.open = true;
    if (params.assignee) {
        auto assignee = resolveAssignee(
            *params.assignee, ticket.group ? std::optional(ticket.group->id) : std::nullopt,
            u"assignee"_s);
        if (!assignee)
            return assignee.error();
        ticket.assignee = *assignee;
        if (const LifecycleTransition* automatic = lifecycle.automatic(ticket.status, u"assign"_s))
            ticket.status = automatic->to;
    }
    applySlaTargets(record);

    ticket.id = m_tickets.insert(record);
    EventRepository(m_session).appendCreated(ticket.id, m_principal.userId, m_now);

    const QByteArray json = TicketPresenter(m_workflow, m_now).encode(record);
    Outcome outcome(rpc::JsonPayload::encoded(json));
    outcome.events.append(PushEvent {QString(api::topic::Tickets),
                                     QString(api::notification::TicketCreated),
                                     rpc::JsonPayload::encoded("{\"ticket\":" + json + '}'),
                                     TicketPresenter::accessOf(ticket), false});
    return outcome;
}

ServiceResult TicketCommands::update(const api::TicketUpdateParams& params)
{
    auto loaded = loadVisible(params.id);
    if (!loaded)
        return loaded.error();
    TicketRecord record = std::move(loaded).value();
    Ticket& ticket = record.ticket;

    QStringList requested;
    if (params.title)
        requested << u"title"_s;
    if (params.description)
        requested << u"description"_s;
    if (params.category.present)
        requested << u"category"_s;
    if (params.impact)
        requested << u"impact"_s;
    if (params.urgency)
        requested << u"urgency"_s;
    if (params.priority)
        requested << u"priority"_s;
    if (params.assignee.present)
        requested << u"assignee"_s;
    if (params.group.present)
        requested << u"group"_s;
    if (params.resolution)
        requested << u"resolution"_s;
    if (auto denied = policy::checkFields(requested, policy::updatableTicketFields(m_principal)))
        return *denied;
    if (!m_principal.isStaff() && !ticket.open)
        return rpc::RpcError::forbidden(u"ticket_not_open"_s);
    if (params.version != ticket.version)
        return rpc::RpcError::conflict(u"stale_version"_s,
                                       QJsonObject {{"current_version"_L1, ticket.version}});

    QList<Change> changes;
    if (params.title && *params.title != ticket.title) {
        changes.append({u"title"_s, ticket.title, *params.title});
        ticket.title = *params.title;
    }
    if (params.description && *params.description != ticket.description) {
        changes.append({u"description"_s, ticket.description, *params.description});
        ticket.description = *params.description;
    }
    if (params.resolution && *params.resolution != ticket.resolution) {
        changes.append({u"resolution"_s, ticket.resolution, *params.resolution});
        ticket.resolution = *params.resolution;
    }
    if (params.category.present) {
        std::optional<Category> category;
        if (params.category.value) {
            category = CategoryRepository(m_session).findByName(*params.category.value);
            if (!category || !category->active)
                return rpc::RpcError::invalidParams(u"category"_s, u"no such category"_s);
        }
        const QString name = category ? category->name : QString();
        if (name != ticket.category) {
            changes.append({u"category"_s, textOrNull(ticket.category), textOrNull(name)});
            ticket.category = name;
            record.categoryId = category ? std::optional(category->id) : std::nullopt;
        }
    }
    if (params.impact && *params.impact != ticket.impact) {
        changes.append({u"impact"_s, toString(ticket.impact), toString(*params.impact)});
        ticket.impact = *params.impact;
    }
    if (params.urgency && *params.urgency != ticket.urgency) {
        changes.append({u"urgency"_s, toString(ticket.urgency), toString(*params.urgency)});
        ticket.urgency = *params.urgency;
    }
    // An explicit priority overrides the matrix; a new impact or urgency re-derives it.
    const int priority = params.priority
        ? *params.priority
        : ((params.impact || params.urgency)
               ? m_workflow.priorityMatrix.priority(ticket.impact, ticket.urgency)
               : ticket.priority);
    if (priority != ticket.priority) {
        changes.append({u"priority"_s, ticket.priority, priority});
        ticket.priority = priority;
        applySlaTargets(record);
    }
    const std::optional<UserRef> previousAssignee = ticket.assignee;
    if (params.group.present) {
        std::optional<GroupRef> group;
        if (params.group.value) {
            group = GroupRepository(m_session).ref(*params.group.value);
            if (!group)
                return rpc::RpcError::invalidParams(u"group"_s, u"no such group"_s);
        }
        if (group != ticket.group) {
            changes.append({u"group"_s, refJson(ticket.group), refJson(group)});
            ticket.group = group;
            // A new group's queue: the assignee stays only if they belong to it.
            if (ticket.assignee && group && !params.assignee.present
                && !GroupRepository(m_session).isMember(group->id, ticket.assignee->id))
                ticket.assignee.reset();
        }
    }
    if (params.assignee.present) {
        std::optional<UserRef> assignee;
        if (params.assignee.value) {
            auto resolved = resolveAssignee(
                *params.assignee.value,
                ticket.group ? std::optional(ticket.group->id) : std::nullopt, u"assignee"_s);
            if (!resolved)
                return resolved.error();
            assignee = *resolved;
        }
        ticket.assignee = assignee;
    }
    if (ticket.assignee != previousAssignee) {
        changes.append({u"assignee"_s, refJson(previousAssignee), refJson(ticket.assignee)});
        // The lifecycle may move the ticket on (new -> assigned, assigned -> new).
        const Lifecycle& lifecycle = m_workflow.lifecycles.of(ticket.type);
        const QString event = ticket.assignee ? u"assign"_s : u"unassign"_s;
        if (const LifecycleTransition* automatic = lifecycle.automatic(ticket.status, event))
            enterState(record, automatic->to, changes);
    }

    TicketPresenter presenter(m_workflow, m_now);
    if (changes.isEmpty())
        return Outcome(
            rpc::JsonPayload::encoded(presenter.encode(record))); // nothing changed: no new version

    ticket.version = params.version + 1;
    ticket.updatedAt = m_now;
    if (!m_tickets.update(record, params.version))
        return rpc::RpcError::conflict(u"stale_version"_s);
    recordChanges(record, changes);

    const QByteArray json = presenter.encode(record);
    Outcome outcome(rpc::JsonPayload::encoded(json));
    outcome.events.append(changedEvent(json, record, changes));
    return outcome;
}

ServiceResult TicketCommands::transition(const api::TicketTransitionParams& params)
{
    auto loaded = loadVisible(params.id);
    if (!loaded)
        return loaded.error();
    TicketRecord record = std::move(loaded).value();
    Ticket& ticket = record.ticket;
    if (params.version && *params.version != ticket.version)
        return rpc::RpcError::conflict(u"stale_version"_s,
                                       QJsonObject {{"current_version"_L1, ticket.version}});

    const Lifecycle& lifecycle = m_workflow.lifecycles.of(ticket.type);
    if (!lifecycle.hasState(params.status))
        return rpc::RpcError::invalidParams(u"status"_s,
                                            u"is not a status of a "_s + toString(ticket.type));
    if (params.status == ticket.status)
        return rpc::RpcError::invalidTransition(ticket.status, params.status,
                                                u"already_in_status"_s);
    const LifecycleTransition* transition = lifecycle.find(ticket.status, params.status);
    if (!transition)
        return rpc::RpcError::invalidTransition(ticket.status, params.status,
                                                u"not_allowed_from_current_status"_s);
    if (!transition->roles.contains(m_principal.role))
        return rpc::RpcError::forbidden(u"transition_not_allowed_for_role"_s, u"status"_s);
    if (transition->guards.contains(Guard::Note) && params.note.isEmpty()) {
        rpc::RpcError error =
            rpc::RpcError::invalidTransition(ticket.status, params.status, u"note_required"_s);
        QJsonObject data = error.data.toObject();
        data.insert("field"_L1, u"note"_s);
        error.data = data;
        return error;
    }
    if (transition->guards.contains(Guard::Assignee) && !ticket.assignee)
        return rpc::RpcError::invalidTransition(ticket.status, params.status,
                                                u"assignee_required"_s);

    const int expectedVersion = ticket.version;
    QList<Change> changes;
    enterState(record, params.status, changes);
    const LifecycleState* target = lifecycle.state(params.status);
    if (target->resolved && !params.note.isEmpty() && params.note != ticket.resolution) {
        changes.append({u"resolution"_s, ticket.resolution, params.note});
        ticket.resolution = params.note;
    }
    ticket.version = expectedVersion + 1;
    ticket.updatedAt = m_now;

    // The note is a public reply: the requester learns why (resolution, question, reason).
    std::optional<Comment> note;
    if (!params.note.isEmpty()) {
        if (m_principal.isStaff() && !ticket.sla.firstResponseAt)
            ticket.sla.firstResponseAt = m_now;
        note = Comment {0, ticket.id, m_principal.ref(), params.note, false, m_now};
    }
    if (!m_tickets.update(record, expectedVersion))
        return rpc::RpcError::conflict(u"stale_version"_s);
    recordChanges(record, changes);
    if (note)
        note->id = EventRepository(m_session).appendComment(ticket.id, m_principal.userId, m_now,
                                                            note->body, false);

    const QByteArray json = TicketPresenter(m_workflow, m_now).encode(record);
    Outcome outcome(rpc::JsonPayload::encoded(json));
    outcome.events.append(changedEvent(json, record, changes));
    if (note)
        outcome.events.append(commentedEvent(json, record, *note));
    return outcome;
}

ServiceResult TicketCommands::comment(const api::TicketCommentParams& params)
{
    auto loaded = loadVisible(params.id);
    if (!loaded)
        return loaded.error();
    TicketRecord record = std::move(loaded).value();
    Ticket& ticket = record.ticket;
    if (params.internal && !policy::canSeeInternal(m_principal))
        return rpc::RpcError::forbidden(u"internal_notes_are_for_staff"_s, u"internal"_s);
    // Requesters talk on open tickets, and on resolved ones (to confirm or to say it is not
    // fixed); closed, cancelled and rejected tickets are done.
    const LifecycleState* state = m_workflow.lifecycles.of(ticket.type).state(ticket.status);
    if (!m_principal.isStaff() && !ticket.open && !(state && state->resolved))
        return rpc::RpcError::forbidden(u"ticket_closed"_s);

    // A public reply by staff is the first response the SLA measures.
    const bool firstResponse =
        m_principal.isStaff() && !params.internal && !ticket.sla.firstResponseAt;
    m_tickets.touch(ticket.id, m_now, firstResponse);
    Comment comment {0, ticket.id, m_principal.ref(), params.body, params.internal, m_now};
    comment.id = EventRepository(m_session).appendComment(ticket.id, m_principal.userId, m_now,
                                                          params.body, params.internal);
    ticket.updatedAt = m_now;
    if (firstResponse)
        ticket.sla.firstResponseAt = m_now;

    json::JsonWriter writer;
    comment.write(writer);
    Outcome outcome(rpc::JsonPayload::encoded(writer.take()));
    outcome.events.append(
        commentedEvent(TicketPresenter(m_workflow, m_now).encode(record), record, comment));
    return outcome;
}

} // namespace frontline::server
