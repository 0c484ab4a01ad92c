#include "mailboxrepository.h"

#include "mail/secretsealer.h"
#include "mail/ticketmailids.h"
#include "storage/sqlsession.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using Security = mail::MailEndpoint::Security;

QString securityName(Security security)
{
    switch (security) {
    case Security::Tls:
        return u"tls"_s;
    case Security::StartTls:
        return u"starttls"_s;
    case Security::None:
        return u"none"_s;
    }
    return u"starttls"_s;
}

Security securityFromName(const QString& name)
{
    if (name == u"tls"_s)
        return Security::Tls;
    return name == u"none"_s ? Security::None : Security::StartTls;
}

} // namespace

qint64 MailboxRepository::save(const mail::MailboxConfig& box)
{
    Q_ASSERT(m_sealer);
    const QString columns =
        u"name = ?, address = ?, imap_host = ?, imap_port = ?, imap_security = ?, "
        "imap_username = ?, imap_password = ?, imap_certificate = ?, folder = ?, "
        "quarantine_folder = ?, smtp_host = ?, smtp_port = ?, smtp_security = ?, "
        "smtp_username = ?, smtp_password = ?, smtp_certificate = ?, enabled = ?, group_id = ?, "
        "category = ?, unknown_senders = ?, from_address = ?, from_name = ?"_s;
    Statement statement = box.id == 0
        ? m_session.prepareInsert(
            u"INSERT INTO mailboxes (name, address, imap_host, imap_port, imap_security, "
            "imap_username, imap_password, imap_certificate, folder, quarantine_folder, "
            "smtp_host, smtp_port, smtp_security, smtp_username, smtp_password, "
            "smtp_certificate, enabled, group_id, category, unknown_senders, from_address, "
            "from_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        : m_session.prepare(u"UPDATE mailboxes SET "_s + columns + u" WHERE id = ?"_s);
    statement.bind(box.name)
        .bind(box.address)
        .bind(box.imap.host)
        .bind(int(box.imap.port))
        .bind(securityName(box.imap.security))
        .bind(box.imap.username)
        .bind(m_sealer->seal(box.imap.password))
        .bind(QString::fromLatin1(box.imap.pinnedCertificatePem))
        .bind(box.folder)
        .bind(box.quarantineFolder)
        .bind(box.smtp.host)
        .bind(int(box.smtp.port))
        .bind(securityName(box.smtp.security))
        .bind(box.smtp.username)
        .bind(m_sealer->seal(box.smtp.password))
        .bind(QString::fromLatin1(box.smtp.pinnedCertificatePem))
        .bind(box.enabled ? 1 : 0)
        .bindNullable(box.groupId)
        .bind(box.category)
        .bind(box.createUnknownSenders ? u"create"_s : u"refuse"_s)
        .bind(box.fromAddress)
        .bind(box.fromName);
    if (box.id != 0)
        statement.bind(box.id);
    statement.exec();
    return box.id == 0 ? statement.insertedId() : box.id;
}

Result<mail::MailboxConfig, QString> MailboxRepository::find(qint64 id)
{
    if (!m_sealer)
        return u"no mail key"_s;
    Statement query = m_session.prepare(
        u"SELECT name, address, imap_host, imap_port, imap_security, imap_username, "
        "imap_password, imap_certificate, folder, quarantine_folder, smtp_host, smtp_port, "
        "smtp_security, smtp_username, smtp_password, smtp_certificate, enabled, group_id, "
        "category, unknown_senders, from_address, from_name FROM mailboxes WHERE id = ? AND "
        "deleted_at IS NULL"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return u"no mailbox %1"_s.arg(id);
    mail::MailboxConfig box;
    box.id = id;
    box.name = query.text(0);
    box.address = query.text(1);
    box.imap.host = query.text(2);
    box.imap.port = quint16(query.integer(3));
    box.imap.security = securityFromName(query.text(4));
    box.imap.username = query.text(5);
    const auto imapPassword = m_sealer->open(query.value(6).toByteArray());
    box.imap.pinnedCertificatePem = query.text(7).toLatin1();
    box.folder = query.text(8);
    box.quarantineFolder = query.text(9);
    box.smtp.host = query.text(10);
    box.smtp.port = quint16(query.integer(11));
    box.smtp.security = securityFromName(query.text(12));
    box.smtp.username = query.text(13);
    const auto smtpPassword = m_sealer->open(query.value(14).toByteArray());
    box.smtp.pinnedCertificatePem = query.text(15).toLatin1();
    box.enabled = query.boolean(16);
    box.groupId = query.optionalInt64(17);
    box.category = query.text(18);
    box.createUnknownSenders = query.text(19) != u"refuse"_s;
    box.fromAddress = query.text(20);
    box.fromName = query.text(21);
    if (!imapPassword || !smtpPassword)
        return u"the passwords of mailbox %1 do not open with this server's mail key"_s.arg(id);
    box.imap.password = *imapPassword;
    box.smtp.password = *smtpPassword;
    return box;
}

QList<qint64> MailboxRepository::enabledIds()
{
    Statement query = m_session.prepare(
        u"SELECT id FROM mailboxes WHERE enabled = 1 AND deleted_at IS NULL ORDER BY id"_s);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.int64(0);
    return ids;
}

bool MailboxRepository::wasFiled(const QString& messageId)
{
    Statement query = m_session.prepare(u"SELECT 1 FROM mail_messages WHERE message_id = ?"_s);
    query.bind(messageId);
    query.exec();
    return query.next();
}

void MailboxRepository::recordFiled(const QString& messageId, qint64 mailboxId,
                                    std::optional<qint64> ticketId, const QString& outcome,
                                    qint64 at)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO mail_messages (message_id, mailbox_id, ticket_id, outcome, received_at) "
        "VALUES (?, ?, ?, ?, ?)"_s);
    insert.bind(messageId).bind(mailboxId).bindNullable(ticketId).bind(outcome).bind(at);
    insert.exec();
}

