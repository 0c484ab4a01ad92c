#include "schemawebhooks.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration webhooksSchema()
{
    Migration m;
    m.version = 22;
    m.name = u"webhooks: hooks and their delivery queue"_s;
    m.common = {
        // events: a JSON array of event names, or ["*"]. failures: consecutive failed attempts
        // (0 after a success); at WebhookSender::DisableAfter the server sets active = 0 and
        // says why in disabled_reason.
        uR"(CREATE TABLE webhooks (
            id {{ID}},
            url TEXT NOT NULL,
            events TEXT NOT NULL,
            secret {{BLOB}} NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failures INTEGER NOT NULL DEFAULT 0,
            disabled_reason TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        // One row per (hook, event): the body is fixed when queued (the same bytes on every
        // attempt), delivery_id is the body's "id" and the X-Frontline-Delivery header.
        // queued -> sending (claimed_at, attempt_id; committed before the POST) -> delivered,
        // or queued again with a later next_attempt_at, or failed after MaxAttempts.
        uR"(CREATE TABLE webhook_deliveries (
            id {{ID}},
            webhook_id BIGINT NOT NULL REFERENCES webhooks(id),
            delivery_id TEXT NOT NULL UNIQUE,
            event TEXT NOT NULL,
            body TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'delivered', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            attempt_id TEXT NOT NULL DEFAULT '',
            next_attempt_at BIGINT NOT NULL,
            claimed_at BIGINT,
            http_status INTEGER,
            last_error TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            delivered_at BIGINT))"_s,
        u"CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_at, id)"_s,
        u"CREATE INDEX webhook_deliveries_hook ON webhook_deliveries (webhook_id, id)"_s,
    };
    return m;
}

} // namespace frontline::server
