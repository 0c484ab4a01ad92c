#include "changeservice.h"

#include "auth/policy.h"
#include "core/timeutil.h"
#include "services/approvalengine.h"
#include "services/auditlog.h"
#include "services/changeschedule.h"
#include "services/cmdbservice.h"
#include "services/ticketcommands.h"
#include "services/ticketpresenter.h"
#include "storage/cmdbrepository.h"
#include "storage/eventrepository.h"
#include "storage/grouprepository.h"
#include "storage/sqlsession.h"
#include "workflow/workflowconfig.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString FrozenReason = u"approved changes keep their plan; cancel and file a new change"_s;

bool approvedAlready(const QString& status)
{
    return status == u"approved"_s || status == u"implementing"_s || status == u"resolved"_s
        || status == u"closed"_s;
}

QJsonValue scheduleJson(const ChangeRepository::Record& r)
{
    if (!r.plannedStart)
        return QJsonValue();
    return QJsonObject {
        {"start"_L1, timeutil::toIso(*r.plannedStart)},
        {"end"_L1, r.plannedEnd ? QJsonValue(timeutil::toIso(*r.plannedEnd)) : QJsonValue()}};
}

std::optional<qint64> groupNamed(SqlSession& session, const QString& name)
{
    Statement q = session.prepare(u"SELECT id FROM agent_groups WHERE name = ?"_s);
    q.bind(name).exec();
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

} // namespace

ChangeService::ChangeService(SqlSession& session, const WorkflowConfig& workflow,
                             const Principal& principal, qint64 now)
    : m(session, workflow, principal, now)
    , m_workflow(workflow)
{ }

Result<TicketRecord, rpc::RpcError> ChangeService::loadChange(qint64 id, const QString& field)
{
    auto loaded = m.loadVisible(id);
    if (!loaded)
        return loaded.error();
    if (loaded->ticket.type != TicketType::Change)
        return rpc::RpcError::invalidParams(field, u"is not a change"_s);
    return loaded;
}

void ChangeService::logUnversioned(const TicketRecord& record, const Change& change,
                                   Outcome& outcome)
{
    EventRepository(m.session())
        .appendChange(record.ticket.id, m.principal().userId, m.now(), change.field,
                      change.oldValue, change.newValue, change.internal);
    outcome.events.append(m.changedEvent(m.encode(record), record, {change}));
}

void ChangeService::logRecordChanges(const TicketRecord& ticket,
                                     const ChangeRepository::Record& before,
                                     const ChangeRepository::Record& after, Outcome& outcome)
{
    const auto log = [&](const QString& field, const QJsonValue& from, const QJsonValue& to) {
        if (from != to)
            logUnversioned(ticket, {field, from, to, 0, true}, outcome);
    };
    log(u"change.kind"_s, before.kind, after.kind);
    log(u"change.template"_s, before.templateId ? QJsonValue(*before.templateId) : QJsonValue(),
        after.templateId ? QJsonValue(*after.templateId) : QJsonValue());
    log(u"change.risk_level"_s, before.riskLevel, after.riskLevel);
    log(u"change.implementation_plan"_s, before.implementationPlan, after.implementationPlan);
    log(u"change.backout_plan"_s, before.backoutPlan, after.backoutPlan);
    log(u"change.test_plan"_s, before.testPlan, after.testPlan);
    log(u"change.schedule"_s, scheduleJson(before), scheduleJson(after));
}

std::optional<rpc::RpcError> ChangeService::applyRisk(ChangeRepository::Record& record,
                                                      const QMap<QString, int>& answers)
{
    const api::ChangeQuestionnaire& q = m_workflow.changeRisk;
    if (auto problem = q.checkAnswers(answers))
        return rpc::RpcError::invalidParams(problem->first, problem->second);
    record.risk = answers;
    record.riskScore = q.score(answers);
    record.riskLevel = answers.isEmpty() ? QString() : q.levelFor(record.riskScore);
    return std::nullopt;
}

