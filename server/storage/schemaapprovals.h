#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of approval chains (issue 21, point 3): each user's manager, the chains on tickets,
// one row per approver of a step, and the delegations of approvers who are away.
Migration approvalsSchema();

} // namespace frontline::server
