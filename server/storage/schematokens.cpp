#include "schematokens.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration tokensSchema()
{
    Migration m;
    m.version = 18;
    m.name = u"API tokens, signed-in devices, password reset codes"_s;
    m.common = {
        // The secret is never stored: its SHA-256, as for sessions. Scopes are space-separated
        // role names and method prefixes.
        uR"(CREATE TABLE api_tokens (
            id {{ID}},
            user_id BIGINT NOT NULL REFERENCES users(id),
            name TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            scopes TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            expires_at BIGINT,
            revoked_at BIGINT,
            last_used_at BIGINT,
            last_peer TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX api_tokens_user ON api_tokens (user_id)"_s,
        u"ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT"_s,
        u"ALTER TABLE sessions ADD COLUMN client TEXT NOT NULL DEFAULT ''"_s,
        // One code per request, salted and hashed; the newest unused one counts.
        uR"(CREATE TABLE password_resets (
            id {{ID}},
            user_id BIGINT NOT NULL REFERENCES users(id),
            salt TEXT NOT NULL,
            code_hash TEXT NOT NULL,
            peer TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            used_at BIGINT))"_s,
        u"CREATE INDEX password_resets_user ON password_resets (user_id, id)"_s,
    };
    // Account mails (the reset code) go through the same outbox, with no ticket and no event.
    m.postgresOnly = {
        u"ALTER TABLE mail_outbox ALTER COLUMN ticket_id DROP NOT NULL"_s,
        u"ALTER TABLE mail_outbox ALTER COLUMN event_id DROP NOT NULL"_s,
    };
    m.sqliteOnly = {
        uR"(CREATE TABLE mail_outbox_new (
            id {{ID}},
            event_id BIGINT,
            recipient_id BIGINT NOT NULL REFERENCES users(id),
            ticket_id BIGINT REFERENCES tickets(id),
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
        u"INSERT INTO mail_outbox_new SELECT id, event_id, recipient_id, ticket_id, kind, "
        "address, subject, body, message_id, in_reply_to, state, attempts, attempt_id, "
        "next_attempt_at, last_error, created_at, sent_at FROM mail_outbox"_s,
        u"DROP TABLE mail_outbox"_s,
        u"ALTER TABLE mail_outbox_new RENAME TO mail_outbox"_s,
        u"CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at, id)"_s,
    };
    return m;
}

} // namespace frontline::server