api::ChangeDetail ChangeService::detail(const TicketRecord& record)
{
    const Ticket& t = record.ticket;
    ChangeRepository changes(m.session());
    const ChangeRepository::Record r = changes.find(t.id).value_or(ChangeRepository::Record {});
    api::ChangeDetail d;
    d.id = t.id;
    d.title = t.title;
    d.description = t.description;
    d.status = t.status;
    d.open = t.open;
    d.kind = r.kind;
    d.templateId = r.templateId;
    if (r.templateId) {
        if (const auto tmpl = changes.findTemplate(*r.templateId))
            d.templateName = tmpl->value.name;
    }
    d.category = t.category;
    if (t.assignee) {
        d.assignee = t.assignee->id;
        d.assigneeName =
            t.assignee->displayName.isEmpty() ? t.assignee->username : t.assignee->displayName;
    }
    d.risk = r.risk;
    d.riskScore = r.riskScore;
    d.riskLevel = r.riskLevel;
    d.implementationPlan = r.implementationPlan;
    d.backoutPlan = r.backoutPlan;
    d.testPlan = r.testPlan;
    d.plannedStart = r.plannedStart;
    d.plannedEnd = r.plannedEnd;
    d.cis = CmdbRepository(m.session()).ticketCis(t.id);
    ChangeSchedule schedule(m.session(), m.principal(), m.now());
    d.impact = schedule.impactOf(d.cis);
    if (r.plannedStart && r.plannedEnd && !t.status.isEmpty() && t.status != u"rejected"_s
        && t.status != u"cancelled"_s && t.status != u"merged"_s)
        d.conflicts = schedule.conflictsOf(t.id, *r.plannedStart, *r.plannedEnd, d.cis);
    d.review = r.review;
    for (const api::ChangeIncident& incident : changes.incidentsOf(t.id)) {
        const auto found = m.tickets().find(incident.id);
        if (found && policy::canReadTicket(m.principal(), TicketPresenter::accessOf(found->ticket)))
            d.causedIncidents.append(incident);
    }
    d.updatedAt = t.updatedAt;
    return d;
}

ServiceResult ChangeService::questionnaire()
{
    return Outcome(m_workflow.changeRisk.toJson());
}

ServiceResult ChangeService::create(const api::ChangeCreateParams& params)
{
    ChangeRepository changes(m.session());
    ChangeRepository::Record record;
    record.kind = params.kind;
    QList<qint64> cis = params.cis.value_or(QList<qint64>());
    std::optional<QString> category = params.category;
    if (params.templateId) {
        const auto tmpl = changes.findTemplate(*params.templateId);
        if (!tmpl || !tmpl->value.active)
            return rpc::RpcError::invalidParams(u"template"_s, u"no such active template"_s);
        record.templateId = tmpl->value.id;
        record.implementationPlan = tmpl->value.implementationPlan;
        record.backoutPlan = tmpl->value.backoutPlan;
        record.testPlan = tmpl->value.testPlan;
        record.riskLevel = tmpl->value.riskLevel;
        if (!params.cis)
            cis = tmpl->cis;
        if (!category && !tmpl->value.category.isEmpty())
            category = tmpl->value.category;
    }
    if (params.risk && params.kind != u"standard"_s) {
        if (auto problem = applyRisk(record, *params.risk))
            return *problem;
    }
    if (params.implementationPlan)
        record.implementationPlan = params.implementationPlan->trimmed();
    if (params.backoutPlan)
        record.backoutPlan = params.backoutPlan->trimmed();
    if (params.testPlan)
        record.testPlan = params.testPlan->trimmed();
    record.plannedStart = params.plannedStart;
    record.plannedEnd = params.plannedEnd;

    api::TicketCreateParams create;
    create.title = params.title;
    create.description = params.description;
    create.type = TicketType::Change;
    create.category = category;
    create.assignee = params.assignee;
    if (!create.assignee) {
        // The agent who files the change carries it out, when they may hold it (a member of
        // the group its category routes to, or no group), as with problems.
        std::optional<qint64> group;
        if (category) {
            if (const auto found = CategoryRepository(m.session()).findByName(*category);
                found && found->defaultGroup)
                group = found->defaultGroup->id;
        }
        if (!group || GroupRepository(m.session()).isMember(*group, m.principal().userId))
            create.assignee = m.principal().userId;
    }
    create.cis = cis;
    auto created = TicketCommands(m.session(), m_workflow, m.principal(), m.now()).create(create);
    if (!created)
        return created.error();
    Outcome outcome = std::move(created).value();
    const qint64 id = outcome.result.toValue().toObject().value("id"_L1).toInteger();
    auto ticket = m.loadVisible(id);
    if (!ticket)
        return ticket.error();
    changes.save(id, record, m.principal().userId, m.now());
    ChangeRepository::Record none;
    none.kind.clear();
    logRecordChanges(*ticket, none, record, outcome);
    outcome.result = Outcome(detail(*ticket)).result;
    return outcome;
}

