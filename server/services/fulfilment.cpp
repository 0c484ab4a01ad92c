#include "fulfilment.h"

#include "services/automation.h"
#include "storage/eventrepository.h"
#include "storage/grouprepository.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// Done: resolved, or closed after that; any other end (cancelled) stops the fulfilment.
bool isDone(const Lifecycle& lifecycle, const QString& status, bool open)
{
    if (open)
        return false;
    const LifecycleState* state = lifecycle.state(status);
    return (state && state->resolved) || status == u"closed"_s;
}

} // namespace

QList<TicketRecord> Fulfilment::start(const TicketRecord& request)
{
    auto row = m_catalog.request(request.ticket.id);
    if (!row || row->stage != 0 || (row->state != Approval && row->state != Running))
        return {};
    QList<int> stages;
    for (const api::CatalogTask& task : std::as_const(row->tasks))
        stages.append(task.stage);
    if (stages.isEmpty()) { // nothing to run: the request is for an agent to fulfil
        m_catalog.updateRequest(row->ticketId, 0, Done);
        return {};
    }
    return startStage(request, *row, *std::min_element(stages.cbegin(), stages.cend()));
}

QList<TicketRecord> Fulfilment::startStage(const TicketRecord& request,
                                           CatalogRepository::Request& row, int stage)
{
    QList<TicketRecord> made;
    int position = 0;
    for (const api::CatalogTask& task : std::as_const(row.tasks)) {
        if (task.stage != stage)
            continue;
        made.append(createTask(request, task));
        m_catalog.insertTask(made.constLast().ticket.id, request.ticket.id, stage, position++);
    }
    row.stage = stage;
    row.state = Running;
    m_catalog.updateRequest(row.ticketId, stage, Running);
    return made;
}

TicketRecord Fulfilment::createTask(const TicketRecord& request, const api::CatalogTask& spec)
{
    TicketRecord record;
    Ticket& ticket = record.ticket;
    const Ticket& parent = request.ticket;
    ticket.type = TicketType::Task;
    ticket.title = spec.title;
    ticket.description = spec.description;
    ticket.impact = parent.impact;
    ticket.urgency = parent.urgency;
    ticket.priority = parent.priority;
    ticket.createdAt = m.now();
    ticket.updatedAt = m.now();
    ticket.version = 1;
    // The request's requester follows the tasks (they read them and hear their pushes).
    ticket.requester = parent.requester;
    ticket.org = parent.org;
    record.requesterVip = request.requesterVip;
    ticket.category = parent.category;
    record.categoryId = request.categoryId;
    ticket.group = GroupRepository(m.session()).ref(spec.group);
    ticket.parent = parent.id;
    ticket.status = m.workflow().lifecycles.of(TicketType::Task).initial();
    ticket.open = true;

    Automation automation(m);
    if (ticket.group) {
        QList<Change> assignment; // part of the creation
        automation.autoAssign(record, assignment);
    }
    m.planSla(record);
    QList<Change> changes;
    QList<Comment> comments;
    automation.run(record, {RuleEvent::Created}, changes, comments);
    m.refreshSla(record);
    ticket.id = m.tickets().insert(record);
    EventRepository(m.session()).appendCreated(ticket.id, m.principal().userId, m.now());
    if (!changes.isEmpty())
        m.logChanges(record, changes);
    automation.stored(record, comments);
    const QByteArray json = m.encode(record);
    m.notices().append(m.createdEvent(json, record));
    for (const Comment& comment : std::as_const(comments))
        m.notices().append(m.commentedEvent(json, record, comment));
    return record;
}

void Fulfilment::statusChanged(const TicketRecord& record)
{
    if (record.ticket.parent) {
        if (!record.ticket.open)
            taskEnded(record);
        return;
    }
    // Approved through the lifecycle (a manager, or the approval chain at merge).
    if (record.ticket.type == TicketType::ServiceRequest && record.ticket.status == u"approved"_s)
        start(record);
    else if (!record.ticket.open
             && !isDone(m.workflow().lifecycles.of(record.ticket.type), record.ticket.status,
                        record.ticket.open))
        requestEnded(record);
}

