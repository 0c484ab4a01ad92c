#include "problemservice.h"

#include "api/ticketapi.h"
#include "auth/policy.h"
#include "services/ticketcommands.h"
#include "services/ticketpresenter.h"
#include "storage/eventrepository.h"
#include "storage/grouprepository.h"
#include "storage/problemrepository.h"
#include "workflow/workflowconfig.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QString positioned(const QString& field, qsizetype index)
{
    return u"%1[%2]"_s.arg(field).arg(index);
}

// The statuses from `from` to a resolved state, shortest first (at most three steps), through
// transitions `role` may take by hand whose guards the call can meet: a note is always given,
// an assignee only when the ticket has one.
std::optional<QStringList> pathToResolved(const Lifecycle& lifecycle, const Ticket& ticket,
                                          Role role)
{
    QHash<QString, QStringList> reached {{ticket.status, {}}};
    QStringList frontier {ticket.status};
    for (int depth = 0; depth < 3 && !frontier.isEmpty(); ++depth) {
        QStringList next;
        for (const QString& status : std::as_const(frontier)) {
            for (const LifecycleTransition& transition : lifecycle.transitions()) {
                if (!transition.from.contains(status) || !transition.on.isEmpty()
                    || !transition.roles.contains(role) || reached.contains(transition.to))
                    continue;
                if (transition.guards.contains(Guard::Assignee) && !ticket.assignee)
                    continue;
                QStringList path = reached.value(status);
                path.append(transition.to);
                const LifecycleState* state = lifecycle.state(transition.to);
                if (state && state->resolved)
                    return path;
                reached.insert(transition.to, path);
                next.append(transition.to);
            }
        }
        frontier = next;
    }
    return std::nullopt;
}

} // namespace

ProblemService::ProblemService(SqlSession& session, const WorkflowConfig& workflow,
                               const Principal& principal, qint64 now)
    : m(session, workflow, principal, now)
    , m_workflow(workflow)
{ }

Result<TicketRecord, rpc::RpcError> ProblemService::loadProblem(qint64 id, const QString& field)
{
    auto loaded = m.loadVisible(id);
    if (!loaded)
        return loaded.error();
    if (loaded->ticket.type != TicketType::Problem)
        return rpc::RpcError::invalidParams(field, u"is not a problem"_s);
    return loaded;
}

api::ProblemDetail ProblemService::detail(const TicketRecord& problem)
{
    ProblemRepository problems(m.session());
    const ProblemRepository::Record record = problems.record(problem.ticket.id);
    api::ProblemDetail d;
    d.id = problem.ticket.id;
    d.title = problem.ticket.title;
    d.description = problem.ticket.description;
    d.status = problem.ticket.status;
    d.open = problem.ticket.open;
    d.category = problem.ticket.category;
    d.rootCause = record.rootCause;
    d.workaround = record.workaround;
    d.knownError = record.knownError;
    // Only the incidents the caller may read: an agent does not learn the titles of another
    // group's tickets through a problem they share.
    for (const api::ProblemIncident& incident : problems.incidentsOf(problem.ticket.id)) {
        const auto found = m.tickets().find(incident.id);
        if (found && policy::canReadTicket(m.principal(), TicketPresenter::accessOf(found->ticket)))
            d.incidents.append(incident);
    }
    d.updatedAt = problem.ticket.updatedAt;
    return d;
}

void ProblemService::logUnversioned(const TicketRecord& record, const Change& change,
                                    Outcome& outcome)
{
    EventRepository(m.session())
        .appendChange(record.ticket.id, m.principal().userId, m.now(), change.field,
                      change.oldValue, change.newValue, change.internal);
    outcome.events.append(m.changedEvent(m.encode(record), record, {change}));
}

