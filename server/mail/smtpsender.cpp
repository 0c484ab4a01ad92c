#include "mail/smtpsender.h"

#include "mail/mailtls.h"

#include <libetpan/libetpan.h>
#include <memory>

namespace frontline::server::mail {

namespace {

struct SmtpFree
{
    void operator()(mailsmtp* session) const { mailsmtp_free(session); }
};
using SmtpSession = std::unique_ptr<mailsmtp, SmtpFree>;

void setServerName(mailstream_ssl_context* context, void* host)
{
    mailstream_ssl_set_server_name(context, static_cast<char*>(host));
}

QString failure(mailsmtp* session, const char* step, int code)
{
    QString text =
        QLatin1String(step) + QStringLiteral(": ") + QString::fromUtf8(mailsmtp_strerror(code));
    if (session->response && *session->response)
        text += QStringLiteral(" (") + QString::fromUtf8(session->response).trimmed() + u')';
    return text;
}

int greet(mailsmtp* session)
{
    const int code = mailesmtp_ehlo(session);
    return code == MAILSMTP_ERROR_NOT_IMPLEMENTED ? mailsmtp_helo(session) : code;
}

} // namespace

SmtpSender::SmtpSender(MailEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{ }

Status<QString> SmtpSender::send(const QString& envelopeFrom, const QStringList& recipients,
                                 const QByteArray& message) const
{
    if (auto problem = securityProblem(m_endpoint))
        return *problem;
    if (recipients.isEmpty())
        return QStringLiteral("no recipient");
    SmtpSession session(mailsmtp_new(0, nullptr));
    if (!session)
        return QStringLiteral("out of memory");
    mailsmtp_set_timeout(session.get(), m_endpoint.timeoutSeconds);
    QByteArray host = m_endpoint.host.toUtf8();
    const auto port = uint16_t(m_endpoint.port);
    using Security = MailEndpoint::Security;

    int code = m_endpoint.security == Security::Tls
        ? mailsmtp_ssl_connect_with_callback(session.get(), host.constData(), port, setServerName,
                                             host.data())
        : mailsmtp_socket_connect(session.get(), host.constData(), port);
    if (code != MAILSMTP_NO_ERROR)
        return failure(session.get(), "connect", code);
    if ((code = greet(session.get())) != MAILSMTP_NO_ERROR)
        return failure(session.get(), "EHLO", code);
    if (m_endpoint.security == Security::StartTls) {
        if (!(session->esmtp & MAILSMTP_ESMTP_STARTTLS))
            return QStringLiteral("the server does not offer STARTTLS");
        code = mailsmtp_socket_starttls_with_callback(session.get(), setServerName, host.data());
        if (code != MAILSMTP_NO_ERROR)
            return failure(session.get(), "STARTTLS", code);
    }
    if (auto problem = certificateProblem(session->stream, m_endpoint))
        return *problem;
    if (m_endpoint.security == Security::StartTls
        && (code = greet(session.get())) != MAILSMTP_NO_ERROR)
        return failure(session.get(), "EHLO after STARTTLS", code);

    if (!m_endpoint.username.isEmpty()) {
        const char* mechanism = (session->auth & MAILSMTP_AUTH_PLAIN) ? "PLAIN"
            : (session->auth & MAILSMTP_AUTH_LOGIN)                   ? "LOGIN"
                                                                      : nullptr;
        if (!mechanism)
            return QStringLiteral("the server offers neither AUTH PLAIN nor AUTH LOGIN");
        const QByteArray user = m_endpoint.username.toUtf8();
        const QByteArray password = m_endpoint.password.toUtf8();
        code =
            mailesmtp_auth_sasl(session.get(), mechanism, host.constData(), nullptr, nullptr,
                                user.constData(), user.constData(), password.constData(), nullptr);
        if (code != MAILSMTP_NO_ERROR)
            return failure(session.get(), "AUTH", code);
    }

    const QByteArray from = envelopeFrom.toUtf8();
    if ((code = mailsmtp_mail(session.get(), from.constData())) != MAILSMTP_NO_ERROR)
        return failure(session.get(), "MAIL FROM", code);
    for (const QString& recipient : recipients) {
        const QByteArray to = recipient.toUtf8();
        if ((code = mailsmtp_rcpt(session.get(), to.constData())) != MAILSMTP_NO_ERROR)
            return failure(session.get(), "RCPT TO", code);
    }
    if ((code = mailsmtp_data(session.get())) != MAILSMTP_NO_ERROR)
        return failure(session.get(), "DATA", code);
    code = mailsmtp_data_message(session.get(), message.constData(), size_t(message.size()));
    if (code != MAILSMTP_NO_ERROR)
        return failure(session.get(), "message", code);
    mailsmtp_quit(session.get());
    return {};
}

} // namespace frontline::server::mail