ServiceResult ChangeService::get(qint64 id)
{
    auto ticket = m.loadReadable(id);
    if (!ticket)
        return ticket.error();
    if (ticket->ticket.type != TicketType::Change)
        return rpc::RpcError::notFound(u"change"_s);
    return Outcome(detail(*ticket));
}

ServiceResult ChangeService::update(const api::ChangeUpdateParams& params)
{
    auto ticket = loadChange(params.id, u"id"_s);
    if (!ticket)
        return ticket.error();
    ChangeRepository changes(m.session());
    const ChangeRepository::Record before =
        changes.find(params.id).value_or(ChangeRepository::Record {});
    if (approvedAlready(ticket->ticket.status)) {
        const std::pair<bool, const char*> frozen[] = {
            {params.kind.has_value(), "kind"},
            {params.templateId.present, "template"},
            {params.risk.has_value(), "risk"},
            {params.cis.has_value(), "cis"},
            {params.implementationPlan.has_value(), "implementation_plan"},
            {params.backoutPlan.has_value(), "backout_plan"},
            {params.testPlan.has_value(), "test_plan"}};
        for (const auto& [given, field] : frozen) {
            if (given)
                return rpc::RpcError::invalidParams(QString::fromLatin1(field), FrozenReason);
        }
    }
    ChangeRepository::Record after = before;
    if (params.kind)
        after.kind = *params.kind;
    if (params.templateId.present)
        after.templateId = params.templateId.value;
    if (after.kind == u"standard"_s) {
        // A template deactivated since the change was made from it stays on the change (which
        // then cannot be submitted as pre-approved); only a newly chosen one must be active.
        const bool chosenNow =
            after.templateId != before.templateId || before.kind != u"standard"_s;
        const auto tmpl = after.templateId ? changes.findTemplate(*after.templateId) : std::nullopt;
        if (!tmpl || (chosenNow && !tmpl->value.active))
            return rpc::RpcError::invalidParams(u"template"_s,
                                                u"a standard change needs an active template"_s);
        if (after.templateId != before.templateId || before.kind != u"standard"_s) {
            after.riskLevel = tmpl->value.riskLevel;
            after.risk.clear();
            after.riskScore = 0;
        }
    } else {
        after.templateId.reset();
        if (before.kind == u"standard"_s && !params.risk) {
            after.riskLevel.clear(); // the template's level no longer holds: answer the questions
            after.riskScore = 0;
        }
    }
    if (params.risk && after.kind != u"standard"_s) {
        if (auto problem = applyRisk(after, *params.risk))
            return *problem;
    }
    if (params.implementationPlan)
        after.implementationPlan = params.implementationPlan->trimmed();
    if (params.backoutPlan)
        after.backoutPlan = params.backoutPlan->trimmed();
    if (params.testPlan)
        after.testPlan = params.testPlan->trimmed();
    if (params.plannedStart.present)
        after.plannedStart = params.plannedStart.value;
    if (params.plannedEnd.present)
        after.plannedEnd = params.plannedEnd.value;
    if (after.plannedEnd && !after.plannedStart)
        return rpc::RpcError::invalidParams(u"planned_start"_s, u"is required with planned_end"_s);
    if (after.plannedStart && after.plannedEnd && *after.plannedEnd <= *after.plannedStart)
        return rpc::RpcError::invalidParams(u"planned_end"_s, u"must be after planned_start"_s);

    Outcome outcome;
    // The ticket's own fields go through ticket.update (its checks, log and push).
    api::TicketUpdateParams ticketUpdate;
    ticketUpdate.id = params.id;
    ticketUpdate.version = ticket->ticket.version;
    ticketUpdate.title = params.title;
    ticketUpdate.description = params.description;
    ticketUpdate.category = params.category;
    ticketUpdate.assignee = params.assignee;
    ticketUpdate.cis = params.cis;
    if (ticketUpdate.hasChanges()) {
        auto updated =
            TicketCommands(m.session(), m_workflow, m.principal(), m.now()).update(ticketUpdate);
        if (!updated)
            return updated.error();
        outcome.events += updated->events;
        outcome.wakeAt = updated->wakeAt;
        ticket = m.loadVisible(params.id);
        if (!ticket)
            return ticket.error();
    }
    changes.save(params.id, after, m.principal().userId, m.now());
    logRecordChanges(*ticket, before, after, outcome);
    outcome.result = Outcome(detail(*ticket)).result;
    return outcome;
}