void MailboxRepository::recordSent(const QString& messageId, qint64 ticketId, qint64 at)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO mail_sent (message_id, ticket_id, sent_at) VALUES (?, ?, ?)"_s);
    insert.bind(messageId).bind(ticketId).bind(at);
    insert.exec();
}

std::optional<qint64> MailboxRepository::ticketForReferences(const QStringList& messageIds)
{
    // Newest reference first: the mail it answers directly decides. A ticket mail's Message-ID
    // (and its thread's root) is checked against the outbox row it names, which must have gone
    // out with exactly that ID; the others (mails filed in, approvals, ticket mails sent before
    // 2026-12-06) are looked up among the IDs recorded as sent.
    Statement recorded =
        m_session.prepare(u"SELECT ticket_id FROM mail_sent WHERE message_id = ?"_s);
    Statement mailed = m_session.prepare(
        u"SELECT ticket_id FROM mail_outbox WHERE event_id = ? AND recipient_id = ? "
        "AND message_id = ? AND sent_at IS NOT NULL"_s);
    Statement threaded = m_session.prepare(
        u"SELECT 1 FROM ticket_events e JOIN mail_outbox o ON o.event_id = e.id "
        "WHERE e.ticket_id = ? AND o.in_reply_to = ? AND o.sent_at IS NOT NULL LIMIT 1"_s);
    // The 32 newest references at most: a mail with thousands of references costs no more than
    // a mail program's longest thread.
    for (const QString& id : messageIds.mid(0, 32)) {
        recorded.bind(id);
        recorded.exec();
        if (recorded.next())
            return recorded.int64(0);
        const auto ours = mail::parseTicketMailId(id);
        if (!ours)
            continue;
        if (ours->isRoot()) {
            threaded.bind(ours->ticketId).bind(id);
            threaded.exec();
            if (threaded.next())
                return ours->ticketId;
            continue;
        }
        mailed.bind(ours->eventId).bind(ours->recipientId).bind(id);
        mailed.exec();
        if (mailed.next())
            return mailed.int64(0);
    }
    return std::nullopt;
}

