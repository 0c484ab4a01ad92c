#pragma once

#include "api/approvalprogressapi.h"

#include <QList>

namespace frontline::server {

class SqlSession;

// The steps of a ticket's latest approval chain as ticket.get shows them (issue 21): each
// step's kind, its state (waiting / approved / rejected / skipped / not_started), the
// approvers' display names, and the decision's time and comment. `staff` adds the approvals'
// ids. Empty when the ticket never had a chain.
QList<api::ApprovalProgressStep> approvalProgressOf(SqlSession& session, qint64 ticketId,
                                                    bool staff);

} // namespace frontline::server
