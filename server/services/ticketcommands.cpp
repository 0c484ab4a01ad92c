#include "ticketcommands.h"

#include "api/methods.h"
#include "auth/policy.h"
#include "json/jsonwriter.h"
#include "services/automation.h"
#include "services/changeservice.h"
#include "services/cmdbservice.h"
#include "services/ticketfields.h"
#include "services/ticketpresenter.h"
#include "storage/approvalrepository.h"
#include "storage/attachmentrepository.h"
#include "storage/clientrefrepository.h"
#include "storage/cmdbrepository.h"
#include "storage/eventrepository.h"
#include "storage/grouprepository.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The rule events a set of changes makes: always "updated", and "status_changed" with status.
QList<RuleEvent> eventsOf(const QList<TicketMutation::Change>& changes)
{
    QList<RuleEvent> events {RuleEvent::Updated};
    for (const auto& change : changes) {
        if (change.field == u"status"_s) {
            events.append(RuleEvent::StatusChanged);
            break;
        }
    }
    return events;
}

} // namespace

TicketCommands::TicketCommands(SqlSession& session, const WorkflowConfig& workflow,
                               const Principal& principal, qint64 now)
    : m(session, workflow, principal, now)
{ }

std::optional<ServiceResult> TicketCommands::replay(const QString& clientRef)
{
    if (clientRef.isEmpty())
        return std::nullopt;
    if (auto stored = ClientRefRepository(m.session()).find(m.principal().userId, clientRef))
        return ServiceResult(
            Outcome(rpc::JsonPayload::encoded(*stored))); // no second write, no events
    return std::nullopt;
}

void TicketCommands::remember(const QString& clientRef, const Outcome& outcome)
{
    if (!clientRef.isEmpty())
        ClientRefRepository(m.session())
            .store(m.principal().userId, clientRef, outcome.result.toBytes(), m.now());
}

