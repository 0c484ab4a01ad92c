#include "mailboxservice.h"

#include "logging.h"
#include "mail/mailtls.h"
#include "storage/grouprepository.h"
#include "storage/mailboxrepository.h"
#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using Security = mail::MailEndpoint::Security;

Security securityOf(const QString& name)
{
    if (name == u"tls"_s)
        return Security::Tls;
    return name == u"none"_s ? Security::None : Security::StartTls;
}

QString nameOf(Security security)
{
    switch (security) {
    case Security::Tls:
        return u"tls"_s;
    case Security::None:
        return u"none"_s;
    case Security::StartTls:
        break;
    }
    return u"starttls"_s;
}

} // namespace

api::MailboxInfo MailboxService::infoOf(const mail::MailboxConfig& box)
{
    api::MailboxInfo info;
    info.id = box.id;
    info.name = box.name;
    info.address = box.address;
    info.host = box.imap.host;
    info.port = box.imap.port;
    info.security = nameOf(box.imap.security);
    info.username = box.imap.username;
    info.folder = box.folder;
    info.quarantineFolder = box.quarantineFolder;
    info.hasCertificate = !box.imap.pinnedCertificatePem.isEmpty();
    info.group = box.groupId;
    info.category = box.category;
    info.unknownSenders = box.createUnknownSenders ? u"create"_s : u"refuse"_s;
    info.enabled = box.enabled;
    info.smtpHost = box.smtp.host;
    info.smtpPort = box.smtp.port;
    info.smtpSecurity = nameOf(box.smtp.security);
    info.smtpUsername = box.smtp.username;
    info.fromAddress = box.fromAddress;
    info.fromName = box.fromName;
    return info;
}

Result<mail::MailboxConfig, rpc::RpcError> MailboxService::apply(const api::MailboxFields& f,
                                                                 mail::MailboxConfig box)
{
    MailboxRepository mailboxes(m_session);
    if (f.name) {
        const auto holder = mailboxes.idByName(*f.name);
        if (holder && *holder != box.id)
            return rpc::RpcError::conflict(u"name_taken"_s, QJsonObject {{"field"_L1, u"name"_s}});
        box.name = *f.name;
    }
    if (f.host)
        box.imap.host = *f.host;
    if (f.port)
        box.imap.port = quint16(*f.port);
    if (f.security)
        box.imap.security = securityOf(*f.security);
    if (f.username)
        box.imap.username = *f.username;
    if (f.password)
        box.imap.password = *f.password;
    if (f.address)
        box.address = *f.address;
    if (box.address.isEmpty())
        box.address = box.imap.username;
    if (f.folder)
        box.folder = *f.folder;
    if (f.quarantineFolder)
        box.quarantineFolder = *f.quarantineFolder;
    if (f.certificate) { // trusted for the mailbox's servers: IMAP and its own SMTP relay
        box.imap.pinnedCertificatePem = f.certificate->toLatin1();
        box.smtp.pinnedCertificatePem = box.imap.pinnedCertificatePem;
    }
    if (f.group.present) {
        if (f.group.value && !GroupRepository(m_session).ref(*f.group.value))
            return rpc::RpcError::invalidParams(u"group"_s, u"no such group"_s);
        box.groupId = f.group.value;
    }
    if (f.category) {
        if (!f.category->isEmpty()) {
            const auto category = CategoryRepository(m_session).findByName(*f.category);
            if (!category || !category->active)
                return rpc::RpcError::invalidParams(u"category"_s, u"no such category"_s);
        }
        box.category = *f.category;
    }
    if (f.unknownSenders)
        box.createUnknownSenders = *f.unknownSenders == u"create"_s;
    if (f.enabled)
        box.enabled = *f.enabled;
    if (f.smtpHost)
        box.smtp.host = *f.smtpHost;
    if (f.smtpPort)
        box.smtp.port = quint16(*f.smtpPort);
    if (f.smtpSecurity)
        box.smtp.security = securityOf(*f.smtpSecurity);
    if (f.smtpUsername)
        box.smtp.username = *f.smtpUsername;
    if (f.smtpPassword)
        box.smtp.password = *f.smtpPassword;
    if (f.fromAddress)
        box.fromAddress = *f.fromAddress;
    if (f.fromName)
        box.fromName = f.fromName->simplified();
    // Passwords and mail never cross the network in the clear.
    if (auto problem = mail::securityProblem(box.imap))
        return rpc::RpcError::invalidParams(u"security"_s, *problem);
    if (!box.smtp.host.isEmpty()) {
        if (auto problem = mail::securityProblem(box.smtp))
            return rpc::RpcError::invalidParams(u"smtp_security"_s, *problem);
    }
    return box;
}