QList<api::ApprovalStep> ChangeService::chainFor(const QString& kind)
{
    const api::ChangeApprovalConfig& config = m_workflow.changeApproval;
    if (kind == u"emergency"_s && config.emergency)
        return *config.emergency;
    if (kind == u"normal"_s && config.normal)
        return *config.normal;
    // Default: the group "Change Advisory Board" (every member approves a normal change; any
    // one an emergency change, unless an "Emergency Change Advisory Board" group exists, of
    // which any one member approves). Without such a group: no chain, a manager approves by
    // hand (ticket.transition to approved).
    api::ApprovalStep step;
    step.kind = api::ApprovalStep::Kind::Group;
    if (kind == u"emergency"_s) {
        if (const auto ecab = groupNamed(m.session(), u"Emergency Change Advisory Board"_s)) {
            step.group = *ecab;
            step.rule = api::ApprovalStep::Rule::Any;
            return {step};
        }
    }
    if (const auto cab = groupNamed(m.session(), u"Change Advisory Board"_s)) {
        step.group = *cab;
        step.rule =
            kind == u"emergency"_s ? api::ApprovalStep::Rule::Any : api::ApprovalStep::Rule::All;
        return {step};
    }
    return {};
}

ServiceResult ChangeService::submit(const api::ChangeSubmitParams& params)
{
    auto loaded = loadChange(params.id, u"id"_s);
    if (!loaded)
        return loaded.error();
    TicketRecord record = std::move(loaded).value();
    if (record.ticket.status != u"new"_s && record.ticket.status != u"assessment"_s)
        return rpc::RpcError::invalidTransition(record.ticket.status, u"awaiting_approval"_s,
                                                u"only_new_or_assessment_changes_are_submitted"_s);
    ChangeRepository changes(m.session());
    const ChangeRepository::Record r =
        changes.find(params.id).value_or(ChangeRepository::Record {});
    // Completeness: the first missing field, in the order a form shows them.
    const auto missing = [](const QString& field) {
        return rpc::RpcError::invalidParams(field, u"is required before the change is submitted"_s);
    };
    if (r.implementationPlan.isEmpty())
        return missing(u"implementation_plan"_s);
    if (r.backoutPlan.isEmpty())
        return missing(u"backout_plan"_s);
    if (r.testPlan.isEmpty())
        return missing(u"test_plan"_s);
    if (r.kind != u"standard"_s) {
        const QString unanswered = m_workflow.changeRisk.firstUnanswered(r.risk);
        if (!unanswered.isEmpty())
            return missing(u"risk."_s + unanswered);
    }
    if (!r.plannedStart || !r.plannedEnd)
        return missing(u"planned_start"_s);
    if (CmdbRepository(m.session()).ticketCis(params.id).isEmpty())
        return missing(u"cis"_s);

    const int version = record.ticket.version;
    QList<Change> changesMade;
    QList<PushEvent> approvalEvents;
    if (r.kind == u"standard"_s) {
        const auto tmpl = r.templateId ? changes.findTemplate(*r.templateId) : std::nullopt;
        if (!tmpl || !tmpl->value.active)
            return rpc::RpcError::invalidParams(u"template"_s,
                                                u"the template is no longer active"_s);
        m.enterState(record, u"approved"_s, changesMade);
        changesMade.append({u"change.approval"_s, QJsonValue(),
                            QJsonObject {{"state"_L1, u"pre_approved"_s},
                                         {"template"_L1, tmpl->value.id},
                                         {"template_name"_L1, tmpl->value.name}}});
    } else {
        if (record.ticket.status == u"new"_s)
            m.enterState(record, u"assessment"_s, changesMade);
        const QList<api::ApprovalStep> steps = chainFor(r.kind);
        if (steps.isEmpty()) {
            m.enterState(record, u"awaiting_approval"_s, changesMade);
        } else {
            ApprovalEngine engine(m);
            auto chain = engine.startChain(record, steps, params.note, changesMade,
                                           u"change_approval."_s + r.kind);
            if (!chain)
                return chain.error();
            approvalEvents = engine.takeEvents();
        }
    }
    QList<Comment> comments;
    if (!params.note.isEmpty())
        comments.append(m.addComment(record, params.note, true));
    if (auto saved = m.save(record, version, changesMade); !saved)
        return saved.error();
    Outcome outcome = m.changedOutcome(record, changesMade, comments);
    outcome.events.append(approvalEvents);
    outcome.result = Outcome(detail(record)).result;
    return outcome;
}