ServiceResult TicketCommands::create(const api::TicketCreateParams& params,
                                     const std::optional<GroupRef>& route)
{
    QStringList requested;
    if (params.requester)
        requested << u"requester"_s;
    if (params.assignee)
        requested << u"assignee"_s;
    if (params.group)
        requested << u"group"_s;
    if (auto denied = policy::checkFields(requested, policy::creatableTicketFields(m.principal())))
        return *denied;
    if (auto previous = replay(params.clientRef))
        return std::move(*previous);

    TicketRecord record;
    Ticket& ticket = record.ticket;
    ticket.type = params.type;
    ticket.title = params.title;
    ticket.description = params.description;
    ticket.impact = params.impact;
    ticket.urgency = params.urgency;
    ticket.priority = m.workflow().priorityMatrix.priority(params.impact, params.urgency);
    ticket.createdAt = m.now();
    ticket.updatedAt = m.now();
    ticket.version = 1;

    ticket.requester = m.principal().ref();
    if (params.requester) {
        const auto requester = UserRepository(m.session()).find(*params.requester);
        if (!requester || requester->disabled)
            return rpc::RpcError::invalidParams(u"requester"_s, u"no such active user"_s);
        ticket.requester = requester->ref();
        ticket.org = requester->org;
        record.requesterVip = requester->vip;
    } else {
        const auto facts = UserRepository(m.session()).requesterFacts(ticket.requester.id);
        ticket.org = facts.org;
        record.requesterVip = facts.vip;
    }
    if (params.category) {
        const auto category = CategoryRepository(m.session()).findByName(*params.category);
        if (!category || !category->active)
            return rpc::RpcError::invalidParams(u"category"_s, u"no such category"_s);
        record.categoryId = category->id;
        ticket.category = category->name;
        ticket.group = category->defaultGroup; // routing by category
    }
    if (route)
        ticket.group = route; // routing by channel (a mailbox's group) over the category's
    if (params.group) {
        const auto group = GroupRepository(m.session()).ref(*params.group);
        if (!group)
            return rpc::RpcError::invalidParams(u"group"_s, u"no such group"_s);
        ticket.group = group;
    }
    if (auto problem = CmdbService::checkTicketCis(m.session(), m.principal(), params.cis))
        return *problem;
    // Custom fields: checked (and the required ones demanded) for this type and category,
    // written with the ticket; part of the creation, not changes of it.
    TicketFields fields(m.session(), m.principal());
    {
        QList<Change> initial;
        if (auto problem = fields.apply(record, params.fields, true, initial))
            return *problem;
    }
    const Lifecycle& lifecycle = m.workflow().lifecycles.of(ticket.type);
    ticket.status = lifecycle.initial();
    ticket.open = true;
    if (params.assignee) {
        auto assignee = m.resolveAssignee(
            *params.assignee, ticket.group ? std::optional(ticket.group->id) : std::nullopt,
            u"assignee"_s);
        if (!assignee)
            return assignee.error();
        ticket.assignee = *assignee;
        if (const LifecycleTransition* automatic = lifecycle.automatic(ticket.status, u"assign"_s))
            ticket.status = automatic->to;
    }
    Automation automation(m);
    if (ticket.group && !ticket.assignee) {
        QList<Change> assignment; // part of the creation, not a change of it
        automation.autoAssign(record, assignment);
    }
    m.planSla(record);
    // Rules on "created" run before the ticket is stored: what they change is part of the
    // first version (and logged after the creation, as the automation's doing).
    QList<Change> changes;
    QList<Comment> comments;
    automation.run(record, {RuleEvent::Created}, changes, comments);
    m.refreshSla(record);

    ticket.id = m.tickets().insert(record);
    EventRepository(m.session()).appendCreated(ticket.id, m.principal().userId, m.now());
    if (!params.systemInfo.isEmpty()) {
        AttachmentRepository(m.session())
            .saveSystemInfo(ticket.id,
                            QJsonDocument(params.systemInfo).toJson(QJsonDocument::Compact));
        ticket.systemInfo = params.systemInfo;
    }
    // The CIs named, and the reporter's laptop found by the applet's computer details.
    if (!params.cis.isEmpty() || !params.systemInfo.isEmpty()) {
        CmdbRepository(m.session()).setTicketCis(ticket.id, params.cis);
        CmdbService::linkReportedComputer(m.session(), m.principal(), m.now(), ticket.id,
                                          ticket.requester.id, params.systemInfo);
        ticket.cis = CmdbService::ticketCis(m.session(), ticket.id);
    }
    if (!changes.isEmpty())
        m.logChanges(record, changes);
    automation.stored(record, comments);

    // Everyone who hears the push may see the fields shown to requesters; the caller's answer
    // has all they may see.
    // (A desk without custom fields answers as it always did.)
    const bool withFields = !fields.definitions().isEmpty();
    if (withFields)
        ticket.fields = fields.shownToRequesters(record.fieldValues);
    const QByteArray json = m.encode(record);
    if (withFields)
        ticket.fields = fields.visible(record.fieldValues, m.principal());
    Outcome outcome(rpc::JsonPayload::encoded(withFields ? m.encode(record) : json));
    outcome.events.append(m.createdEvent(json, record));
    for (const Comment& comment : std::as_const(comments))
        outcome.events.append(m.commentedEvent(json, record, comment));
    m.finish(outcome);
    remember(params.clientRef, outcome);
    return outcome;
}

