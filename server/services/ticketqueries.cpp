#include "ticketqueries.h"

#include "api/ticketresults.h"
#include "auth/policy.h"
#include "notify/historymails.h"
#include "services/approvalprogress.h"
#include "services/cmdbservice.h"
#include "services/ticketfields.h"
#include "services/ticketpresenter.h"
#include "storage/attachmentrepository.h"
#include "storage/catalogrepository.h"
#include "storage/changerepository.h"
#include "storage/eventrepository.h"
#include "storage/fieldrepository.h"
#include "storage/grouprepository.h"
#include "storage/problemrepository.h"
#include "storage/ratingrepository.h"
#include "storage/ticketlinkrepository.h"
#include "workflow/workflowconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::server {

TicketQueries::TicketQueries(SqlSession& session, const WorkflowConfig& workflow,
                             const Principal& principal, qint64 now)
    : m_session(session)
    , m_workflow(workflow)
    , m_principal(principal)
    , m_now(now)
{ }

ServiceResult TicketQueries::get(qint64 id)
{
    auto record = TicketRepository(m_session).find(id);
    if (!record || !policy::canReadTicket(m_principal, TicketPresenter::accessOf(record->ticket)))
        return rpc::RpcError::notFound(u"ticket"_s);
    if (const QByteArray info = AttachmentRepository(m_session).systemInfo(id); !info.isEmpty())
        record->ticket.systemInfo = QJsonDocument::fromJson(info).object();
    if (const auto rating = RatingRepository(m_session).find(id))
        record->ticket.rating = Rating {rating->score, rating->comment, rating->ratedAt};
    // (A desk without custom fields answers as it always did.)
    if (TicketFields fields(m_session, m_principal); !fields.definitions().isEmpty()) {
        fields.load(*record);
        record->ticket.fields = fields.visible(record->fieldValues, m_principal);
    }
    // A request from the catalog: its item and its fulfilment tasks so far.
    if (record->ticket.type == TicketType::ServiceRequest) {
        CatalogRepository catalog(m_session);
        if (auto item = catalog.requestItem(id)) {
            record->ticket.catalogItem = item;
            record->ticket.tasks = catalog.tasksOf(id);
        }
    }
    record->ticket.cis = CmdbService::ticketCis(m_session, id);
    const auto steps = approvalProgressOf(m_session, id, policy::canSeeInternal(m_principal));
    if (steps.isEmpty())
        return Outcome(TicketPresenter(m_workflow, m_now).present(std::move(*record)));
    // A ticket that has (or had) an approval chain: its steps and where each one stands.
    QJsonObject ticket = TicketPresenter(m_workflow, m_now).present(std::move(*record)).toJson();
    ticket.insert("approvals"_L1, api::approvalProgressJson(steps));
    return Outcome(ticket);
}

ServiceResult TicketQueries::history(qint64 id)
{
    const auto record = TicketRepository(m_session).find(id);
    if (!record || !policy::canReadTicket(m_principal, TicketPresenter::accessOf(record->ticket)))
        return rpc::RpcError::notFound(u"ticket"_s);
    api::TicketHistory history;
    history.ticketId = id;
    const bool staff = policy::canSeeInternal(m_principal);
    history.items = EventRepository(m_session).history(id, staff, MaxHistoryEntries);
    if (staff) // addresses and the outbox are the desk's business
        history.mails = notify::historyMails(m_session, id, history.items);
    return Outcome(history);
}

ServiceResult TicketQueries::count(const api::TicketFilter& params)
{
    auto filter = resolveFilter(params);
    if (!filter)
        return filter.error();
    const bool emptyGroupSet = filter->groupSet && filter->groups && filter->groups->isEmpty();
    const int found = emptyGroupSet
        ? 0
        : TicketRepository(m_session).count(scopesFor(params), *filter, CountCap + 1);
    return Outcome(api::TicketCount {std::min(found, CountCap), found > CountCap});
}

ServiceResult TicketQueries::links(qint64 id)
{
    TicketRepository tickets(m_session);
    const auto record = tickets.find(id);
    if (!record || !policy::canReadTicket(m_principal, TicketPresenter::accessOf(record->ticket)))
        return rpc::RpcError::notFound(u"ticket"_s);
    api::TicketLinks result;
    result.ticketId = id;
    QList<TicketLink> links = TicketLinkRepository(m_session).linksOf(id);
    // An incident's problem and the change that caused it are links too (issue 22): the
    // incident's pane shows them beside the related tickets.
    if (record->ticket.type == TicketType::Incident) {
        if (auto problem = ProblemRepository(m_session).problemLinkOf(id))
            links.prepend(*problem);
        if (auto change = ChangeRepository(m_session).changeLinkOf(id))
            links.prepend(*change);
    }
    for (const TicketLink& link : std::as_const(links)) {
        const auto other = tickets.find(link.other);
        // Only what the caller may see: a link to a hidden ticket is left out.
        if (!other || !policy::canReadTicket(m_principal, TicketPresenter::accessOf(other->ticket)))
            continue;
        const Ticket& t = other->ticket;
        result.items.append({{t.id, t.title, t.status, t.open}, link.kind, link.createdAt});
    }
    return Outcome(result);
}

