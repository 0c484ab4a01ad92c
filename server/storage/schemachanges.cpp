#include "schemachanges.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration changesSchema()
{
    Migration m;
    m.version = 30;
    m.name = u"changes, templates, windows and caused incidents"_s;
    m.common = {
        // One row per change ticket. The affected CIs are the ticket's (ticket_cis); risk holds
        // the answers {question: option}, score and level computed when they were saved.
        uR"(CREATE TABLE changes (
            ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id),
            kind TEXT NOT NULL,
            template_id BIGINT,
            risk TEXT NOT NULL DEFAULT '{}',
            risk_score INTEGER NOT NULL DEFAULT 0,
            risk_level TEXT NOT NULL DEFAULT '',
            implementation_plan TEXT NOT NULL DEFAULT '',
            backout_plan TEXT NOT NULL DEFAULT '',
            test_plan TEXT NOT NULL DEFAULT '',
            planned_start BIGINT,
            planned_end BIGINT,
            review_outcome TEXT,
            review_notes TEXT NOT NULL DEFAULT '',
            reviewed_by BIGINT REFERENCES users(id),
            reviewed_at BIGINT,
            updated_by BIGINT NOT NULL REFERENCES users(id),
            updated_at BIGINT NOT NULL))"_s,
        // The calendar and the conflict check read changes by their schedule.
        u"CREATE INDEX changes_schedule ON changes (planned_start, planned_end)"_s,
        // Templates and windows are few (tens): their CIs are a JSON list of ids.
        uR"(CREATE TABLE change_templates (
            id {{ID}},
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            cis TEXT NOT NULL DEFAULT '[]',
            implementation_plan TEXT NOT NULL,
            backout_plan TEXT NOT NULL,
            test_plan TEXT NOT NULL,
            risk_level TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            updated_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE change_windows (
            id {{ID}},
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            start_at BIGINT NOT NULL,
            end_at BIGINT NOT NULL,
            repeat_rule TEXT NOT NULL DEFAULT 'none',
            until_at BIGINT,
            cis TEXT NOT NULL DEFAULT '[]',
            updated_at BIGINT NOT NULL))"_s,
        // An incident is caused by one change at most: its key is the incident.
        uR"(CREATE TABLE change_incidents (
            incident_id BIGINT PRIMARY KEY REFERENCES tickets(id),
            change_id BIGINT NOT NULL REFERENCES tickets(id),
            linked_by BIGINT NOT NULL REFERENCES users(id),
            linked_at BIGINT NOT NULL))"_s,
        u"CREATE INDEX change_incidents_change ON change_incidents (change_id, incident_id)"_s,
    };
    return m;
}

} // namespace frontline::server
