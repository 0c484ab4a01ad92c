#include "migrations.h"

#include "logging.h"
#include "storage/schemaapprovals.h"
#include "storage/schemaaudit.h"
#include "storage/schemacatalog.h"
#include "storage/schemachanges.h"
#include "storage/schemachecks.h"
#include "storage/schemacmdb.h"
#include "storage/schemadirectory.h"
#include "storage/schemafields.h"
#include "storage/schemakb.h"
#include "storage/schemamail.h"
#include "storage/schemamailout.h"
#include "storage/schemamailrelay.h"
#include "storage/schemaorgrollup.h"
#include "storage/schemaorgs.h"
#include "storage/schemaproblems.h"
#include "storage/schemareports.h"
#include "storage/schemaselfservice.h"
#include "storage/schematokens.h"
#include "storage/schematotp.h"
#include "storage/schemawebhooks.h"
#include "storage/sqlsession.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

Migration initialSchema()
{
    Migration m;
    m.version = 1;
    m.name = u"accounts, groups, categories, tickets, conversation and event log"_s;
    m.common = {
        uR"(CREATE TABLE users (
            id {{ID}},
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            email TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('requester', 'agent', 'manager', 'admin')),
            password_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE agent_groups (
            id {{ID}},
            name TEXT NOT NULL UNIQUE,
            tier INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 3),
            description TEXT NOT NULL DEFAULT '',
            escalation_group_id BIGINT REFERENCES agent_groups(id),
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE group_members (
            group_id BIGINT NOT NULL REFERENCES agent_groups(id),
            user_id BIGINT NOT NULL REFERENCES users(id),
            PRIMARY KEY (group_id, user_id)))"_s,
        u"CREATE INDEX group_members_user ON group_members (user_id)"_s,
        uR"(CREATE TABLE categories (
            id {{ID}},
            name TEXT NOT NULL UNIQUE,
            description TEXT NOT NULL DEFAULT '',
            default_group_id BIGINT REFERENCES agent_groups(id),
            active INTEGER NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE sessions (
            id {{ID}},
            token_hash TEXT NOT NULL UNIQUE,
            user_id BIGINT NOT NULL REFERENCES users(id),
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            revoked_at BIGINT,
            peer TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX sessions_user ON sessions (user_id)"_s,
        uR"(CREATE TABLE tickets (
            id {{ID}},
            type TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL,
            status TEXT NOT NULL,
            is_open INTEGER NOT NULL,
            impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 3),
            urgency INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 3),
            priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
            category_id BIGINT REFERENCES categories(id),
            requester_id BIGINT NOT NULL REFERENCES users(id),
            assignee_id BIGINT REFERENCES users(id),
            group_id BIGINT REFERENCES agent_groups(id),
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            version INTEGER NOT NULL,
            response_due BIGINT,
            resolve_due BIGINT,
            first_response_at BIGINT,
            resolved_at BIGINT,
            closed_at BIGINT,
            resolution TEXT NOT NULL DEFAULT '',
            sla_paused_at BIGINT,
            sla_paused_total BIGINT NOT NULL DEFAULT 0))"_s,
        // The queue views: each index's order matches a list sort, so a page is a seek plus
        // LIMIT rows, whatever the number of tickets. Creation order is id order.
        u"CREATE INDEX tickets_group_queue ON tickets (group_id, is_open, priority, id)"_s,
        u"CREATE INDEX tickets_assignee_queue ON tickets (assignee_id, is_open, priority, id)"_s,
        u"CREATE INDEX tickets_requester ON tickets (requester_id, is_open, priority, id)"_s,
        u"CREATE INDEX tickets_open_priority ON tickets (is_open, priority, id)"_s,
        u"CREATE INDEX tickets_updated ON tickets (updated_at, id)"_s,
        uR"(CREATE TABLE comments (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            author_id BIGINT NOT NULL REFERENCES users(id),
            body TEXT NOT NULL,
            internal INTEGER NOT NULL,
            created_at BIGINT NOT NULL))"_s,
        u"CREATE INDEX comments_ticket ON comments (ticket_id, id)"_s,
        // The immutable event log: history, audit trail, source of push events and KPIs.
        uR"(CREATE TABLE ticket_events (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            actor_id BIGINT NOT NULL REFERENCES users(id),
            at BIGINT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('created', 'change', 'comment')),
            field TEXT,
            old_value TEXT,
            new_value TEXT,
            comment_id BIGINT REFERENCES comments(id),
            internal INTEGER NOT NULL DEFAULT 0))"_s,
        u"CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id)"_s,
        uR"(CREATE TABLE config (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at BIGINT NOT NULL,
            updated_by BIGINT REFERENCES users(id)))"_s,
    };
    // Append-only tables refuse UPDATE and DELETE in the database itself.
    for (const QString& table : {u"ticket_events"_s, u"comments"_s}) {
        m.sqliteOnly.append(
            u"CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END"_s
                .arg(table));
        m.sqliteOnly.append(
            u"CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END"_s
                .arg(table));
        m.postgresOnly.append(
            u"CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION frontline_append_only()"_s
                .arg(table));
    }
    m.postgresOnly.prepend(uR"(CREATE FUNCTION frontline_append_only() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
            END
            $$)"_s);
    return m;
}

