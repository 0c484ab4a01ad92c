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

namespace {

// The columns of kpi_tickets after its key (since migration 11). The defaults are those of a
// new state (KpiTicketState), so that a new ticket's row is written with the few values that
// differ.
QString kpiTicketColumns()
{
    return uR"(
            created_at BIGINT NOT NULL DEFAULT 0,
            created_day INTEGER NOT NULL DEFAULT 0,
            created_group BIGINT NOT NULL DEFAULT 0,
            created_category BIGINT NOT NULL DEFAULT 0,
            created_type TEXT NOT NULL DEFAULT '',
            created_agent BIGINT NOT NULL DEFAULT 0,
            group_id BIGINT NOT NULL DEFAULT 0,
            category_id BIGINT NOT NULL DEFAULT 0,
            type TEXT NOT NULL DEFAULT '',
            agent_id BIGINT NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT '',
            is_open INTEGER NOT NULL DEFAULT 0,
            first_agent BIGINT NOT NULL DEFAULT 0,
            escalated INTEGER NOT NULL DEFAULT 0,
            reopened INTEGER NOT NULL DEFAULT 0,
            merged INTEGER NOT NULL DEFAULT 0,
            responded INTEGER NOT NULL DEFAULT 0,
            response_late INTEGER NOT NULL DEFAULT 0,
            paused_since BIGINT,
            paused_wall BIGINT NOT NULL DEFAULT 0,
            paused_business BIGINT NOT NULL DEFAULT 0,
            resolved_day INTEGER,
            resolved_group BIGINT NOT NULL DEFAULT 0,
            resolved_category BIGINT NOT NULL DEFAULT 0,
            resolved_type TEXT NOT NULL DEFAULT '',
            resolved_agent BIGINT NOT NULL DEFAULT 0,
            resolved_fcr INTEGER NOT NULL DEFAULT 0,
            resolved_rated INTEGER NOT NULL DEFAULT 0,
            resolution_late INTEGER NOT NULL DEFAULT 0,
            rating_day INTEGER,
            rating_group BIGINT NOT NULL DEFAULT 0,
            rating_category BIGINT NOT NULL DEFAULT 0,
            rating_type TEXT NOT NULL DEFAULT '',
            rating_agent BIGINT NOT NULL DEFAULT 0,
            rating_score INTEGER NOT NULL DEFAULT 0)"_s;
}

// The drill-downs' indexes of kpi_tickets: newest first, read in index order until the page is
// full. Since migration 12 the resolved and rated days are indexed only where a ticket has one
// (every query of them bounds the day, which implies it is not null).
QStringList kpiTicketIndexes(bool daysWhereSet)
{
    const QString resolved = daysWhereSet ? u" WHERE resolved_day IS NOT NULL"_s : QString();
    const QString rated = daysWhereSet ? u" WHERE rating_day IS NOT NULL"_s : QString();
    return {
        u"CREATE INDEX kpi_tickets_created ON kpi_tickets (created_day, ticket_id)"_s,
        u"CREATE INDEX kpi_tickets_resolved ON kpi_tickets (resolved_day, ticket_id)"_s + resolved,
        u"CREATE INDEX kpi_tickets_rated ON kpi_tickets (rating_day, ticket_id)"_s + rated,
        uR"(CREATE INDEX kpi_tickets_open ON kpi_tickets (created_day, ticket_id)
            WHERE is_open = 1)"_s,
        uR"(CREATE INDEX kpi_tickets_escalated ON kpi_tickets (created_day, ticket_id)
            WHERE escalated = 1)"_s,
        uR"(CREATE INDEX kpi_tickets_reopened ON kpi_tickets (resolved_day, ticket_id)
            WHERE reopened = 1)"_s,
        uR"(CREATE INDEX kpi_tickets_response_late ON kpi_tickets (resolved_day, ticket_id)
            WHERE response_late = 1)"_s,
        uR"(CREATE INDEX kpi_tickets_resolution_late ON kpi_tickets (resolved_day, ticket_id)
            WHERE resolution_late = 1)"_s,
    };
}

} // namespace

