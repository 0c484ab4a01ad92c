#include "ticketpresenter.h"

#include "json/jsonwriter.h"
#include "workflow/workflowconfig.h"

namespace frontline::server {

TicketPresenter::TicketPresenter(const WorkflowConfig& workflow, qint64 now)
    : m_workflow(workflow)
    , m_now(now)
{ }

QByteArray TicketPresenter::encode(const TicketRecord& record) const
{
    json::JsonWriter writer;
    write(writer, record);
    return writer.take();
}

Ticket TicketPresenter::present(TicketRecord record) const
{
    record.ticket.sla.state = slaState(clockOf(record, m_workflow), m_now);
    return std::move(record.ticket);
}

void TicketPresenter::write(json::JsonWriter& writer, TicketRecord record) const
{
    present(std::move(record)).write(writer);
}

SlaClockInput TicketPresenter::clockOf(const TicketRecord& record, const WorkflowConfig& workflow)
{
    const Ticket& ticket = record.ticket;
    const LifecycleState* state = workflow.lifecycles.of(ticket.type).state(ticket.status);
    SlaClockInput clock;
    clock.createdAt = ticket.createdAt;
    clock.responseDue = ticket.sla.responseDue;
    clock.resolveDue = ticket.sla.resolveDue;
    clock.responseWarn = record.responseWarn;
    clock.resolveWarn = record.resolveWarn;
    clock.firstResponseAt = ticket.sla.firstResponseAt;
    clock.resolvedAt = ticket.resolvedAt;
    clock.pausedAt = record.slaPausedAt;
    clock.open = ticket.open;
    clock.resolvedState = state ? state->resolved : false;
    return clock;
}

TicketAccess TicketPresenter::accessOf(const Ticket& ticket)
{
    TicketAccess access;
    access.requesterId = ticket.requester.id;
    if (ticket.assignee)
        access.assigneeId = ticket.assignee->id;
    if (ticket.group)
        access.groupId = ticket.group->id;
    if (ticket.org)
        access.orgId = ticket.org->id;
    return access;
}

} // namespace frontline::server