ServiceResult TicketCommands::update(const api::TicketUpdateParams& params)
{
    auto loaded = m.loadVisible(params.id);
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
    if (params.fields)
        requested << u"fields"_s;
    if (auto denied = policy::checkFields(requested, policy::updatableTicketFields(m.principal())))
        return *denied;
    if (!m.principal().isStaff() && !ticket.open)
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
            category = CategoryRepository(m.session()).findByName(*params.category.value);
            if (!category || !category->active)
                return rpc::RpcError::invalidParams(u"category"_s, u"no such category"_s);
        }
        const QString name = category ? category->name : QString();
        if (name != ticket.category) {
            changes.append({u"category"_s, textOrNull(ticket.category), textOrNull(name)});
            ticket.category = name;
            record.categoryId = category ? std::optional(category->id) : std::nullopt;
            m.planSla(record); // a category may have its own SLA policy
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
    const int priority = params.priority ? *params.priority
        : (params.impact || params.urgency)
        ? m.workflow().priorityMatrix.priority(ticket.impact, ticket.urgency)
        : ticket.priority;
    if (priority != ticket.priority) {
        changes.append({u"priority"_s, ticket.priority, priority});
        ticket.priority = priority;
        m.planSla(record);
    }
    // Custom fields, after the category they may depend on: a new category demands its
    // required fields.
    TicketFields fields(m.session(), m.principal());
    const bool categoryChanged = std::any_of(
        changes.cbegin(), changes.cend(), [](const Change& c) { return c.field == u"category"_s; });
    if (params.fields || categoryChanged) {
        if (auto problem = fields.apply(record, params.fields.value_or(QJsonObject()),
                                        categoryChanged, changes))
            return *problem;
    }
    const std::optional<UserRef> previousAssignee = ticket.assignee;
    if (params.group.present) {
        std::optional<GroupRef> group;
        if (params.group.value) {
            group = GroupRepository(m.session()).ref(*params.group.value);
            if (!group)
                return rpc::RpcError::invalidParams(u"group"_s, u"no such group"_s);
        }
        if (group != ticket.group) {
            changes.append({u"group"_s, TicketMutation::refJson(ticket.group),
                            TicketMutation::refJson(group)});
            ticket.group = group;
            // A new group's queue: the assignee stays only if they belong to it.
            if (ticket.assignee && group && !params.assignee.present
                && !GroupRepository(m.session()).isMember(group->id, ticket.assignee->id))
                ticket.assignee.reset();
        }
    }
    if (params.assignee.present) {
        std::optional<UserRef> assignee;
        if (params.assignee.value) {
            auto resolved = m.resolveAssignee(
                *params.assignee.value,
                ticket.group ? std::optional(ticket.group->id) : std::nullopt, u"assignee"_s);
            if (!resolved)
                return resolved.error();
            assignee = *resolved;
        }
        ticket.assignee = assignee;
    }
    if (ticket.assignee != previousAssignee) {
        changes.append({u"assignee"_s, TicketMutation::refJson(previousAssignee),
                        TicketMutation::refJson(ticket.assignee)});
        // The lifecycle may move the ticket on (new -> assigned, assigned -> new).
        m.applyAutomatic(record, ticket.assignee ? u"assign"_s : u"unassign"_s, changes);
    }

    // The ticket's configuration items (staff): the list replaced, one change in the history.
    std::optional<QList<qint64>> newCis;
    if (params.cis) {
        if (!m.principal().isStaff())
            return rpc::RpcError::forbidden(u"field_not_allowed"_s, u"cis"_s);
        if (auto problem = CmdbService::checkTicketCis(m.session(), m.principal(), *params.cis))
            return *problem;
        QList<qint64> before;
        for (const api::CiNode& node : CmdbRepository(m.session()).ticketCis(ticket.id))
            before.append(node.id);
        QList<qint64> after = *params.cis;
        std::sort(after.begin(), after.end());
        if (after != before) {
            QJsonArray oldIds;
            QJsonArray newIds;
            for (qint64 id : std::as_const(before))
                oldIds.append(id);
            for (qint64 id : std::as_const(after))
                newIds.append(id);
            changes.append({u"cis"_s, oldIds, newIds});
            newCis = after;
        }
        ticket.cis = CmdbService::ticketCis(m.session(), ticket.id);
    }

    if (changes.isEmpty()) { // nothing changed: no new version
        if (params.fields) {
            fields.load(record);
            ticket.fields = fields.visible(record.fieldValues, m.principal());
        }
        return Outcome(m.present(record));
    }
    Automation automation(m);
    // Routed to a group that assigns automatically, and nobody named: its strategy picks.
    if (params.group.present && ticket.group && !ticket.assignee && !params.assignee.present)
        automation.autoAssign(record, changes);
    QList<Comment> comments;
    automation.run(record, eventsOf(changes), changes, comments);
    if (auto saved = m.save(record, params.version, changes); !saved)
        return saved.error();
    if (newCis) {
        CmdbRepository(m.session()).setTicketCis(ticket.id, *newCis);
        ticket.cis = CmdbService::ticketCis(m.session(), ticket.id);
    }
    if (!record.fieldValuesLoaded)
        return m.changedOutcome(record, changes, comments);
    ticket.fields = fields.shownToRequesters(record.fieldValues);
    Outcome outcome = m.changedOutcome(record, changes, comments);
    ticket.fields = fields.visible(record.fieldValues, m.principal());
    outcome.result = rpc::JsonPayload::encoded(m.encode(record));
    return outcome;
}

