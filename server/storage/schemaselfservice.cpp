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

Migration affectedAnnouncementsSchema()
{
    Migration m;
    m.version = 31;
    m.name = u"announcements for the users of the affected services"_s;
    // The audience check widens to 'affected'. SQLite cannot alter a check: the table is
    // rebuilt with its rows (ids kept) and its index; PostgreSQL replaces the constraint.
    m.sqliteOnly = {
        uR"(CREATE TABLE announcements_v31 (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('maintenance', 'outage', 'information')),
            title TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            audience TEXT NOT NULL
                CHECK (audience IN ('everyone', 'requesters', 'staff', 'affected')),
            starts_at BIGINT NOT NULL,
            ends_at BIGINT,
            author_id BIGINT NOT NULL REFERENCES users(id),
            published_at BIGINT NOT NULL,
            withdrawn_at BIGINT))"_s,
        u"INSERT INTO announcements_v31 SELECT * FROM announcements"_s,
        u"DROP TABLE announcements"_s,
        u"ALTER TABLE announcements_v31 RENAME TO announcements"_s,
        u"CREATE INDEX announcements_ends ON announcements (ends_at)"_s,
    };
    m.postgresOnly = {
        u"ALTER TABLE announcements DROP CONSTRAINT announcements_audience_check"_s,
        u"ALTER TABLE announcements ADD CONSTRAINT announcements_audience_check "
        "CHECK (audience IN ('everyone', 'requesters', 'staff', 'affected'))"_s,
    };
    // (Backend statements run after the common ones: the new tables, which refer to the
    // rebuilt one, come after it.)
    const QStringList tables {
        // The CIs an `affected` announcement names (as they were chosen).
        uR"(CREATE TABLE announcement_cis (
            announcement_id BIGINT NOT NULL REFERENCES announcements(id),
            ci_id BIGINT NOT NULL REFERENCES cis(id),
            PRIMARY KEY (announcement_id, ci_id)))"_s,
        // Who it reached when published (a snapshot): announcement.list of a requester reads
        // it by user.
        uR"(CREATE TABLE announcement_recipients (
            announcement_id BIGINT NOT NULL REFERENCES announcements(id),
            user_id BIGINT NOT NULL REFERENCES users(id),
            PRIMARY KEY (announcement_id, user_id)))"_s,
        u"CREATE INDEX announcement_recipients_user ON announcement_recipients "
        "(user_id, announcement_id)"_s,
    };
    m.sqliteOnly += tables;
    m.postgresOnly += tables;
    return m;
}

Migration announcementServicesSchema()
{
    Migration m;
    m.version = 32;
    m.name = u"the services an announcement for affected users found"_s;
    // The services the impact walks found behind the chosen CIs, at publish (a snapshot, like
    // the recipients): what the announcement says is affected. Earlier ones have none recorded.
    const QStringList tables {
        uR"(CREATE TABLE announcement_services (
            announcement_id BIGINT NOT NULL REFERENCES announcements(id),
            ci_id BIGINT NOT NULL REFERENCES cis(id),
            PRIMARY KEY (announcement_id, ci_id)))"_s,
    };
    m.sqliteOnly = tables;
    m.postgresOnly = tables;
    return m;
}

} // namespace frontline::server
