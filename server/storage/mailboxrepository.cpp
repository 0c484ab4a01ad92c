#include "mailboxrepository.h"

#include "mail/secretsealer.h"
#include "storage/sqlsession.h"

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
    const QString columns =
        u"name = ?, address = ?, imap_host = ?, imap_port = ?, imap_security = ?, "
        "imap_username = ?, imap_password = ?, imap_certificate = ?, folder = ?, "
        "quarantine_folder = ?, smtp_host = ?, smtp_port = ?, smtp_security = ?, "
        "smtp_username = ?, smtp_password = ?, smtp_certificate = ?, enabled = ?"_s;
    Statement statement = box.id == 0
        ? m_session.prepareInsert(
            u"INSERT INTO mailboxes (name, address, imap_host, imap_port, imap_security, "
            "imap_username, imap_password, imap_certificate, folder, quarantine_folder, "
            "smtp_host, smtp_port, smtp_security, smtp_username, smtp_password, "
            "smtp_certificate, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)"_s)
        : m_session.prepare(u"UPDATE mailboxes SET "_s + columns + u" WHERE id = ?"_s);
    statement.bind(box.name)
        .bind(box.address)
        .bind(box.imap.host)
        .bind(int(box.imap.port))
        .bind(securityName(box.imap.security))
        .bind(box.imap.username)
        .bind(m_sealer.seal(box.imap.password))
        .bind(QString::fromLatin1(box.imap.pinnedCertificatePem))
        .bind(box.folder)
        .bind(box.quarantineFolder)
        .bind(box.smtp.host)
        .bind(int(box.smtp.port))
        .bind(securityName(box.smtp.security))
        .bind(box.smtp.username)
        .bind(m_sealer.seal(box.smtp.password))
        .bind(QString::fromLatin1(box.smtp.pinnedCertificatePem))
        .bind(box.enabled ? 1 : 0);
    if (box.id != 0)
        statement.bind(box.id);
    statement.exec();
    return box.id == 0 ? statement.insertedId() : box.id;
}

Result<mail::MailboxConfig, QString> MailboxRepository::find(qint64 id)
{
    Statement query = m_session.prepare(
        u"SELECT name, address, imap_host, imap_port, imap_security, imap_username, "
        "imap_password, imap_certificate, folder, quarantine_folder, smtp_host, smtp_port, "
        "smtp_security, smtp_username, smtp_password, smtp_certificate, enabled FROM mailboxes "
        "WHERE id = ?"_s);
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
    const auto imapPassword = m_sealer.open(query.value(6).toByteArray());
    box.imap.pinnedCertificatePem = query.text(7).toLatin1();
    box.folder = query.text(8);
    box.quarantineFolder = query.text(9);
    box.smtp.host = query.text(10);
    box.smtp.port = quint16(query.integer(11));
    box.smtp.security = securityFromName(query.text(12));
    box.smtp.username = query.text(13);
    const auto smtpPassword = m_sealer.open(query.value(14).toByteArray());
    box.smtp.pinnedCertificatePem = query.text(15).toLatin1();
    box.enabled = query.boolean(16);
    if (!imapPassword || !smtpPassword)
        return u"the passwords of mailbox %1 do not open with this server's mail key"_s.arg(id);
    box.imap.password = *imapPassword;
    box.smtp.password = *smtpPassword;
    return box;
}

QList<qint64> MailboxRepository::enabledIds()
{
    Statement query =
        m_session.prepare(u"SELECT id FROM mailboxes WHERE enabled = 1 ORDER BY id"_s);
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
    // Newest reference first: the mail it answers directly decides.
    for (const QString& id : messageIds) {
        Statement query =
            m_session.prepare(u"SELECT ticket_id FROM mail_sent WHERE message_id = ?"_s);
        query.bind(id);
        query.exec();
        if (query.next())
            return query.int64(0);
    }
    return std::nullopt;
}

qint64 MailboxRepository::quarantine(qint64 mailboxId, const QString& reason, const QByteArray& raw,
                                     qint64 at)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO mail_quarantine (mailbox_id, reason, raw, quarantined_at) VALUES (?, ?, ?, ?)"_s);
    insert.bind(mailboxId).bind(reason).bind(raw).bind(at);
    insert.exec();
    return insert.insertedId();
}

} // namespace frontline::server
