#include "schemaorgrollup.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration orgRollupSchema()
{
    Migration m;
    m.version = 24;
    m.name = u"KPI rollups by organisation"_s;
    // The dimensions as in migration 11, with org_id: the organisation, 0 for none and -1 for
    // "any". A table's key order is the order a filter's period is read in.
    const QString dims = u"span INTEGER NOT NULL, day INTEGER NOT NULL, "
                         "group_id BIGINT NOT NULL, category_id BIGINT NOT NULL, "
                         "type TEXT NOT NULL, agent_id BIGINT NOT NULL, "
                         "org_id BIGINT NOT NULL, "_s;
    const QString key = u"PRIMARY KEY (span, org_id, group_id, category_id, type, agent_id, day)"_s;
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
            csat_sum BIGINT NOT NULL DEFAULT 0, )"_s
        + key + u')';
    const QString durations =
        u"CREATE TABLE kpi_durations ("_s + dims + u"durations {{BLOB}} NOT NULL, "_s + key + u')';
    // The backfill: every counted event is counted again, into the new keys, by the rollup
    // worker's background rebuild (KpiRollupWorker), which starts when it finds the events
    // waiting. The title terms have no dimensions and stay.
    m.common = {
        u"DROP TABLE kpi_rollups"_s,
        u"DROP TABLE kpi_durations"_s,
        u"DELETE FROM kpi_tickets"_s,
        u"UPDATE kpi_state SET events_to = 0"_s,
    };
    m.sqliteOnly = {rollups + u" WITHOUT ROWID"_s, durations + u" WITHOUT ROWID"_s};
    m.postgresOnly = {rollups, durations};
    return m;
}

} // namespace frontline::server
