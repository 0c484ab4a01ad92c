#include "schemaaudit.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration auditSchema()
{
    Migration m;
    m.version = 20;
    m.name = u"audit log of security and configuration changes"_s;
    m.common = {
        // actor_id is null for a failed login of an unknown account and for the server's own
        // changes; actor_name keeps the name as it was. via: session | token:<id> | system |
        // directory. details: JSON, the changed fields with before and after (secrets as
        // "changed").
        uR"(CREATE TABLE audit_log (
            id {{ID}},
            at BIGINT NOT NULL,
            actor_id BIGINT REFERENCES users(id),
            actor_name TEXT NOT NULL,
            via TEXT NOT NULL,
            peer TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            target_type TEXT NOT NULL DEFAULT '',
            target_id BIGINT,
            target_label TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}'))"_s,
        u"CREATE INDEX audit_log_at ON audit_log (at, id)"_s,
        u"CREATE INDEX audit_log_actor ON audit_log (actor_id, id)"_s,
        u"CREATE INDEX audit_log_action ON audit_log (action, id)"_s,
        u"CREATE INDEX audit_log_target ON audit_log (target_type, target_id, id)"_s,
    };
    // Append-only, as ticket_events (migration 1, which made frontline_append_only()).
    m.sqliteOnly = {
        u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s,
        u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s,
    };
    m.postgresOnly = {
        u"CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION frontline_append_only()"_s,
        // TRUNCATE skips row triggers: refuse it too.
        u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION frontline_append_only()"_s,
    };
    return m;
}

} // namespace frontline::server