Migration agentWorkspace()
{
    Migration m;
    m.version = 2;
    m.name = u"links and merges, time spent, canned responses, saved views, idempotent retries"_s;
    m.common = {
        // Directed: "related" is stored both ways; "merged_into" points at the surviving ticket.
        uR"(CREATE TABLE ticket_links (
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            other_id BIGINT NOT NULL REFERENCES tickets(id),
            kind TEXT NOT NULL CHECK (kind IN ('related', 'merged_into', 'merged_from')),
            created_by BIGINT NOT NULL REFERENCES users(id),
            created_at BIGINT NOT NULL,
            PRIMARY KEY (ticket_id, other_id)))"_s,
        uR"(CREATE TABLE time_entries (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            user_id BIGINT NOT NULL REFERENCES users(id),
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            note TEXT NOT NULL DEFAULT '',
            spent_at BIGINT NOT NULL))"_s,
        u"CREATE INDEX time_entries_ticket ON time_entries (ticket_id, id)"_s,
        u"ALTER TABLE tickets ADD COLUMN time_spent_minutes INTEGER NOT NULL DEFAULT 0"_s,
        uR"(CREATE TABLE canned_responses (
            id {{ID}},
            title TEXT NOT NULL UNIQUE,
            body TEXT NOT NULL,
            updated_by BIGINT NOT NULL REFERENCES users(id),
            updated_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE saved_views (
            id {{ID}},
            user_id BIGINT NOT NULL REFERENCES users(id),
            name TEXT NOT NULL,
            query TEXT NOT NULL,
            updated_at BIGINT NOT NULL,
            UNIQUE (user_id, name)))"_s,
        // A retried create or comment (the client's outbox after a lost answer) finds the
        // first result here instead of writing twice.
        uR"(CREATE TABLE client_refs (
            user_id BIGINT NOT NULL REFERENCES users(id),
            ref TEXT NOT NULL,
            result TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (user_id, ref)))"_s,
        u"CREATE INDEX client_refs_age ON client_refs (created_at)"_s,
    };
    return m;
}

Migration nextDeadline()
{
    Migration m;
    m.version = 3;
    m.name = u"each open ticket's next SLA deadline, indexed for the at-risk queue"_s;
    m.common = {
        u"ALTER TABLE tickets ADD COLUMN sla_next_due BIGINT"_s,
        uR"(UPDATE tickets SET sla_next_due = CASE
            WHEN is_open = 0 OR sla_paused_at IS NOT NULL THEN NULL
            WHEN first_response_at IS NULL AND response_due < resolve_due THEN response_due
            ELSE resolve_due END)"_s,
        u"CREATE INDEX tickets_due ON tickets (is_open, sla_next_due, id)"_s,
    };
    return m;
}

Migration recentlyUpdatedQueues()
{
    Migration m;
    m.version = 4;
    m.name = u"agents' queues in order of last change, page by page from an index"_s;
    // An agent's tickets are the union of their groups, the unrouted pool and their own; in
    // order of last change each part needs its own (scope, updated_at) order, or every page
    // sorts the whole scope (a second per page at a million tickets).
    m.common = {
        u"CREATE INDEX tickets_group_updated ON tickets (group_id, updated_at, id)"_s,
        u"CREATE INDEX tickets_assignee_updated ON tickets (assignee_id, updated_at, id)"_s,
    };
    return m;
}

