#include "notify/smtpsettingsstore.h"

#include "mail/secretsealer.h"
#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server::notify {

namespace {

api::SmtpSettings read(Statement& query)
{
    api::SmtpSettings s;
    s.enabled = query.boolean(0);
    s.host = query.text(1);
    s.port = query.integer(2);
    s.security = query.text(3);
    s.username = query.text(4);
    s.passwordSet = !query.value(5).isNull() && !query.value(5).toByteArray().isEmpty();
    s.certificate = query.text(6);
    s.fromAddress = query.text(7);
    s.fromName = query.text(8);
    return s;
}

} // namespace

api::SmtpSettings SmtpSettingsStore::load()
{
    Statement query = m_session.prepare(
        u"SELECT enabled, host, port, security, username, password, certificate, from_address, "
        "from_name FROM mail_outgoing WHERE id = 1"_s);
    query.exec();
    return query.next() ? read(query) : api::SmtpSettings {};
}

Result<api::SmtpSettings, QString> SmtpSettingsStore::loadForSending()
{
    Statement query = m_session.prepare(
        u"SELECT enabled, host, port, security, username, password, certificate, from_address, "
        "from_name FROM mail_outgoing WHERE id = 1"_s);
    query.exec();
    if (!query.next())
        return api::SmtpSettings {};
    api::SmtpSettings settings = read(query);
    if (settings.passwordSet) {
        if (!m_sealer)
            return u"no mail key to open the SMTP password"_s;
        auto opened = m_sealer->open(query.value(5).toByteArray());
        if (!opened)
            return u"the SMTP password does not open with this server's mail key"_s;
        settings.password = *opened;
    }
    return settings;
}

void SmtpSettingsStore::save(const api::SmtpSettings& s, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE mail_outgoing SET enabled = ?, host = ?, port = ?, security = ?, username = ?, "
        "certificate = ?, from_address = ?, from_name = ?, updated_at = ? WHERE id = 1"_s);
    update.bind(s.enabled ? 1 : 0)
        .bind(s.host)
        .bind(s.port)
        .bind(s.security)
        .bind(s.username)
        .bind(s.certificate)
        .bind(s.fromAddress)
        .bind(s.fromName)
        .bind(now);
    update.exec();
    if (s.password && m_sealer) {
        Statement password =
            m_session.prepare(u"UPDATE mail_outgoing SET password = ? WHERE id = 1"_s);
        password.bind(s.password->isEmpty() ? QByteArray() : m_sealer->seal(*s.password));
        password.exec();
    }
}

mail::MailEndpoint SmtpSettingsStore::endpoint(const api::SmtpSettings& s)
{
    using Security = mail::MailEndpoint::Security;
    mail::MailEndpoint endpoint;
    endpoint.host = s.host;
    endpoint.port = quint16(s.port);
    endpoint.security = s.security == u"tls"_s ? Security::Tls
        : s.security == u"none"_s              ? Security::None
                                               : Security::StartTls;
    endpoint.username = s.username;
    endpoint.password = s.password.value_or(QString());
    endpoint.pinnedCertificatePem = s.certificate.toUtf8();
    endpoint.timeoutSeconds = 30;
    return endpoint;
}

} // namespace frontline::server::notify