ServiceResult ProblemService::create(const api::ProblemCreateParams& params)
{
    ProblemRepository problems(m.session());
    QList<TicketRecord> incidents;
    for (qsizetype i = 0; i < params.incidents.size(); ++i) {
        auto loaded = m.loadVisible(params.incidents[i]);
        if (!loaded)
            return rpc::RpcError::invalidParams(positioned(u"incidents"_s, i), u"no such ticket"_s);
        if (loaded->ticket.type != TicketType::Incident)
            return rpc::RpcError::invalidParams(positioned(u"incidents"_s, i),
                                                u"is not an incident"_s);
        if (const auto other = problems.problemOf(loaded->ticket.id))
            return rpc::RpcError::invalidParams(positioned(u"incidents"_s, i),
                                                u"is linked to problem #%1 already"_s.arg(*other));
        incidents.append(std::move(loaded).value());
    }

    api::TicketCreateParams create;
    create.title = params.title;
    create.description = params.description;
    create.type = TicketType::Problem;
    create.category = params.category;
    // The agent who raises the problem investigates it, when they may hold it (a member of
    // the group its category routes to, or no group).
    std::optional<qint64> group;
    if (params.category) {
        if (const auto category = CategoryRepository(m.session()).findByName(*params.category);
            category && category->defaultGroup)
            group = category->defaultGroup->id;
    }
    if (!group || GroupRepository(m.session()).isMember(*group, m.principal().userId))
        create.assignee = m.principal().userId;
    auto created = TicketCommands(m.session(), m_workflow, m.principal(), m.now()).create(create);
    if (!created)
        return created.error();
    Outcome outcome = std::move(created).value();
    const qint64 problemId = outcome.result.toValue().toObject().value("id"_L1).toInteger();
    auto problem = m.loadVisible(problemId);
    if (!problem)
        return problem.error();
    problems.saveRecord(problemId, {}, m.principal().userId, m.now());

    for (const TicketRecord& incident : std::as_const(incidents)) {
        problems.link(problemId, incident.ticket.id, m.principal().userId, m.now());
        logUnversioned(incident, {u"problem"_s, QJsonValue::Null, problemId, 0, true}, outcome);
        logUnversioned(*problem, {u"incidents"_s, QJsonValue::Null, incident.ticket.id, 0, true},
                       outcome);
    }
    outcome.result = Outcome(detail(*problem)).result;
    return outcome;
}

ServiceResult ProblemService::get(qint64 id)
{
    auto problem = m.loadReadable(id);
    if (!problem)
        return problem.error();
    if (problem->ticket.type != TicketType::Problem)
        return rpc::RpcError::invalidParams(u"id"_s, u"is not a problem"_s);
    return Outcome(detail(*problem));
}

ServiceResult ProblemService::link(const api::ProblemLinkParams& params, bool linked)
{
    auto problem = loadProblem(params.problem, u"problem"_s);
    if (!problem)
        return problem.error();
    ProblemRepository problems(m.session());
    Outcome outcome;
    for (qsizetype i = 0; i < params.incidents.size(); ++i) {
        const QString field = positioned(u"incidents"_s, i);
        auto incident = m.loadVisible(params.incidents[i]);
        if (!incident)
            return rpc::RpcError::invalidParams(field, u"no such ticket"_s);
        if (incident->ticket.type != TicketType::Incident)
            return rpc::RpcError::invalidParams(field, u"is not an incident"_s);
        const qint64 id = incident->ticket.id;
        const auto current = problems.problemOf(id);
        if (linked) {
            if (current)
                return rpc::RpcError::invalidParams(
                    field, u"is linked to problem #%1 already"_s.arg(*current));
            problems.link(params.problem, id, m.principal().userId, m.now());
        } else if (!problems.unlink(params.problem, id)) {
            return rpc::RpcError::invalidParams(field, u"is not linked to this problem"_s);
        }
        const QJsonValue none = QJsonValue::Null;
        logUnversioned(*incident,
                       {u"problem"_s, linked ? none : QJsonValue(params.problem),
                        linked ? QJsonValue(params.problem) : none, 0, true},
                       outcome);
        logUnversioned(*problem,
                       {u"incidents"_s, linked ? none : QJsonValue(id),
                        linked ? QJsonValue(id) : none, 0, true},
                       outcome);
    }
    outcome.result = Outcome(detail(*problem)).result;
    return outcome;
}

ServiceResult ProblemService::update(const api::ProblemUpdateParams& params)
{
    auto problem = loadProblem(params.id, u"id"_s);
    if (!problem)
        return problem.error();
    ProblemRepository problems(m.session());
    const ProblemRepository::Record before = problems.record(params.id);
    ProblemRepository::Record after = before;
    if (params.rootCause)
        after.rootCause = params.rootCause->trimmed();
    if (params.workaround)
        after.workaround = params.workaround->trimmed();
    if (params.knownError)
        after.knownError = *params.knownError;
    // A known error is what agents are offered for new incidents: without a workaround
    // there is nothing to offer.
    if (after.knownError && after.workaround.isEmpty())
        return rpc::RpcError::invalidParams(
            u"workaround"_s, u"is required for a known error (the agents are offered it)"_s);
    problems.saveRecord(params.id, after, m.principal().userId, m.now());
    Outcome outcome;
    if (after.rootCause != before.rootCause)
        logUnversioned(*problem, {u"root_cause"_s, before.rootCause, after.rootCause, 0, true},
                       outcome);
    if (after.workaround != before.workaround)
        logUnversioned(*problem, {u"workaround"_s, before.workaround, after.workaround, 0, true},
                       outcome);
    if (after.knownError != before.knownError)
        logUnversioned(*problem, {u"known_error"_s, before.knownError, after.knownError, 0, true},
                       outcome);
    outcome.result = Outcome(detail(*problem)).result;
    return outcome;
}

