#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of the KPI rollups' organisation dimension (issue 20): kpi_rollups and kpi_durations
// are keyed by the ticket's organisation as well, so that the dashboard reads one row per day
// for an organisation as for a group. The rollups are derived data: this step empties them and
// the server rebuilds them from the event log in the background at its next start.
Migration orgRollupSchema();

} // namespace frontline::server
