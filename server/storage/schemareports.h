#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// The KPI rollups (docs/kpis.md): per-day counters and duration histograms derived from the
// event log by KpiRollup, each ticket's KPI state, and the words of ticket titles per day.
Migration reportsSchema();
// The rollups of every filter combination by day and month (replaces those of version 10).
Migration reportsByMonth();
// Each ticket's KPI state keyed by the ticket's row id, the days indexed only where set, without
// a foreign key.
Migration kpiTicketsLeaner();

} // namespace frontline::server