Result<TicketListFilter, rpc::RpcError>
TicketQueries::resolveFilter(const api::TicketFilter& filter)
{
    TicketListFilter resolved;
    if (filter.statuses) {
        QSet<QString> known;
        for (const QString& type : ticketTypeNames()) {
            for (const LifecycleState& state :
                 m_workflow.lifecycles.of(*ticketTypeFromString(type)).states())
                known.insert(state.name);
        }
        for (const QString& status : *filter.statuses) {
            if (!known.contains(status))
                return rpc::RpcError::invalidParams(u"filter.status"_s,
                                                    u"unknown status "_s + status);
        }
        resolved.statuses = filter.statuses;
    }
    resolved.open = filter.open;
    if (filter.assignee) {
        resolved.assigneeSet = true;
        if (filter.assignee->kind == api::Selector::Kind::Me)
            resolved.assignee = m_principal.userId;
        else if (filter.assignee->kind == api::Selector::Kind::Id)
            resolved.assignee = filter.assignee->id;
    }
    if (filter.requester) {
        resolved.requester = filter.requester->kind == api::Selector::Kind::Me
            ? m_principal.userId
            : filter.requester->id;
    }
    if (filter.group) {
        resolved.groupSet = true;
        if (filter.group->kind == api::Selector::Kind::Id)
            resolved.groups = QList<qint64> {filter.group->id};
        else if (filter.group->kind == api::Selector::Kind::Mine)
            resolved.groups =
                QList<qint64>(m_principal.groupIds.cbegin(), m_principal.groupIds.cend());
    }
    resolved.priorities = filter.priorities;
    resolved.orgs = filter.orgs;
    resolved.parent = filter.parent;
    resolved.dueBefore = filter.dueBefore;
    resolved.slaStates = filter.slaStates;
    if (filter.types) {
        QStringList types;
        for (TicketType type : *filter.types)
            types.append(toString(type));
        resolved.types = types;
    }
    if (filter.category) {
        const auto category = CategoryRepository(m_session).findByName(*filter.category);
        if (!category)
            return rpc::RpcError::invalidParams(u"filter.category"_s, u"no such category"_s);
        resolved.categoryId = category->id;
    }
    if (!filter.fields.isEmpty()) {
        auto fields = TicketFields(m_session, m_principal).resolve(filter.fields);
        if (!fields)
            return fields.error();
        resolved.fields = *fields;
    }
    return resolved;
}

QList<TicketScope> TicketQueries::scopesFor(const api::TicketFilter& filter) const
{
    using Kind = TicketScope::Kind;
    switch (m_principal.role) {
    case Role::Admin:
    case Role::Manager:
        return {{Kind::All, 0}};
    case Role::Requester:
        // An organisation viewer: their own tickets and their organisation's.
        if (m_principal.orgViewer && m_principal.orgId)
            return {{Kind::Requester, m_principal.userId}, {Kind::Org, *m_principal.orgId}};
        return {{Kind::Requester, m_principal.userId}};
    case Role::Agent:
        break;
    }
    // An agent sees a union of scopes. When the filter already restricts the list to tickets
    // the agent may see, one indexed query over that filter is enough.
    const auto isMe = [this](const std::optional<api::Selector>& selector) {
        return selector
            && (selector->kind == api::Selector::Kind::Me
                || (selector->kind == api::Selector::Kind::Id
                    && selector->id == m_principal.userId));
    };
    if (isMe(filter.assignee) || isMe(filter.requester))
        return {{Kind::All, 0}};
    if (filter.group) {
        switch (filter.group->kind) {
        case api::Selector::Kind::None:
        case api::Selector::Kind::Mine:
            return {{Kind::All, 0}};
        case api::Selector::Kind::Id:
            if (m_principal.groupIds.contains(filter.group->id))
                return {{Kind::All, 0}};
            // Another group's tickets: only those assigned to or raised by the agent.
            return {{Kind::Assignee, m_principal.userId}, {Kind::Requester, m_principal.userId}};
        case api::Selector::Kind::Me:
            break;
        }
    }
    QList<TicketScope> scopes;
    for (qint64 group : m_principal.groupIds)
        scopes.append({Kind::Group, group});
    scopes.append({Kind::NoGroup, 0});
    scopes.append({Kind::Assignee, m_principal.userId});
    scopes.append({Kind::Requester, m_principal.userId});
    return scopes;
}

ServiceResult TicketQueries::list(const api::TicketListParams& params)
{
    auto filter = resolveFilter(params.filter);
    if (!filter)
        return filter.error();
    std::optional<TicketCursor> after;
    if (!params.cursor.isEmpty()) {
        after = TicketCursor::decode(params.cursor, params.sort);
        if (!after)
            return rpc::RpcError::invalidParams(u"cursor"_s,
                                                u"is not a cursor of this sort order"_s);
    }
    api::TicketPage result;
    const bool emptyGroupSet = filter->groupSet && filter->groups && filter->groups->isEmpty();
    if (!emptyGroupSet) {
        bool hasMore = false;
        TicketRepository tickets(m_session);
        QList<TicketRecord> page = tickets.page(scopesFor(params.filter), *filter, params.sort,
                                                after, params.limit, &hasMore);
        if (hasMore && !page.isEmpty())
            result.nextCursor =
                TicketRepository::cursorAfter(page.constLast(), params.sort).encode();
        if (params.includeFields) {
            TicketFields fields(m_session, m_principal);
            QList<qint64> ids;
            for (const TicketRecord& record : std::as_const(page))
                ids.append(record.ticket.id);
            const auto values = FieldRepository(m_session).values(ids, fields.definitions());
            for (TicketRecord& record : page)
                record.ticket.fields = fields.visible(values.value(record.ticket.id), m_principal);
        }
        TicketPresenter presenter(m_workflow, m_now);
        result.items.reserve(page.size());
        for (TicketRecord& record : page)
            result.items.append(presenter.present(std::move(record)));
    }
    return Outcome(result);
}

} // namespace frontline::server
