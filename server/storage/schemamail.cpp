#include "schemamail.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration mailSchema()
{
    Migration m;
    m.version = 13;
    m.name = u"mailboxes, filed and sent Message-IDs, mail quarantine"_s;
    m.common = {
        // Passwords are sealed (mail/secretsealer.h) with a key kept outside the database.
        uR"(CREATE TABLE mailboxes (
            id {{ID}},
            name TEXT NOT NULL UNIQUE,
            address TEXT NOT NULL,
            imap_host TEXT NOT NULL,
            imap_port INTEGER NOT NULL,
            imap_security TEXT NOT NULL CHECK (imap_security IN ('tls', 'starttls', 'none')),
            imap_username TEXT NOT NULL,
            imap_password {{BLOB}} NOT NULL,
            imap_certificate TEXT NOT NULL DEFAULT '',
            folder TEXT NOT NULL DEFAULT 'INBOX',
            quarantine_folder TEXT NOT NULL DEFAULT 'Quarantine',
            smtp_host TEXT NOT NULL,
            smtp_port INTEGER NOT NULL,
            smtp_security TEXT NOT NULL CHECK (smtp_security IN ('tls', 'starttls', 'none')),
            smtp_username TEXT NOT NULL DEFAULT '',
            smtp_password {{BLOB}} NOT NULL,
            smtp_certificate TEXT NOT NULL DEFAULT '',
            enabled INTEGER NOT NULL DEFAULT 1))"_s,
        // One row per Message-ID taken in, written in the transaction that filed it.
        uR"(CREATE TABLE mail_messages (
            message_id TEXT PRIMARY KEY,
            mailbox_id BIGINT NOT NULL REFERENCES mailboxes(id),
            ticket_id BIGINT REFERENCES tickets(id),
            outcome TEXT NOT NULL CHECK (outcome IN ('ticket', 'comment', 'ignored')),
            received_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE mail_sent (
            message_id TEXT PRIMARY KEY,
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            sent_at BIGINT NOT NULL))"_s,
        uR"(CREATE TABLE mail_quarantine (
            id {{ID}},
            mailbox_id BIGINT NOT NULL REFERENCES mailboxes(id),
            reason TEXT NOT NULL,
            raw {{BLOB}} NOT NULL,
            quarantined_at BIGINT NOT NULL))"_s,
    };
    return m;
}

Migration mailIntakeSchema()
{
    Migration m;
    m.version = 14;
    m.name = u"mail intake: mailbox routing, unknown senders, undeliverable addresses"_s;
    m.common = {
        // Where a new ticket from this mailbox goes, and whether an unknown sender becomes a
        // requester ('create') or is refused ('refuse'). A deleted mailbox keeps its row for the
        // Message-IDs it filed; it is never read again.
        u"ALTER TABLE mailboxes ADD COLUMN group_id BIGINT REFERENCES agent_groups(id)"_s,
        u"ALTER TABLE mailboxes ADD COLUMN category TEXT NOT NULL DEFAULT ''"_s,
        uR"(ALTER TABLE mailboxes ADD COLUMN unknown_senders TEXT NOT NULL DEFAULT 'create'
            CHECK (unknown_senders IN ('create', 'refuse')))"_s,
        u"ALTER TABLE mailboxes ADD COLUMN deleted_at BIGINT"_s,
        // What an admin sees of a quarantined mail without opening the raw bytes.
        u"ALTER TABLE mail_quarantine ADD COLUMN subject TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE mail_quarantine ADD COLUMN sender TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX mail_quarantine_by_time ON mail_quarantine (quarantined_at, id)"_s,
        // Addresses a bounce reported as undeliverable: nothing more is sent to them.
        uR"(CREATE TABLE mail_undeliverable (
            address TEXT PRIMARY KEY,
            reason TEXT NOT NULL,
            marked_at BIGINT NOT NULL))"_s,
        // The sender of a mail is found by address.
        u"CREATE INDEX users_by_email ON users (lower(email))"_s,
    };
    return m;
}

} // namespace frontline::server
