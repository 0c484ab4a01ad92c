#include "schemacmdb.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration cmdbSchema()
{
    Migration m;
    m.version = 28;
    m.name = u"configuration items, relationships and ticket links"_s;
    m.common = {
        // fields: JSON [{field, required}] of the custom fields (ticket_fields, by name) the
        // class's items take as attributes; read whole, never queried inside.
        uR"(CREATE TABLE ci_classes (
            id {{ID}},
            name TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            fields TEXT NOT NULL DEFAULT '[]',
            active INTEGER NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        u"INSERT INTO ci_classes (name, label, created_at, updated_at) VALUES "
        "('service', 'Service', 0, 0), ('application', 'Application', 0, 0), "
        "('server', 'Server', 0, 0), ('laptop', 'Laptop', 0, 0), "
        "('printer', 'Printer', 0, 0), ('network_device', 'Network device', 0, 0)"_s,
        // attributes: JSON {field name: value}, checked against the fields on every write.
        // search_text: name, host name, serial and attribute texts in lower case (ci.search).
        uR"(CREATE TABLE cis (
            id {{ID}},
            name TEXT NOT NULL,
            class_id BIGINT NOT NULL REFERENCES ci_classes(id),
            status TEXT NOT NULL,
            owner_id BIGINT REFERENCES users(id),
            org_id BIGINT REFERENCES organisations(id),
            host_name TEXT NOT NULL DEFAULT '',
            serial TEXT NOT NULL DEFAULT '',
            attributes TEXT NOT NULL DEFAULT '{}',
            search_text TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        u"CREATE INDEX cis_class ON cis (class_id, id)"_s,
        u"CREATE INDEX cis_status ON cis (status, id)"_s,
        u"CREATE INDEX cis_org ON cis (org_id, id) WHERE org_id IS NOT NULL"_s,
        u"CREATE INDEX cis_owner ON cis (owner_id, id) WHERE owner_id IS NOT NULL"_s,
        // The applet's computer is matched by host name or serial, whatever the case.
        u"CREATE INDEX cis_host ON cis (lower(host_name)) WHERE host_name <> ''"_s,
        u"CREATE INDEX cis_serial ON cis (lower(serial)) WHERE serial <> ''"_s,
        u"CREATE INDEX cis_name ON cis (lower(name), class_id)"_s,
        // from_ci <type> target: depends_on, runs_on, connected_to point at CIs (from needs
        // target); used_by at a CI, user or organisation (target_kind). The impact walk reads
        // the primary key forwards (used_by) and ci_relations_target backwards (the others).
        uR"(CREATE TABLE ci_relations (
            from_ci BIGINT NOT NULL REFERENCES cis(id),
            type TEXT NOT NULL,
            target_kind TEXT NOT NULL,
            target_id BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (from_ci, type, target_kind, target_id)))"_s,
        u"CREATE INDEX ci_relations_target ON ci_relations (target_kind, target_id, type, "
        "from_ci)"_s,
        // The CIs a ticket is about; automatic: linked by the applet's computer details.
        uR"(CREATE TABLE ticket_cis (
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            ci_id BIGINT NOT NULL REFERENCES cis(id),
            automatic INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (ticket_id, ci_id)))"_s,
        u"CREATE INDEX ticket_cis_ci ON ticket_cis (ci_id, ticket_id)"_s,
    };
    return m;
}

} // namespace frontline::server