// Cancelled (or rejected) before it was fulfilled: nobody should go on working on its tasks.
// Each open one takes its lifecycle's way to an end that is not "done" (the default: Cancel),
// with an internal note saying why; the fulfilment stops first, so these ends do not count
// as a task that stopped it.
void Fulfilment::requestEnded(const TicketRecord& request)
{
    auto row = m_catalog.request(request.ticket.id);
    if (!row || row->state == Done || row->state == Stopped)
        return;
    m_catalog.updateRequest(row->ticketId, row->stage, Stopped);
    const Lifecycle& lifecycle = m.workflow().lifecycles.of(TicketType::Task);
    for (const TicketTask& task : m_catalog.tasksOf(row->ticketId)) {
        if (!task.open)
            continue;
        auto record = m.tickets().find(task.id);
        if (!record)
            continue;
        const LifecycleState* end = nullptr;
        for (const LifecycleState& state : lifecycle.states()) {
            if (!state.open && !state.resolved && lifecycle.find(task.status, state.name)) {
                end = &state;
                break;
            }
        }
        if (!end)
            continue; // a lifecycle without such an end: the task stays for an agent
        QList<Change> changes;
        m.enterState(*record, end->name, changes);
        if (!m.save(*record, record->ticket.version, changes))
            continue;
        const qint64 author = UserRepository(m.session()).automationUserId();
        const auto user = UserRepository(m.session()).find(author);
        const Comment comment = m.addAutomaticComment(
            *record, user ? user->ref() : m.principal().ref(),
            u"Service request #%1 was %2: this task is no longer needed."_s.arg(request.ticket.id)
                .arg(request.ticket.status),
            true);
        const QByteArray json = m.encode(*record);
        m.notices().append(m.changedEvent(json, *record, changes));
        m.notices().append(m.commentedEvent(json, *record, comment));
    }
}

void Fulfilment::taskEnded(const TicketRecord& task)
{
    const auto stage = m_catalog.stageOf(task.ticket.id);
    if (!stage)
        return;
    auto row = m_catalog.request(*task.ticket.parent);
    if (!row || row->state != Running || row->stage != *stage)
        return; // an earlier stage's task closed after resolving, or the fulfilment stopped
    auto request = m.tickets().find(row->ticketId);
    if (!request)
        return;
    const Lifecycle& lifecycle = m.workflow().lifecycles.of(TicketType::Task);
    if (!isDone(lifecycle, task.ticket.status, task.ticket.open)) {
        m_catalog.updateRequest(row->ticketId, row->stage, Blocked);
        noteOnRequest(*request,
                      u"Task #%1 \"%2\" was %3: the fulfilment stopped and waits for an agent."_s
                          .arg(task.ticket.id)
                          .arg(task.ticket.title, task.ticket.status));
        return;
    }
    for (const TicketTask& sibling : m_catalog.tasksOf(row->ticketId)) {
        if (sibling.stage == *stage && !isDone(lifecycle, sibling.status, sibling.open))
            return; // still running (or cancelled: the request already waits)
    }
    std::optional<int> next;
    for (const api::CatalogTask& planned : std::as_const(row->tasks)) {
        if (planned.stage > *stage && (!next || planned.stage < *next))
            next = planned.stage;
    }
    if (next) {
        startStage(*request, *row, *next);
        return;
    }
    m_catalog.updateRequest(row->ticketId, row->stage, Done);
    requestDone(*request);
}

// The request moves to its lifecycle's resolved state ("Fulfilled" for service requests):
// the requester confirms and closes it, or reopens it, and is asked to rate it, as for any
// solved ticket. From a state without that transition an agent takes it from here.
void Fulfilment::requestDone(TicketRecord& request)
{
    const Lifecycle& lifecycle = m.workflow().lifecycles.of(request.ticket.type);
    const LifecycleState* resolved = nullptr;
    for (const LifecycleState& state : lifecycle.states()) {
        if (state.resolved && lifecycle.find(request.ticket.status, state.name)) {
            resolved = &state;
            break;
        }
    }
    if (!request.ticket.open || !resolved) {
        noteOnRequest(request, u"Every fulfilment task is done; the request waits for an agent."_s);
        return;
    }
    const QString text = u"Every fulfilment task is done."_s;
    QList<Change> changes;
    m.enterState(request, resolved->name, changes);
    if (request.ticket.resolution != text) {
        changes.append({u"resolution"_s, request.ticket.resolution, text});
        request.ticket.resolution = text;
    }
    if (!m.save(request, request.ticket.version, changes))
        return;
    const qint64 author = UserRepository(m.session()).automationUserId();
    const auto user = UserRepository(m.session()).find(author);
    const Comment comment =
        m.addAutomaticComment(request, user ? user->ref() : m.principal().ref(), text, false);
    const QByteArray json = m.encode(request);
    m.notices().append(m.changedEvent(json, request, changes));
    m.notices().append(m.commentedEvent(json, request, comment));
}

void Fulfilment::noteOnRequest(TicketRecord& request, const QString& body)
{
    const qint64 author = UserRepository(m.session()).automationUserId();
    const auto user = UserRepository(m.session()).find(author);
    const Comment comment =
        m.addAutomaticComment(request, user ? user->ref() : m.principal().ref(), body, true);
    m.notices().append(m.commentedEvent(m.encode(request), request, comment));
}

} // namespace frontline::server
