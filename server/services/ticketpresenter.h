#pragma once

#include "auth/policy.h"
#include "storage/ticketrepository.h"

#include <QJsonObject>

namespace frontline::server {

struct WorkflowConfig;

// Turns a stored ticket into its wire object, with the SLA state as of `now`.
class TicketPresenter
{
public:
    TicketPresenter(const WorkflowConfig& workflow, qint64 now);

    QJsonObject toJson(TicketRecord record) const;
    static TicketAccess accessOf(const Ticket& ticket);

private:
    const WorkflowConfig& m_workflow;
    qint64 m_now;
};

} // namespace frontline::server