ServiceResult MailboxService::create(const api::MailboxCreateParams& params)
{
    auto box = apply(params.fields, mail::MailboxConfig {});
    if (!box)
        return box.error();
    box->id = MailboxRepository(m_session, m_sealer).save(*box);
    qCInfo(lcServer).noquote() << "mailbox" << box->name << "created";
    return Outcome(infoOf(*box));
}

Result<mail::MailboxConfig, rpc::RpcError> MailboxService::load(qint64 id)
{
    MailboxRepository mailboxes(m_session, m_sealer);
    auto box = mailboxes.find(id);
    if (box)
        return *box;
    if (mailboxes.nameOf(id).isEmpty() || !mailboxes.idByName(mailboxes.nameOf(id)))
        return rpc::RpcError::notFound(u"mailbox"_s);
    return rpc::RpcError::conflict(u"mail_key_changed"_s, QJsonObject {{"field"_L1, u"id"_s}});
}

ServiceResult MailboxService::update(const api::MailboxUpdateParams& params)
{
    MailboxRepository mailboxes(m_session, m_sealer);
    auto stored = mailboxes.find(params.id);
    if (!stored) {
        // Passwords sealed with another key: the admin may set both again.
        if (mailboxes.nameOf(params.id).isEmpty()
            || !mailboxes.idByName(mailboxes.nameOf(params.id)))
            return rpc::RpcError::notFound(u"mailbox"_s);
        if (!params.fields.password)
            return rpc::RpcError::conflict(u"mail_key_changed"_s,
                                           QJsonObject {{"field"_L1, u"password"_s}});
        return rpc::RpcError::conflict(u"mail_key_changed"_s, QJsonObject {{"field"_L1, u"id"_s}});
    }
    auto box = apply(params.fields, *stored);
    if (!box)
        return box.error();
    mailboxes.save(*box);
    return Outcome(infoOf(*box));
}

ServiceResult MailboxService::remove(qint64 id)
{
    if (!MailboxRepository(m_session).remove(id, m_now))
        return rpc::RpcError::notFound(u"mailbox"_s);
    return Outcome(api::MailboxDeleted {id});
}

ServiceResult MailboxService::list()
{
    api::MailboxList list;
    MailboxRepository mailboxes(m_session, m_sealer);
    for (const mail::MailboxConfig& box : mailboxes.list()) {
        api::MailboxInfo info = infoOf(box);
        info.readable = !box.imap.host.isEmpty();
        list.items << info;
    }
    return Outcome(list);
}

QList<mail::MailboxConfig> MailboxService::enabled()
{
    QList<mail::MailboxConfig> boxes;
    MailboxRepository mailboxes(m_session, m_sealer);
    for (const qint64 id : mailboxes.enabledIds()) {
        auto box = mailboxes.find(id);
        if (box)
            boxes << *box;
        else
            qCWarning(lcServer).noquote() << box.error();
    }
    return boxes;
}

ServiceResult MailboxService::quarantined(const api::QuarantineListParams& params)
{
    const QList<QuarantinedMail> rows =
        MailboxRepository(m_session).quarantined(params.limit + 1, params.cursor);
    api::QuarantineList page;
    for (const QuarantinedMail& row : rows.mid(0, params.limit))
        page.items << api::QuarantinedMailInfo {
            row.id, row.mailboxId, row.mailboxName, row.reason, row.subject, row.sender, row.at};
    if (rows.size() > params.limit)
        page.nextCursor = page.items.constLast().id;
    return Outcome(page);
}

} // namespace frontline::server
