#include "schemamailout.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration mailOutSchema()
{
    Migration m;
    m.version = 15;
    m.name = u"notification mails: outbox, templates, outgoing settings, language and choices"_s;
    m.common = {
        u"ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en'"_s,
        // The kinds of notification mail a user chose not to receive.
        uR"(CREATE TABLE mail_opt_outs (
            user_id BIGINT NOT NULL REFERENCES users(id),
            kind TEXT NOT NULL,
            PRIMARY KEY (user_id, kind)))"_s,
        // (Addresses that bounced are in mail_undeliverable, migration 14: nothing is queued for
        // them.)
        uR"(CREATE TABLE mail_templates (
            kind TEXT NOT NULL,
            language TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            updated_at BIGINT NOT NULL,
            PRIMARY KEY (kind, language)))"_s,
        // One row: the SMTP relay (password sealed with the server's mail key) and the planner's
        // mark: the last event id whose mails are decided. Starts at the log's end, so an upgrade
        // never mails about the past.
        uR"(CREATE TABLE mail_outgoing (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            enabled INTEGER NOT NULL DEFAULT 0,
            host TEXT NOT NULL DEFAULT '',
            port INTEGER NOT NULL DEFAULT 587,
            security TEXT NOT NULL DEFAULT 'starttls',
            username TEXT NOT NULL DEFAULT '',
            password {{BLOB}},
            certificate TEXT NOT NULL DEFAULT '',
            from_address TEXT NOT NULL DEFAULT '',
            from_name TEXT NOT NULL DEFAULT 'Frontline',
            events_to BIGINT NOT NULL,
            updated_at BIGINT NOT NULL DEFAULT 0))"_s,
        u"INSERT INTO mail_outgoing (id, events_to) SELECT 1, COALESCE(MAX(id), 0) FROM ticket_events"_s,
        // Rendered when queued: a template edited later does not change mail already decided.
        uR"(CREATE TABLE mail_outbox (
            id {{ID}},
            event_id BIGINT NOT NULL,
            recipient_id BIGINT NOT NULL REFERENCES users(id),
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            kind TEXT NOT NULL,
            address TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            in_reply_to TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            attempt_id TEXT NOT NULL DEFAULT '',
            next_attempt_at BIGINT NOT NULL,
            last_error TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            sent_at BIGINT,
            UNIQUE (event_id, recipient_id)))"_s,
        u"CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at, id)"_s,
    };
    return m;
}

Migration mailHistorySchema()
{
    Migration m;
    m.version = 21;
    m.name = u"mail marks in the history: filed mails and outbox rows by ticket"_s;
    m.common = {
        u"CREATE INDEX mail_messages_ticket ON mail_messages (ticket_id, received_at)"_s,
        u"CREATE INDEX mail_outbox_ticket ON mail_outbox (ticket_id, id)"_s,
    };
    return m;
}

Migration mailOutboxLeanIndexes()
{
    Migration m;
    m.version = 33;
    m.name = u"notification mails: two fewer index entries per queued mail"_s;
    // A ticket mail's Message-ID is made of its event and recipient, which are unique already,
    // and its ticket is its event's: so only mails without an event (account and approval
    // mails) are indexed by Message-ID and by ticket. Each queued notification then writes the
    // table and two indexes instead of four, in the writer's transaction that caused it.
    const QStringList indexes {
        u"CREATE INDEX mail_outbox_unevented_ticket ON mail_outbox (ticket_id, id) "
        "WHERE event_id IS NULL"_s,
        u"CREATE UNIQUE INDEX mail_outbox_unevented_message ON mail_outbox (message_id) "
        "WHERE event_id IS NULL"_s,
    };
    m.postgresOnly =
        QStringList {
            u"ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_message_id_key"_s,
            u"DROP INDEX mail_outbox_ticket"_s,
        }
        + indexes;
    // SQLite keeps a column's UNIQUE with its table: the table is copied without it.
    m.sqliteOnly =
        QStringList {
            uR"(CREATE TABLE mail_outbox_new (
            id {{ID}},
            event_id BIGINT,
            recipient_id BIGINT NOT NULL REFERENCES users(id),
            ticket_id BIGINT REFERENCES tickets(id),
            kind TEXT NOT NULL,
            address TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            message_id TEXT NOT NULL,
            in_reply_to TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            attempt_id TEXT NOT NULL DEFAULT '',
            next_attempt_at BIGINT NOT NULL,
            last_error TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            sent_at BIGINT,
            UNIQUE (event_id, recipient_id)))"_s,
            u"INSERT INTO mail_outbox_new SELECT id, event_id, recipient_id, ticket_id, kind, "
            "address, subject, body, message_id, in_reply_to, state, attempts, attempt_id, "
            "next_attempt_at, last_error, created_at, sent_at FROM mail_outbox"_s,
            u"DROP TABLE mail_outbox"_s,
            u"ALTER TABLE mail_outbox_new RENAME TO mail_outbox"_s,
            u"CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at, id)"_s,
        }
        + indexes;
    return m;
}

} // namespace frontline::server
