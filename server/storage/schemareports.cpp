#include "schemareports.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration reportsSchema()
{
    Migration m;
    m.version = 10;
    m.name = u"KPI rollups"_s;
    // Dimensions: group_id, category_id and agent_id are 0 for "none" and -1 for "any" (the
    // row sums over them); type is '*' for any. Each fact is added to the row of its exact
    // dimensions and to the rows of the filters the dashboard asks most (KpiScopes), so that
    // a period's figure is a sum over its days, not over its tickets.
    const QString dims = u"day INTEGER NOT NULL, group_id BIGINT NOT NULL, "
                         "category_id BIGINT NOT NULL, type TEXT NOT NULL, "
                         "agent_id BIGINT NOT NULL, "_s;
    m.common = {
        u"CREATE TABLE kpi_daily ("_s + dims + uR"(
            created BIGINT NOT NULL DEFAULT 0,
            resolved BIGINT NOT NULL DEFAULT 0,
            closed BIGINT NOT NULL DEFAULT 0,
            reopened BIGINT NOT NULL DEFAULT 0,
            merged BIGINT NOT NULL DEFAULT 0,
            escalations BIGINT NOT NULL DEFAULT 0,
            escalated_created BIGINT NOT NULL DEFAULT 0,
            assigned BIGINT NOT NULL DEFAULT 0,
            fcr BIGINT NOT NULL DEFAULT 0,
            open_delta BIGINT NOT NULL DEFAULT 0,
            open_by_created BIGINT NOT NULL DEFAULT 0,
            responses BIGINT NOT NULL DEFAULT 0,
            response_wall BIGINT NOT NULL DEFAULT 0,
            response_business BIGINT NOT NULL DEFAULT 0,
            response_sla BIGINT NOT NULL DEFAULT 0,
            response_met BIGINT NOT NULL DEFAULT 0,
            resolution_wall BIGINT NOT NULL DEFAULT 0,
            resolution_business BIGINT NOT NULL DEFAULT 0,
            resolution_sla BIGINT NOT NULL DEFAULT 0,
            resolution_met BIGINT NOT NULL DEFAULT 0,
            paused_wall BIGINT NOT NULL DEFAULT 0,
            rated_resolutions BIGINT NOT NULL DEFAULT 0,
            csat_count BIGINT NOT NULL DEFAULT 0,
            csat_sum BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (group_id, category_id, type, agent_id, day)))"_s,
        // The open tickets by creation day (aging): few rows are non-zero.
        uR"(CREATE INDEX kpi_daily_open ON kpi_daily (group_id, category_id, type, agent_id, day)
            WHERE open_by_created <> 0)"_s,
        // Durations in logarithmic buckets (eight per doubling, in seconds): percentiles.
        u"CREATE TABLE kpi_hist ("_s + dims + uR"(
            metric INTEGER NOT NULL, bucket INTEGER NOT NULL, n BIGINT NOT NULL,
            PRIMARY KEY (group_id, category_id, type, agent_id, day, metric, bucket)))"_s,
        // What KpiRollup remembers of each ticket between events.
        uR"(CREATE TABLE kpi_tickets (
            ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id),
            created_at BIGINT NOT NULL,
            created_day INTEGER NOT NULL,
            created_group BIGINT NOT NULL,
            created_category BIGINT NOT NULL,
            created_type TEXT NOT NULL,
            created_agent BIGINT NOT NULL,
            group_id BIGINT NOT NULL,
            category_id BIGINT NOT NULL,
            type TEXT NOT NULL,
            agent_id BIGINT NOT NULL,
            status TEXT NOT NULL,
            is_open INTEGER NOT NULL,
            first_agent BIGINT NOT NULL,
            escalated INTEGER NOT NULL,
            reopened INTEGER NOT NULL,
            merged INTEGER NOT NULL,
            responded INTEGER NOT NULL,
            response_late INTEGER NOT NULL,
            paused_since BIGINT,
            paused_wall BIGINT NOT NULL,
            paused_business BIGINT NOT NULL,
            resolved_day INTEGER,
            resolved_group BIGINT NOT NULL,
            resolved_category BIGINT NOT NULL,
            resolved_type TEXT NOT NULL,
            resolved_agent BIGINT NOT NULL,
            resolved_fcr INTEGER NOT NULL,
            resolved_rated INTEGER NOT NULL,
            resolution_late INTEGER NOT NULL,
            rating_day INTEGER,
            rating_group BIGINT NOT NULL,
            rating_category BIGINT NOT NULL,
            rating_type TEXT NOT NULL,
            rating_agent BIGINT NOT NULL,
            rating_score INTEGER NOT NULL))"_s,
        // The drill-downs: tickets created, resolved or open in a period.
        u"CREATE INDEX kpi_tickets_created ON kpi_tickets (created_day)"_s,
        u"CREATE INDEX kpi_tickets_resolved ON kpi_tickets (resolved_day)"_s,
        u"CREATE INDEX kpi_tickets_open ON kpi_tickets (is_open, created_day)"_s,
        // Events up to events_to are in the rollups; titles of tickets up to terms_to are in
        // kpi_terms.
        uR"(CREATE TABLE kpi_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            events_to BIGINT NOT NULL,
            terms_to BIGINT NOT NULL))"_s,
        u"INSERT INTO kpi_state (id, events_to, terms_to) VALUES (1, 0, 0)"_s,
        uR"(CREATE TABLE kpi_terms (
            day INTEGER NOT NULL, term TEXT NOT NULL, n BIGINT NOT NULL,
            PRIMARY KEY (day, term)))"_s,
    };
    return m;
}

} // namespace frontline::server