ServiceResult TicketCommands::transition(const api::TicketTransitionParams& params)
{
    auto loaded = m.loadVisible(params.id);
    if (!loaded)
        return loaded.error();
    TicketRecord record = std::move(loaded).value();
    Ticket& ticket = record.ticket;
    if (params.version && *params.version != ticket.version)
        return rpc::RpcError::conflict(u"stale_version"_s,
                                       QJsonObject {{"current_version"_L1, ticket.version}});

    const Lifecycle& lifecycle = m.workflow().lifecycles.of(ticket.type);
    if (!lifecycle.hasState(params.status))
        return rpc::RpcError::invalidParams(u"status"_s,
                                            u"is not a status of a "_s + toString(ticket.type));
    if (params.status == ticket.status)
        return rpc::RpcError::invalidTransition(ticket.status, params.status,
                                                u"already_in_status"_s);
    const LifecycleTransition* transition = lifecycle.find(ticket.status, params.status);
    if (!transition || transition->on == u"merge"_s) // merging goes through ticket.merge
        return rpc::RpcError::invalidTransition(ticket.status, params.status,
                                                u"not_allowed_from_current_status"_s);
    if (!transition->roles.contains(m.principal().role))
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
    // While an approval chain waits, its approvers decide (approval.decide): nobody moves the
    // ticket to "approved" past them.
    if (params.status == u"approved"_s && ApprovalRepository(m.session()).waitingChainOf(ticket.id))
        return rpc::RpcError::conflict(u"approval_pending"_s,
                                       QJsonObject {{"field"_L1, u"status"_s}});
    // A normal or emergency change is closed after its post-implementation review.
    if (ticket.type == TicketType::Change && params.status == u"closed"_s) {
        if (auto refused = ChangeService::checkClose(m.session(), ticket.id))
            return *refused;
    }

    const int expectedVersion = ticket.version;
    QList<Change> changes;
    m.enterState(record, params.status, changes);
    if (lifecycle.state(params.status)->resolved && !params.note.isEmpty()
        && params.note != ticket.resolution) {
        changes.append({u"resolution"_s, ticket.resolution, params.note});
        ticket.resolution = params.note;
    }
    // The note is a public reply: the requester learns why (resolution, question, reason).
    QList<Comment> comments;
    if (!params.note.isEmpty())
        comments.append(m.addComment(record, params.note, false));
    Automation(m).run(record, eventsOf(changes), changes, comments);
    if (auto saved = m.save(record, expectedVersion, changes); !saved)
        return saved.error();
    return m.changedOutcome(record, changes, comments);
}

ServiceResult TicketCommands::comment(const api::TicketCommentParams& params)
{
    auto loaded = m.loadVisible(params.id);
    if (!loaded)
        return loaded.error();
    TicketRecord record = std::move(loaded).value();
    Ticket& ticket = record.ticket;
    if (params.internal && !policy::canSeeInternal(m.principal()))
        return rpc::RpcError::forbidden(u"internal_notes_are_for_staff"_s, u"internal"_s);
    // Requesters talk on open tickets, and on resolved ones (to confirm or to say it is not
    // fixed); closed, cancelled and rejected tickets are done.
    const LifecycleState* state = m.workflow().lifecycles.of(ticket.type).state(ticket.status);
    if (!m.principal().isStaff() && !ticket.open && !(state && state->resolved))
        return rpc::RpcError::forbidden(u"ticket_closed"_s);
    if (auto previous = replay(params.clientRef))
        return std::move(*previous);

    const Comment comment = m.addComment(record, params.body, params.internal);
    // Rules on "commented" (e.g. the requester answered a ticket pending on them).
    QList<Change> changes;
    QList<Comment> comments;
    Automation(m).run(record, {RuleEvent::Commented}, changes, comments);
    if (!changes.isEmpty()) {
        if (auto saved = m.save(record, ticket.version, changes); !saved)
            return saved.error();
    }
    Outcome outcome(comment);
    const QByteArray json = m.encode(record);
    outcome.events.append(m.commentedEvent(json, record, comment));
    if (!changes.isEmpty())
        outcome.events.append(m.changedEvent(json, record, changes));
    for (const Comment& automatic : std::as_const(comments))
        outcome.events.append(m.commentedEvent(json, record, automatic));
    m.finish(outcome);
    remember(params.clientRef, outcome);
    return outcome;
}

} // namespace frontline::server
