#include "schemaorgs.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration orgsSchema()
{
    Migration m;
    m.version = 16;
    m.name = u"organisations: domains, members, VIP requesters, organisation viewers, tickets"_s;
    m.common = {
        uR"(CREATE TABLE organisations (
            id {{ID}},
            name TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        // Names are unique whatever their case.
        u"CREATE UNIQUE INDEX organisations_name ON organisations (LOWER(name))"_s,
        // A mail domain belongs to one organisation: a new requester's address finds it.
        uR"(CREATE TABLE org_domains (
            domain TEXT PRIMARY KEY,
            org_id BIGINT NOT NULL REFERENCES organisations(id)))"_s,
        u"CREATE INDEX org_domains_org ON org_domains (org_id)"_s,
        u"ALTER TABLE users ADD COLUMN org_id BIGINT REFERENCES organisations(id)"_s,
        u"ALTER TABLE users ADD COLUMN vip INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE users ADD COLUMN org_viewer INTEGER NOT NULL DEFAULT 0"_s,
        u"CREATE INDEX users_org ON users (org_id, id)"_s,
        // The requester's organisation when the ticket was raised. Indexed like the group
        // queues, so an organisation's queue page (and an organisation viewer's list) is a seek
        // plus LIMIT rows in priority or in update order.
        u"ALTER TABLE tickets ADD COLUMN org_id BIGINT REFERENCES organisations(id)"_s,
        u"CREATE INDEX tickets_org_queue ON tickets (org_id, is_open, priority, id)"_s,
        u"CREATE INDEX tickets_org_updated ON tickets (org_id, updated_at, id)"_s,
    };
    return m;
}

} // namespace frontline::server