qint64 MailboxRepository::quarantine(qint64 mailboxId, const QString& reason, const QByteArray& raw,
                                     qint64 at, const QString& subject, const QString& sender)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO mail_quarantine (mailbox_id, reason, raw, quarantined_at, subject, sender) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.bind(mailboxId).bind(reason).bind(raw).bind(at).bind(subject).bind(sender);
    insert.exec();
    return insert.insertedId();
}

QList<mail::MailboxConfig> MailboxRepository::list()
{
    Statement query =
        m_session.prepare(u"SELECT id FROM mailboxes WHERE deleted_at IS NULL ORDER BY id"_s);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids << query.int64(0);
    QList<mail::MailboxConfig> boxes;
    for (const qint64 id : std::as_const(ids)) {
        auto box = find(id);
        if (box) {
            boxes << *box;
            continue;
        }
        // Listed even when its passwords do not open with this key (a new key file): the
        // admin sees it and sets the passwords again.
        mail::MailboxConfig sealed;
        sealed.id = id;
        sealed.name = nameOf(id);
        boxes << sealed;
    }
    return boxes;
}

QString MailboxRepository::nameOf(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT name FROM mailboxes WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    return query.next() ? query.text(0) : QString();
}

std::optional<qint64> MailboxRepository::idByName(const QString& name)
{
    Statement query =
        m_session.prepare(u"SELECT id FROM mailboxes WHERE name = ? AND deleted_at IS NULL"_s);
    query.bind(name);
    query.exec();
    return query.next() ? std::optional(query.int64(0)) : std::nullopt;
}

bool MailboxRepository::remove(qint64 id, qint64 at)
{
    // The row stays for the Message-IDs it filed; its name is free again.
    Statement update = m_session.prepare(
        u"UPDATE mailboxes SET deleted_at = ?, enabled = 0, name = ? WHERE id = ? AND "
        "deleted_at IS NULL"_s);
    update.bind(at).bind(u"%1 (deleted #%2)"_s.arg(nameOf(id)).arg(id)).bind(id);
    update.exec();
    return update.rowsAffected() > 0;
}

std::optional<qint64> MailboxRepository::userByAddress(const QString& address)
{
    Statement query = m_session.prepare(
        u"SELECT id FROM users WHERE lower(email) = ? ORDER BY disabled, id LIMIT 1"_s);
    query.bind(address.toLower());
    query.exec();
    return query.next() ? std::optional(query.int64(0)) : std::nullopt;
}

void MailboxRepository::markUndeliverable(const QString& address, const QString& reason, qint64 at)
{
    Statement remove = m_session.prepare(u"DELETE FROM mail_undeliverable WHERE address = ?"_s);
    remove.bind(address.toLower());
    remove.exec();
    Statement insert = m_session.prepare(
        u"INSERT INTO mail_undeliverable (address, reason, marked_at) VALUES (?, ?, ?)"_s);
    insert.bind(address.toLower()).bind(reason).bind(at);
    insert.exec();
}

bool MailboxRepository::isUndeliverable(const QString& address)
{
    Statement query = m_session.prepare(u"SELECT 1 FROM mail_undeliverable WHERE address = ?"_s);
    query.bind(address.toLower());
    query.exec();
    return query.next();
}

QList<QuarantinedMail> MailboxRepository::quarantined(int limit, std::optional<qint64> beforeId)
{
    Statement query = m_session.prepare(
        u"SELECT q.id, q.mailbox_id, m.name, q.reason, q.subject, q.sender, q.quarantined_at "
        "FROM mail_quarantine q JOIN mailboxes m ON m.id = q.mailbox_id WHERE q.id < ? "
        "ORDER BY q.id DESC LIMIT ?"_s);
    query.bind(beforeId.value_or(std::numeric_limits<qint64>::max())).bind(limit);
    query.exec();
    QList<QuarantinedMail> rows;
    while (query.next())
        rows << QuarantinedMail {query.int64(0), query.int64(1), query.text(2), query.text(3),
                                 query.text(4),  query.text(5),  query.int64(6)};
    return rows;
}

} // namespace frontline::server