ServiceResult ChangeService::review(const api::ChangeReviewParams& params)
{
    auto ticket = loadChange(params.id, u"id"_s);
    if (!ticket)
        return ticket.error();
    if (ticket->ticket.status != u"resolved"_s)
        return rpc::RpcError::invalidParams(
            u"id"_s, u"is not implemented yet: the review follows the implementation"_s);
    ChangeRepository changes(m.session());
    ChangeRepository::Record r = changes.find(params.id).value_or(ChangeRepository::Record {});
    const QJsonValue before = r.review ? QJsonValue(r.review->toJson()) : QJsonValue();
    r.review = api::ChangeReview {params.outcome, params.notes, m.principal().userId,
                                  m.principal().displayName, m.now()};
    changes.save(params.id, r, m.principal().userId, m.now());
    Outcome outcome;
    logUnversioned(*ticket,
                   {u"change.review"_s, before,
                    QJsonObject {{"outcome"_L1, params.outcome}, {"notes"_L1, params.notes}}, 0,
                    true},
                   outcome);
    outcome.result = Outcome(detail(*ticket)).result;
    return outcome;
}

std::optional<rpc::RpcError> ChangeService::checkClose(SqlSession& session, qint64 ticketId)
{
    const auto r = ChangeRepository(session).find(ticketId);
    if (!r || r->kind == u"standard"_s || r->review)
        return std::nullopt;
    return rpc::RpcError::conflict(u"review_missing"_s, QJsonObject {{"field"_L1, u"status"_s}});
}

ServiceResult ChangeService::linkIncidents(const api::ChangeLinkIncidentsParams& params,
                                           bool linked)
{
    auto change = loadChange(params.change, u"change"_s);
    if (!change)
        return change.error();
    ChangeRepository changes(m.session());
    Outcome outcome;
    for (qsizetype i = 0; i < params.incidents.size(); ++i) {
        const QString field = u"incidents[%1]"_s.arg(i);
        auto incident = m.loadVisible(params.incidents[i]);
        if (!incident)
            return rpc::RpcError::invalidParams(field, u"no such ticket"_s);
        if (incident->ticket.type != TicketType::Incident)
            return rpc::RpcError::invalidParams(field, u"is not an incident"_s);
        const qint64 id = incident->ticket.id;
        const auto current = changes.changeOf(id);
        if (linked) {
            if (current)
                return rpc::RpcError::invalidParams(
                    field, u"is linked to change #%1 already"_s.arg(*current));
            changes.link(params.change, id, m.principal().userId, m.now());
        } else if (!changes.unlink(params.change, id)) {
            return rpc::RpcError::invalidParams(field, u"is not linked to this change"_s);
        }
        const QJsonValue none = QJsonValue::Null;
        logUnversioned(*incident,
                       {u"caused_by_change"_s, linked ? none : QJsonValue(params.change),
                        linked ? QJsonValue(params.change) : none, 0, true},
                       outcome);
        logUnversioned(*change,
                       {u"change.caused_incidents"_s, linked ? none : QJsonValue(id),
                        linked ? QJsonValue(id) : none, 0, true},
                       outcome);
    }
    outcome.result = Outcome(detail(*change)).result;
    return outcome;
}

