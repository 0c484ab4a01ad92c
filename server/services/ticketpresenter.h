#pragma once

#include "auth/policy.h"
#include "storage/ticketrepository.h"
#include "workflow/slatargets.h"

#include <QJsonObject>

namespace frontline::server {

struct WorkflowConfig;
}
namespace frontline::json {
class JsonWriter;
}
namespace frontline::server {

// Turns a stored ticket into its wire object, with the SLA state as of `now`.
class TicketPresenter
{
public:
    TicketPresenter(const WorkflowConfig& workflow, qint64 now);

    // The ticket as the wire shows it: the SLA state as of now.
    Ticket present(TicketRecord record) const;
    // Its wire object (Ticket::write).
    void write(json::JsonWriter& writer, TicketRecord record) const;
    QByteArray encode(const TicketRecord& record) const;
    static TicketAccess accessOf(const Ticket& ticket);
    // What the SLA clock needs to know of a stored ticket.
    static SlaClockInput clockOf(const TicketRecord& record, const WorkflowConfig& workflow);

private:
    const WorkflowConfig& m_workflow;
    qint64 m_now;
};

} // namespace frontline::server
