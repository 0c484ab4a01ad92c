#pragma once

#include "auth/principal.h"

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

namespace demo {

// Change management a calendar can show: an ERP server running two services, a standard
// patching template, a weekly Sunday-night maintenance window, a freeze around the end of the
// month, and changes over the next weeks (one standard from the template, normal ones, one
// emergency), two of which collide on the server.
void seedChanges(SqlSession& session, const WorkflowConfig& workflow, const Principal& agent,
                 const Principal& manager, qint64 now);

} // namespace demo
} // namespace frontline::server