api::ChangeTemplate ChangeService::presentTemplate(const ChangeRepository::Template& t)
{
    api::ChangeTemplate result = t.value;
    const QHash<qint64, api::CiNode> found = CmdbRepository(m.session()).ciNodes(t.cis);
    for (qint64 id : t.cis) {
        if (found.contains(id))
            result.cis.append(found.value(id));
    }
    return result;
}

ServiceResult ChangeService::createTemplate(const api::ChangeTemplateCreateParams& params)
{
    ChangeRepository::Template t;
    t.value.name = params.name;
    t.value.description = params.description;
    t.value.category = params.category.value_or(QString());
    t.value.implementationPlan = params.implementationPlan;
    t.value.backoutPlan = params.backoutPlan;
    t.value.testPlan = params.testPlan;
    t.value.riskLevel = params.riskLevel.value_or(m_workflow.changeRisk.levels.value(0).name);
    if (!m_workflow.changeRisk.level(t.value.riskLevel))
        return rpc::RpcError::invalidParams(u"risk_level"_s,
                                            u"is not a level of the questionnaire"_s);
    if (auto problem = CmdbService::checkTicketCis(m.session(), m.principal(), params.cis))
        return *problem;
    t.cis = params.cis;
    t.value.updatedAt = m.now();
    t.value.id = ChangeRepository(m.session()).insertTemplate(t, m.now());
    const api::ChangeTemplate created = presentTemplate(t);
    // A template's changes are approved without the board: who wrote it is audited.
    AuditLog(m.session(), m.principal(), m.now())
        .recordChange(u"change.template.create"_s, u"change_template"_s, QJsonValue(),
                      created.toJson(), params.toJson());
    return Outcome(created);
}

ServiceResult ChangeService::updateTemplate(const api::ChangeTemplateUpdateParams& params)
{
    ChangeRepository changes(m.session());
    auto t = changes.findTemplate(params.id);
    if (!t)
        return rpc::RpcError::notFound(u"template"_s);
    const QJsonObject before = presentTemplate(*t).toJson();
    if (params.name)
        t->value.name = params.name->trimmed();
    if (params.description)
        t->value.description = *params.description;
    if (params.category.present)
        t->value.category = params.category.value.value_or(QString());
    if (params.implementationPlan)
        t->value.implementationPlan = params.implementationPlan->trimmed();
    if (params.backoutPlan)
        t->value.backoutPlan = params.backoutPlan->trimmed();
    if (params.testPlan)
        t->value.testPlan = params.testPlan->trimmed();
    if (params.riskLevel) {
        if (!m_workflow.changeRisk.level(*params.riskLevel))
            return rpc::RpcError::invalidParams(u"risk_level"_s,
                                                u"is not a level of the questionnaire"_s);
        t->value.riskLevel = *params.riskLevel;
    }
    if (params.active)
        t->value.active = *params.active;
    if (params.cis) {
        if (auto problem = CmdbService::checkTicketCis(m.session(), m.principal(), *params.cis))
            return *problem;
        t->cis = *params.cis;
    }
    t->value.updatedAt = m.now();
    changes.updateTemplate(*t, m.now());
    const api::ChangeTemplate after = presentTemplate(*t);
    AuditLog(m.session(), m.principal(), m.now())
        .recordChange(u"change.template.update"_s, u"change_template"_s, before, after.toJson(),
                      params.toJson());
    return Outcome(after);
}

ServiceResult ChangeService::listTemplates(const api::ChangeTemplateListParams& params)
{
    api::ChangeTemplateList list;
    for (const ChangeRepository::Template& t :
         ChangeRepository(m.session()).templates(params.includeInactive))
        list.items.append(presentTemplate(t));
    return Outcome(list);
}

} // namespace frontline::server