Status<rpc::RpcError> ProblemService::resolveTicket(qint64 id, const QString& text,
                                                    Outcome& outcome)
{
    auto loaded = m.loadVisible(id);
    if (!loaded)
        return loaded.error();
    Ticket ticket = loaded->ticket;
    const Lifecycle& lifecycle = m_workflow.lifecycles.of(ticket.type);
    auto path = pathToResolved(lifecycle, ticket, m.principal().role);
    if (!path && !ticket.assignee) {
        // The lifecycle wants an assignee on the way (new -> investigating): whoever resolves
        // it takes it, as they would by hand; a refusal (not of the ticket's group) stands.
        api::TicketUpdateParams take;
        take.id = id;
        take.version = ticket.version;
        take.assignee = api::Nullable<qint64>::of(m.principal().userId);
        auto taken = TicketCommands(m.session(), m_workflow, m.principal(), m.now()).update(take);
        if (!taken)
            return taken.error();
        outcome.events += taken->events;
        ticket.assignee = m.principal().ref();
        path = pathToResolved(lifecycle, ticket, m.principal().role);
    }
    if (!path)
        return rpc::RpcError::invalidTransition(ticket.status, u"resolved"_s,
                                                u"no_way_to_a_resolved_state"_s);
    QString from = ticket.status;
    for (qsizetype i = 0; i < path->size(); ++i) {
        const QString& to = path->at(i);
        const LifecycleTransition* transition = lifecycle.find(from, to);
        const bool last = i + 1 == path->size();
        const bool needsNote = transition && transition->guards.contains(Guard::Note);
        api::TicketTransitionParams step;
        step.id = id;
        step.status = to;
        step.note = last || needsNote ? text : QString();
        auto moved =
            TicketCommands(m.session(), m_workflow, m.principal(), m.now()).transition(step);
        if (!moved)
            return moved.error();
        outcome.events += moved->events;
        if (moved->wakeAt && (!outcome.wakeAt || *moved->wakeAt < *outcome.wakeAt))
            outcome.wakeAt = moved->wakeAt;
        from = to;
    }
    return {};
}

ServiceResult ProblemService::resolve(const api::ProblemResolveParams& params)
{
    auto problem = loadProblem(params.id, u"id"_s);
    if (!problem)
        return problem.error();
    if (!problem->ticket.open)
        return rpc::RpcError::invalidParams(u"id"_s, u"is not open"_s);
    ProblemRepository problems(m.session());
    const ProblemRepository::Record record = problems.record(params.id);
    Outcome outcome;
    if (auto resolved = resolveTicket(params.id, params.resolution, outcome); !resolved)
        return resolved.error();

    api::ProblemResolved result;
    const QString reply = !params.incidentReply.isEmpty() ? params.incidentReply
        : !record.workaround.isEmpty()                    ? record.workaround
                                                          : params.resolution;
    for (const api::ProblemIncident& incident : problems.incidentsOf(params.id)) {
        const auto found = m.tickets().find(incident.id);
        if (!found
            || !policy::canReadTicket(m.principal(), TicketPresenter::accessOf(found->ticket)))
            continue; // another group's ticket: left to its group, and not named to the caller
        if (!params.resolveIncidents || !incident.open) {
            result.untouchedIncidents.append(incident.id);
            continue;
        }
        // The public reply reaches the requester by the usual path (push, mail, history).
        if (auto resolved = resolveTicket(incident.id, reply, outcome); !resolved) {
            rpc::RpcError error = resolved.error();
            QJsonObject data = error.data.toObject();
            data.insert("incident"_L1, incident.id);
            error.data = data;
            return error;
        }
        result.resolvedIncidents.append(incident.id);
    }
    auto reloaded = m.loadReadable(params.id);
    if (!reloaded)
        return reloaded.error();
    result.problem = detail(*reloaded);
    outcome.result = Outcome(result).result;
    return outcome;
}

} // namespace frontline::server