Migration workflowEngine()
{
    Migration m;
    m.version = 5;
    m.name = u"SLA policies on business-hours calendars, automation rules and their timers, "
             "routing, notifications"_s;
    m.common = {
        uR"(CREATE TABLE calendars (
            id {{ID}},
            name TEXT NOT NULL UNIQUE,
            definition TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE sla_policies (
            id {{ID}},
            name TEXT NOT NULL UNIQUE,
            ticket_type TEXT,
            priority INTEGER CHECK (priority BETWEEN 1 AND 5),
            category_id BIGINT REFERENCES categories(id),
            calendar_id BIGINT REFERENCES calendars(id),
            response_minutes INTEGER NOT NULL CHECK (response_minutes > 0),
            resolve_minutes INTEGER NOT NULL CHECK (resolve_minutes > 0),
            warn_percent INTEGER NOT NULL CHECK (warn_percent BETWEEN 1 AND 99),
            escalate_on_breach INTEGER NOT NULL,
            active INTEGER NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE rules (
            id {{ID}},
            name TEXT NOT NULL,
            enabled INTEGER NOT NULL,
            definition TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            updated_by BIGINT REFERENCES users(id)))"_s,
        // One pending timer per (ticket, time rule): a new anchor event moves it, firing
        // deletes it in the transaction that applies the rule (exactly once).
        uR"(CREATE TABLE rule_timers (
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            rule_id BIGINT NOT NULL REFERENCES rules(id),
            due_at BIGINT NOT NULL,
            PRIMARY KEY (ticket_id, rule_id)))"_s,
        u"CREATE INDEX rule_timers_due ON rule_timers (due_at, ticket_id, rule_id)"_s,
        uR"(CREATE TABLE notifications (
            id {{ID}},
            user_id BIGINT NOT NULL REFERENCES users(id),
            ticket_id BIGINT REFERENCES tickets(id),
            kind TEXT NOT NULL,
            message TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            read_at BIGINT))"_s,
        u"CREATE INDEX notifications_user ON notifications (user_id, id)"_s,
        u"ALTER TABLE tickets ADD COLUMN sla_policy_id BIGINT"_s,
        u"ALTER TABLE tickets ADD COLUMN response_warn_at BIGINT"_s,
        u"ALTER TABLE tickets ADD COLUMN resolve_warn_at BIGINT"_s,
        u"ALTER TABLE tickets ADD COLUMN sla_state TEXT NOT NULL DEFAULT 'on_track'"_s,
        // The next instant the ticket's SLA state changes on its own; the scheduler wakes
        // from this index, never from a scan.
        u"ALTER TABLE tickets ADD COLUMN sla_wake_at BIGINT"_s,
        u"ALTER TABLE tickets ADD COLUMN tags TEXT NOT NULL DEFAULT ''"_s,
        uR"(UPDATE tickets SET
            sla_wake_at = sla_next_due,
            sla_state = CASE
                WHEN is_open = 1 AND sla_paused_at IS NOT NULL THEN 'paused'
                WHEN is_open = 1 THEN 'on_track'
                WHEN first_response_at > response_due OR resolved_at > resolve_due
                    THEN 'breached'
                ELSE 'met' END)"_s,
        u"CREATE INDEX tickets_sla_wake ON tickets (sla_wake_at) WHERE sla_wake_at IS NOT NULL"_s,
        u"CREATE INDEX tickets_sla_state ON tickets (is_open, sla_state, priority, id)"_s,
        u"CREATE INDEX tickets_sla_policy ON tickets (sla_policy_id, is_open)"_s,
        u"ALTER TABLE agent_groups ADD COLUMN assignment TEXT NOT NULL DEFAULT 'manual'"_s,
        u"ALTER TABLE agent_groups ADD COLUMN manager_id BIGINT REFERENCES users(id)"_s,
        u"ALTER TABLE agent_groups ADD COLUMN last_assigned_id BIGINT"_s,
        u"ALTER TABLE users ADD COLUMN availability TEXT NOT NULL DEFAULT 'available'"_s,
        // The author of what rules and the scheduler do; it cannot log in.
        uR"(INSERT INTO users (username, display_name, email, role, password_hash, disabled,
            created_at, updated_at) VALUES ('automation', 'Frontline automation', '', 'admin',
            '!', 1, 0, 0))"_s,
    };
    return m;
}