Migration reportsByMonth()
{
    Migration m;
    m.version = 11;
    m.name = u"KPI rollups for every filter, by day and by month"_s;
    // Rollups are derived data: this step drops those of migration 10 and the server rebuilds
    // them from the event log at its next start (KpiRollup::catchUp).
    // kpi_rollups holds each fact under every combination of its dimensions or "any" (-1,
    // '*'), once in its day (span 1) and once in its month (span 2, day = the month's first
    // day), so that any filter reads one row per day and a long period its whole months.
    const QString dims = u"span INTEGER NOT NULL, day INTEGER NOT NULL, "
                         "group_id BIGINT NOT NULL, category_id BIGINT NOT NULL, "
                         "type TEXT NOT NULL, agent_id BIGINT NOT NULL, "_s;
    // SQLite keeps both tables in the order of their keys (WITHOUT ROWID): a period of one
    // filter is one range of the table, not an index range plus a lookup per row.
    const QString rollups = u"CREATE TABLE kpi_rollups ("_s + dims + uR"(
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
            PRIMARY KEY (span, group_id, category_id, type, agent_id, day)))"_s;
    // The same rows' duration histograms (kpi::Durations), apart: they are large where many
    // tickets meet, and the counters are read day by day.
    const QString durations = u"CREATE TABLE kpi_durations ("_s + dims + uR"(
            durations {{BLOB}} NOT NULL,
            PRIMARY KEY (span, group_id, category_id, type, agent_id, day)))"_s;
    const QString terms = uR"(CREATE TABLE kpi_terms (
            span INTEGER NOT NULL, day INTEGER NOT NULL, term TEXT NOT NULL, n BIGINT NOT NULL,
            PRIMARY KEY (span, day, term)))"_s;
    m.sqliteOnly = {rollups + u" WITHOUT ROWID"_s, durations + u" WITHOUT ROWID"_s,
                    terms + u" WITHOUT ROWID"_s};
    m.postgresOnly = {rollups, durations, terms};
    // (Backend statements run after the common ones: the tables' indexes come with them.)
    m.common = {
        u"DROP TABLE kpi_daily"_s,
        u"DROP TABLE kpi_hist"_s,
        u"DROP TABLE kpi_terms"_s,
        u"DROP TABLE kpi_tickets"_s,
        u"UPDATE kpi_state SET events_to = 0, terms_to = 0"_s,
        // Each ticket's KPI state.
        u"CREATE TABLE kpi_tickets (ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id), "_s
            + kpiTicketColumns() + u")"_s,
    };
    QStringList indexes {
        // Title terms per day and month; the two indexes serve the top terms of a unit and
        // one term's counts over a period (KpiTopTerms).
        u"CREATE INDEX kpi_terms_top ON kpi_terms (span, day, n)"_s,
        u"CREATE INDEX kpi_terms_term ON kpi_terms (term, span, day, n)"_s,
    };
    indexes += kpiTicketIndexes(false);
    m.sqliteOnly += indexes;
    m.postgresOnly += indexes;
    return m;
}

Migration kpiTicketsLeaner()
{
    Migration m;
    m.version = 12;
    m.name =
        u"KPI ticket states keyed by the ticket's row id, days indexed where set, no reference check"_s;
    // Writing a new ticket's KPI state was most of what keeping the rollups costs a create:
    // six B-tree inserts and a foreign-key lookup. In SQLite a BIGINT PRIMARY KEY is a separate
    // unique index beside a hidden row id; INTEGER PRIMARY KEY is the row id itself. Every new
    // ticket was indexed under a null resolution day and a null rating day that no query
    // reads. And the reference to tickets checked what the rollups already know: the states
    // are derived data, written only for the tickets of the events a pass reads (the event
    // log keeps its own references). Now three inserts. The rows are copied, so the rollups
    // need no rebuild.
    m.sqliteOnly = {
        u"CREATE TABLE kpi_tickets_v12 (ticket_id INTEGER PRIMARY KEY, "_s + kpiTicketColumns()
            + u")"_s,
        u"INSERT INTO kpi_tickets_v12 SELECT * FROM kpi_tickets"_s,
        u"DROP TABLE kpi_tickets"_s,
        u"ALTER TABLE kpi_tickets_v12 RENAME TO kpi_tickets"_s,
    };
    m.sqliteOnly += kpiTicketIndexes(true);
    // PostgreSQL's primary key is the table's own; the reference and two indexes change.
    m.postgresOnly = {
        u"ALTER TABLE kpi_tickets DROP CONSTRAINT kpi_tickets_ticket_id_fkey"_s,
        u"DROP INDEX kpi_tickets_resolved"_s,
        u"DROP INDEX kpi_tickets_rated"_s,
    };
    m.postgresOnly += kpiTicketIndexes(true).mid(1, 2);
    return m;
}

} // namespace frontline::server
