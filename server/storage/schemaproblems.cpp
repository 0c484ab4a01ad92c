#include "schemaproblems.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration problemsSchema()
{
    Migration m;
    m.version = 29;
    m.name = u"problems, known errors and their incidents"_s;
    m.common = {
        // One row per problem ticket that has a record; known_error rows are the ones offered
        // to agents (problem.match reads them by this index, a few hundred at most).
        uR"(CREATE TABLE problems (
            ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id),
            root_cause TEXT NOT NULL DEFAULT '',
            workaround TEXT NOT NULL DEFAULT '',
            known_error INTEGER NOT NULL DEFAULT 0,
            updated_by BIGINT NOT NULL REFERENCES users(id),
            updated_at BIGINT NOT NULL))"_s,
        u"CREATE INDEX problems_known_error ON problems (known_error, ticket_id)"_s,
        // An incident is caused by one problem at most: its key is the incident.
        uR"(CREATE TABLE problem_incidents (
            incident_id BIGINT PRIMARY KEY REFERENCES tickets(id),
            problem_id BIGINT NOT NULL REFERENCES tickets(id),
            linked_by BIGINT NOT NULL REFERENCES users(id),
            linked_at BIGINT NOT NULL))"_s,
        u"CREATE INDEX problem_incidents_problem ON problem_incidents (problem_id, incident_id)"_s,
        // Candidate problems read a period's incidents newest first, by type and creation.
        u"CREATE INDEX tickets_type_created ON tickets (type, created_at)"_s,
    };
    return m;
}

} // namespace frontline::server