Migration satisfaction()
{
    Migration m;
    m.version = 8;
    m.name = u"satisfaction ratings of resolved tickets"_s;
    m.common = {
        uR"(CREATE TABLE ticket_ratings (
            ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id),
            rated_by BIGINT NOT NULL REFERENCES users(id),
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            comment TEXT NOT NULL DEFAULT '',
            rated_at BIGINT NOT NULL))"_s,
        u"CREATE INDEX ticket_ratings_at ON ticket_ratings (rated_at)"_s,
    };
    return m;
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> all {initialSchema(),
                                       agentWorkspace(),
                                       nextDeadline(),
                                       recentlyUpdatedQueues(),
                                       workflowEngine(),
                                       knowledgeBase(),
                                       fullTextSearch(),
                                       satisfaction(),
                                       selfServiceSchema(),
                                       reportsSchema(),
                                       reportsByMonth(),
                                       kpiTicketsLeaner(),
                                       mailSchema(),
                                       mailIntakeSchema(),
                                       mailOutSchema(),
                                       orgsSchema(),
                                       totpSchema(),
                                       tokensSchema(),
                                       directorySchema(),
                                       auditSchema(),
                                       mailHistorySchema(),
                                       webhooksSchema(),
                                       fieldsSchema(),
                                       orgRollupSchema(),
                                       catalogSchema(),
                                       approvalsSchema(),
                                       mailRelaySchema(),
                                       cmdbSchema(),
                                       problemsSchema(),
                                       changesSchema(),
                                       affectedAnnouncementsSchema(),
                                       announcementServicesSchema(),
                                       mailOutboxLeanIndexes(),
                                       cheapChecks()};
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

QString applySqliteTableEdits(SqlSession& session, const QList<SqliteTableEdit>& edits)
{
    qint64 cookie = 0;
    {
        Statement version = session.prepareOnce(u"PRAGMA schema_version"_s);
        version.exec();
        if (version.next())
            cookie = version.int64(0);
    }
    QString error;
    session.execute(u"PRAGMA writable_schema = ON"_s);
    try {
        for (const SqliteTableEdit& edit : edits) {
            Statement update =
                session.prepareOnce(u"UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
                                    "WHERE type = 'table' AND name = ? AND instr(sql, ?) > 0"_s);
            update.bind(edit.before).bind(edit.after).bind(edit.table).bind(edit.before);
            update.exec();
            if (update.rowsAffected() == 1)
                continue;
            Statement done = session.prepareOnce(
                u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ? "
                "AND instr(sql, ?) > 0"_s);
            done.bind(edit.table).bind(edit.after);
            done.exec();
            if (!done.next() || done.int64(0) != 1) {
                error = u"table %1 has neither `%2` nor `%3`"_s.arg(edit.table, edit.before,
                                                                    edit.after);
                break;
            }
        }
        if (error.isEmpty())
            session.execute(u"PRAGMA schema_version = %1"_s.arg(cookie + 1));
    } catch (const DbException& e) {
        error = e.describe();
    }
    session.execute(u"PRAGMA writable_schema = OFF"_s);
    return error;
}

Result<int, QString> migrate(SqlSession& session)
{
    try {
        session.execute(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                        "KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
        for (const Migration& migration : migrations()) {
            session.begin();
            if (!session.isSqlite()) {
                // Several servers may start together on one PostgreSQL: one migrates at a time.
                session.execute(u"SELECT pg_advisory_xact_lock(7415001)"_s);
            }
            int current = 0;
            {
                Statement query =
                    session.prepare(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
                query.exec();
                if (query.next())
                    current = query.integer(0);
            }
            if (current > latestSchemaVersion()) {
                session.rollback();
                return u"the database has schema version %1, newer than this server knows (%2); "
                       "upgrade Frontline"_s.arg(current)
                           .arg(latestSchemaVersion());
            }
            if (migration.version <= current) {
                session.rollback();
                continue;
            }
            qCInfo(lcStorage) << "applying migration" << migration.version << migration.name;
            QStringList statements = migration.common;
            statements += session.isSqlite() ? migration.sqliteOnly : migration.postgresOnly;
            try {
                for (const QString& statement : std::as_const(statements))
                    session.execute(session.translate(statement));
                if (session.isSqlite() && !migration.sqliteTableEdits.isEmpty()) {
                    if (const QString error =
                            applySqliteTableEdits(session, migration.sqliteTableEdits);
                        !error.isEmpty()) {
                        session.rollback();
                        return u"migration %1 failed: %2"_s.arg(migration.version).arg(error);
                    }
                }
                Statement record = session.prepare(
                    u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s);
                record.bind(migration.version)
                    .bind(migration.name)
                    .bind(QDateTime::currentMSecsSinceEpoch());
                record.exec();
                session.commit();
            } catch (const DbException& e) {
                session.rollback();
                return u"migration %1 failed: %2"_s.arg(migration.version).arg(e.describe());
            }
        }
    } catch (const DbException& e) {
        session.rollback();
        return u"cannot read the schema version: "_s + e.describe();
    }
    return latestSchemaVersion();
}

} // namespace frontline::server
