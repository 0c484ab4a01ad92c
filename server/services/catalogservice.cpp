#include "catalogservice.h"

#include "api/approvalapi.h"
#include "api/ticketapi.h"
#include "services/approvalengine.h"
#include "services/auditlog.h"
#include "services/automation.h"
#include "services/fulfilment.h"
#include "services/ticketfields.h"
#include "services/ticketmutation.h"
#include "storage/catalogrepository.h"
#include "storage/eventrepository.h"
#include "storage/fieldrepository.h"
#include "storage/grouprepository.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QString encodeCursor(const api::CatalogItem& item)
{
    const QJsonArray array {item.name, item.id};
    return QString::fromLatin1(
        QJsonDocument(array)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<QString, qint64>> decodeCursor(const QString& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonArray array = QJsonDocument::fromJson(*decoded).array();
    if (array.size() != 2 || !array.at(0).isString() || !array.at(1).isDouble())
        return std::nullopt;
    return std::pair(array.at(0).toString(), array.at(1).toInteger());
}

bool matches(const api::CatalogItem& item, const QString& search)
{
    return search.isEmpty() || item.name.contains(search, Qt::CaseInsensitive)
        || item.description.contains(search, Qt::CaseInsensitive);
}

// Items sort by name, then id (the list's order and its cursor's).
bool after(const api::CatalogItem& item, const std::pair<QString, qint64>& cursor)
{
    return item.name > cursor.first || (item.name == cursor.first && item.id > cursor.second);
}

} // namespace

CatalogService::CatalogService(SqlSession& session, const WorkflowConfig& workflow,
                               const Principal& principal, qint64 now)
    : m_session(session)
    , m_workflow(workflow)
    , m_principal(principal)
    , m_now(now)
{ }

Result<std::optional<qint64>, rpc::RpcError> CatalogService::check(const api::CatalogItem& item)
{
    std::optional<qint64> categoryId;
    if (!item.category.isEmpty()) {
        const auto category = CategoryRepository(m_session).findByName(item.category);
        if (!category || !category->active)
            return rpc::RpcError::invalidParams(u"category"_s, u"no such category"_s);
        categoryId = category->id;
    }
    GroupRepository groups(m_session);
    if (item.group && !groups.ref(*item.group))
        return rpc::RpcError::invalidParams(u"group"_s, u"no such group"_s);
    if (item.slaPolicy && !m_workflow.sla.policy(*item.slaPolicy))
        return rpc::RpcError::invalidParams(u"sla_policy"_s, u"no such SLA policy"_s);
    FieldRepository fields(m_session);
    for (qsizetype i = 0; i < item.form.size(); ++i) {
        const auto field = fields.findByName(item.form.at(i).field);
        if (!field || !field->active)
            return rpc::RpcError::invalidParams(u"form.%1.field"_s.arg(i),
                                                u"no such active custom field"_s);
    }
    for (qsizetype i = 0; i < item.tasks.size(); ++i) {
        if (!groups.ref(item.tasks.at(i).group))
            return rpc::RpcError::invalidParams(u"tasks.%1.group"_s.arg(i), u"no such group"_s);
    }
    return categoryId;
}

std::optional<rpc::RpcError> CatalogService::checkApprovals(const QJsonArray& approvals)
{
    const auto steps = api::parseApprovalSteps(approvals);
    if (!steps)
        return std::nullopt; // the params' parser has named the problem already
    UserRepository users(m_session);
    GroupRepository groups(m_session);
    for (qsizetype i = 0; i < steps->size(); ++i) {
        const api::ApprovalStep& step = steps->at(i);
        if (step.kind == api::ApprovalStep::Kind::User) {
            const auto user = users.find(step.user);
            if (!user || user->disabled)
                return rpc::RpcError::invalidParams(u"approvals[%1].user"_s.arg(i),
                                                    u"no such active user"_s);
        } else if (step.kind == api::ApprovalStep::Kind::Group && !groups.ref(step.group)) {
            return rpc::RpcError::invalidParams(u"approvals[%1].group"_s.arg(i),
                                                u"no such group"_s);
        }
    }
    return std::nullopt;
}

ServiceResult CatalogService::create(const api::CatalogItemCreateParams& params)
{
    CatalogRepository catalog(m_session);
    if (catalog.findByName(params.item.name))
        return rpc::RpcError::conflict(u"name_taken"_s, QJsonObject {{"field"_L1, u"name"_s}});
    auto categoryId = check(params.item);
    if (!categoryId)
        return categoryId.error();
    if (auto refused = checkApprovals(params.item.approvals))
        return *refused;
    const qint64 id = catalog.insert(params.item, *categoryId, m_now);
    const api::CatalogItem created = *catalog.find(id);
    AuditLog(m_session, m_principal, m_now)
        .recordChange(u"catalog.item.create"_s, u"catalog_item"_s, QJsonValue(), created.toJson(),
                      params.toJson());
    return Outcome(created);
}

ServiceResult CatalogService::update(const api::CatalogItemUpdateParams& params)
{
    CatalogRepository catalog(m_session);
    const auto before = catalog.find(params.id);
    if (!before)
        return rpc::RpcError::notFound(u"catalog_item"_s);
    const api::CatalogItem after = params.applied(*before);
    if (after.name != before->name && catalog.findByName(after.name))
        return rpc::RpcError::conflict(u"name_taken"_s, QJsonObject {{"field"_L1, u"name"_s}});
    auto categoryId = check(after);
    if (!categoryId)
        return categoryId.error();
    // Only a chain sent: a step whose person has left since does not stop (de)activating.
    if (params.approvals) {
        if (auto refused = checkApprovals(*params.approvals))
            return *refused;
    }
    catalog.update(after, *categoryId, m_now);
    const api::CatalogItem stored = *catalog.find(params.id);
    AuditLog(m_session, m_principal, m_now)
        .recordChange(u"catalog.item.update"_s, u"catalog_item"_s, before->toJson(),
                      stored.toJson(), params.toJson());
    return Outcome(stored);
}

ServiceResult CatalogService::get(qint64 id)
{
    const auto item = CatalogRepository(m_session).find(id);
    // Outside the caller's audience an item answers like a missing one.
    if (!item
        || (!m_principal.isStaff()
            && (!item->active || !item->audience.includes(m_principal.role, m_principal.orgId))))
        return rpc::RpcError::notFound(u"catalog_item"_s);
    return Outcome(*item);
}

ServiceResult CatalogService::list(const api::CatalogItemListParams& params)
{
    std::optional<std::pair<QString, qint64>> cursor;
    if (!params.cursor.isEmpty()) {
        cursor = decodeCursor(params.cursor);
        if (!cursor)
            return rpc::RpcError::invalidParams(u"cursor"_s, u"is not a cursor of this list"_s);
    }
    // Staff asking for all of them see every item (inactive ones too): the admin's view.
    const bool all = params.all && m_principal.isStaff();
    // Staff filing for a caller see what the caller may request.
    Role role = m_principal.role;
    std::optional<qint64> orgId = m_principal.orgId;
    if (params.requester) {
        if (!m_principal.isStaff())
            return rpc::RpcError::forbidden(u"field_not_allowed"_s, u"requester"_s);
        const auto requester = UserRepository(m_session).find(*params.requester);
        if (!requester || requester->disabled)
            return rpc::RpcError::invalidParams(u"requester"_s, u"no such active user"_s);
        role = requester->role;
        orgId = requester->org ? std::optional(requester->org->id) : std::nullopt;
    }
    const QString search = params.search.trimmed();
    api::CatalogItemPage page;
    for (const api::CatalogItem& item : CatalogRepository(m_session).list()) {
        if (cursor && !after(item, *cursor))
            continue;
        if (!all && (!item.active || !item.audience.includes(role, orgId)))
            continue;
        if (!matches(item, search))
            continue;
        if (page.items.size() == params.limit) {
            page.nextCursor = encodeCursor(page.items.constLast());
            break;
        }
        page.items.append(item);
    }
    return Outcome(page);
}

ServiceResult CatalogService::request(const api::CatalogRequestParams& params)
{
    CatalogRepository catalog(m_session);
    const auto item = catalog.find(params.item);
    if (!item || !item->active)
        return rpc::RpcError::notFound(u"catalog_item"_s);
    if (params.requester && !m_principal.isStaff())
        return rpc::RpcError::forbidden(u"field_not_allowed"_s, u"requester"_s);

    TicketMutation m(m_session, m_workflow, m_principal, m_now);
    TicketRecord record;
    Ticket& ticket = record.ticket;
    Role role = m_principal.role;
    if (params.requester) {
        const auto requester = UserRepository(m_session).find(*params.requester);
        if (!requester || requester->disabled)
            return rpc::RpcError::invalidParams(u"requester"_s, u"no such active user"_s);
        ticket.requester = requester->ref();
        ticket.org = requester->org;
        record.requesterVip = requester->vip;
        role = requester->role;
    } else {
        const auto facts = UserRepository(m_session).requesterFacts(m_principal.userId);
        ticket.requester = m_principal.ref();
        ticket.org = facts.org;
        record.requesterVip = facts.vip;
    }
    if (!item->audience.includes(role, ticket.org ? std::optional(ticket.org->id) : std::nullopt))
        return rpc::RpcError::forbidden(u"not_in_audience"_s, u"item"_s);
    for (auto it = params.fields.begin(); it != params.fields.end(); ++it) {
        const bool onForm =
            std::any_of(item->form.cbegin(), item->form.cend(),
                        [&](const api::CatalogFormField& f) { return f.field == it.key(); });
        if (!onForm)
            return rpc::RpcError::invalidParams(u"fields."_s + it.key(),
                                                u"is not on this item's form"_s);
    }

    ticket.type = TicketType::ServiceRequest;
    ticket.title =
        u"%1 for %2"_s.arg(item->name, ticket.requester.displayName).left(api::MaxTitleLength);
    ticket.description = params.description;
    ticket.priority = m_workflow.priorityMatrix.priority(ticket.impact, ticket.urgency);
    ticket.createdAt = m_now;
    ticket.updatedAt = m_now;
    ticket.version = 1;
    if (!item->category.isEmpty()) {
        const auto category = CategoryRepository(m_session).findByName(item->category);
        if (category && category->active) {
            record.categoryId = category->id;
            ticket.category = category->name;
            ticket.group = category->defaultGroup;
        }
    }
    if (item->group)
        ticket.group = GroupRepository(m_session).ref(*item->group);
    // The form's values, checked like ticket.create's; then what this item requires.
    TicketFields fields(m_session, m_principal);
    {
        QList<TicketMutation::Change> initial;
        if (auto problem = fields.apply(record, params.fields, true, initial))
            return *problem;
    }
    for (const api::CatalogFormField& field : item->form) {
        if (field.required && api::isEmptyFieldValue(record.fieldValues.value(field.field)))
            return rpc::RpcError::invalidParams(u"fields."_s + field.field, u"is required"_s);
    }
    const Lifecycle& lifecycle = m_workflow.lifecycles.of(ticket.type);
    ticket.status = lifecycle.initial();
    ticket.open = true;
    Automation automation(m);
    if (ticket.group) {
        QList<TicketMutation::Change> assignment; // part of the creation
        automation.autoAssign(record, assignment);
    }
    // Logged after the creation: the link to the item, and the approval it waits for.
    QList<TicketMutation::Change> initial;
    initial.append({u"catalog_item"_s, QJsonValue(QJsonValue::Null),
                    QJsonObject {{"id"_L1, item->id}, {"name"_L1, item->name}}});
    const bool approval = !item->approvals.isEmpty() && lifecycle.hasState(u"awaiting_approval"_s);
    if (approval)
        m.enterState(record, u"awaiting_approval"_s, initial);
    m.planSla(record);
    QList<TicketMutation::Change> changes;
    QList<Comment> comments;
    automation.run(record, {RuleEvent::Created}, changes, comments);
    m.refreshSla(record);

    ticket.id = m.tickets().insert(record);
    EventRepository(m_session).appendCreated(ticket.id, m_principal.userId, m_now);
    // The item's approval chain starts with the request, in its transaction: a step that cannot
    // be met (a requester without a manager) refuses the request, naming the step.
    QList<PushEvent> approvalEvents;
    if (approval) {
        auto steps = api::parseApprovalSteps(item->approvals);
        if (!steps)
            return rpc::RpcError::invalidParams(steps.error().first, steps.error().second);
        ApprovalEngine engine(m);
        if (auto chain = engine.startChain(record, *steps, QString(), initial, u"approvals"_s);
            !chain)
            return chain.error();
        approvalEvents = engine.takeEvents();
    }
    m.logChanges(record, initial);
    if (!changes.isEmpty())
        m.logChanges(record, changes);
    automation.stored(record, comments);
    catalog.insertRequest({ticket.id, item->id, item->slaPolicy, item->tasks, 0,
                           QString(approval ? Fulfilment::Approval : Fulfilment::Running)});
    if (item->slaPolicy) { // planned again with the item's policy, now that it is on record
        m.planSla(record);
        m.tickets().updateSla(record);
    }
    if (!approval)
        Fulfilment(m).start(record);

    ticket.catalogItem = CatalogItemRef {item->id, item->name};
    ticket.tasks = catalog.tasksOf(ticket.id);
    const bool withFields = !fields.definitions().isEmpty();
    if (withFields)
        ticket.fields = fields.shownToRequesters(record.fieldValues);
    const QByteArray json = m.encode(record);
    if (withFields)
        ticket.fields = fields.visible(record.fieldValues, m_principal);
    Outcome outcome(rpc::JsonPayload::encoded(withFields ? m.encode(record) : json));
    // The request's push first, then its tasks' (Fulfilment's notices).
    outcome.events.append(m.createdEvent(json, record));
    for (const Comment& comment : std::as_const(comments))
        outcome.events.append(m.commentedEvent(json, record, comment));
    outcome.events.append(approvalEvents); // the approvers hear of it
    m.finish(outcome);
    return outcome;
}

} // namespace frontline::server
