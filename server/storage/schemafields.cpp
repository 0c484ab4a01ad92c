#include "schemafields.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration fieldsSchema()
{
    Migration m;
    m.version = 23;
    m.name = u"custom fields of tickets"_s;
    m.common = {
        // spec: JSON of the options, limits and the ticket types and categories the field
        // applies to (see api::FieldDefinition); name and type never change.
        uR"(CREATE TABLE ticket_fields (
            id {{ID}},
            name TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            type TEXT NOT NULL,
            required INTEGER NOT NULL DEFAULT 0,
            help TEXT NOT NULL DEFAULT '',
            visible_to_requester INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            spec TEXT NOT NULL DEFAULT '{}',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"_s,
        // One row per value; a multi-choice has one row per chosen key (seq 0, 1, ...).
        // date_value: the day number (Julian day) of a date.
        uR"(CREATE TABLE ticket_field_values (
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            field_id BIGINT NOT NULL REFERENCES ticket_fields(id),
            seq INTEGER NOT NULL DEFAULT 0,
            text_value TEXT,
            number_value DOUBLE PRECISION,
            date_value BIGINT,
            ref_id BIGINT,
            PRIMARY KEY (ticket_id, field_id, seq)))"_s,
        // A filtered queue walks its usual sort index and probes the primary key per ticket;
        // these serve the other direction (few tickets have the value) and the counts.
        u"CREATE INDEX ticket_field_text ON ticket_field_values (field_id, text_value, ticket_id)"_s,
        u"CREATE INDEX ticket_field_number ON ticket_field_values (field_id, number_value, ticket_id)"_s,
        u"CREATE INDEX ticket_field_date ON ticket_field_values (field_id, date_value, ticket_id)"_s,
        u"CREATE INDEX ticket_field_ref ON ticket_field_values (field_id, ref_id, ticket_id)"_s,
    };
    return m;
}

} // namespace frontline::server
