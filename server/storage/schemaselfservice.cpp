#include "schemaselfservice.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration selfServiceSchema()
{
    Migration m;
    m.version = 9;
    m.name = u"attachments, announcements and reporters' system information"_s;
    m.common = {
        // A file on a ticket. Its bytes arrive in chunks (attachment.add); until the last one
        // is in, completed_at is NULL and nobody but the uploader sees it. The content type is
        // what the server recognised in the bytes, not what the client claimed.
        uR"(CREATE TABLE attachments (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            uploader_id BIGINT NOT NULL REFERENCES users(id),
            file_name TEXT NOT NULL,
            declared_size BIGINT NOT NULL,
            received BIGINT NOT NULL DEFAULT 0,
            content_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            sha256 TEXT NOT NULL DEFAULT '',
            expected_sha256 TEXT NOT NULL DEFAULT '',
            internal INTEGER NOT NULL DEFAULT 0,
            created_at BIGINT NOT NULL,
            completed_at BIGINT))"_s,
        u"CREATE INDEX attachments_ticket ON attachments (ticket_id, id)"_s,
        u"CREATE INDEX attachments_pending ON attachments (uploader_id, completed_at)"_s,
        uR"(CREATE TABLE attachment_chunks (
            attachment_id BIGINT NOT NULL REFERENCES attachments(id),
            offset_bytes BIGINT NOT NULL,
            data {{BLOB}} NOT NULL,
            PRIMARY KEY (attachment_id, offset_bytes)))"_s,
        // Planned maintenance, outages, news: shown by every applet in the audience at once.
        uR"(CREATE TABLE announcements (
            id {{ID}},
            kind TEXT NOT NULL CHECK (kind IN ('maintenance', 'outage', 'information')),
            title TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            audience TEXT NOT NULL CHECK (audience IN ('everyone', 'requesters', 'staff')),
            starts_at BIGINT NOT NULL,
            ends_at BIGINT,
            author_id BIGINT NOT NULL REFERENCES users(id),
            published_at BIGINT NOT NULL,
            withdrawn_at BIGINT))"_s,
        u"CREATE INDEX announcements_ends ON announcements (ends_at)"_s,
        // What the tray applet gathered about the reporter's computer (JSON object).
        uR"(CREATE TABLE ticket_system_info (
            ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id),
            info TEXT NOT NULL))"_s,
    };
    return m;
}

} // namespace frontline::server
