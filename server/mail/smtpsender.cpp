#include "mail/smtpsender.h"

#include "mail/mailtls.h"

#include <libetpan/libetpan.h>

namespace frontline::server::mail {

namespace {

struct SmtpFree
{
    void operator()(mailsmtp* session) const { mailsmtp_free(session); }
};
using SmtpHandle = std::unique_ptr<mailsmtp, SmtpFree>;

SmtpFailure describe(mailsmtp* session, const char* step, int code)
{
    QString text =
        QLatin1String(step) + QStringLiteral(": ") + QString::fromUtf8(mailsmtp_strerror(code));
    if (session->response && *session->response)
        text += QStringLiteral(" (") + QString::fromUtf8(session->response).trimmed() + u')';
    const bool replied = code != MAILSMTP_ERROR_STREAM && code != MAILSMTP_ERROR_CONNECTION_REFUSED
        && code != MAILSMTP_ERROR_SSL && code != MAILSMTP_ERROR_MEMORY;
    return {text, replied ? session->response_code : 0};
}

int greet(mailsmtp* session)
{
    const int code = mailesmtp_ehlo(session);
    return code == MAILSMTP_ERROR_NOT_IMPLEMENTED ? mailsmtp_helo(session) : code;
}

} // namespace

Result<std::unique_ptr<SmtpSession>, SmtpFailure> SmtpSession::open(const MailEndpoint& endpoint)
{
    if (auto problem = securityProblem(endpoint))
        return SmtpFailure {*problem, 0};
    SmtpHandle session(mailsmtp_new(0, nullptr));
    if (!session)
        return SmtpFailure {QStringLiteral("out of memory"), 0};
    mailsmtp_set_timeout(session.get(), endpoint.timeoutSeconds);
    QByteArray host = endpoint.host.toUtf8();
    const auto port = uint16_t(endpoint.port);
    using Security = MailEndpoint::Security;
    const auto fail = [&](const char* step, int code) {
        return describe(session.get(), step, code);
    };

    int code = endpoint.security == Security::Tls
        ? mailsmtp_ssl_connect_with_callback(session.get(), host.constData(), port, setServerName,
                                             host.data())
        : mailsmtp_socket_connect(session.get(), host.constData(), port);
    if (code != MAILSMTP_NO_ERROR)
        return SmtpFailure {describe(session.get(), "connect", code).text, 0};
    if ((code = greet(session.get())) != MAILSMTP_NO_ERROR)
        return fail("EHLO", code);
    if (endpoint.security == Security::StartTls) {
        if (!(session->esmtp & MAILSMTP_ESMTP_STARTTLS))
            return SmtpFailure {QStringLiteral("the server does not offer STARTTLS"), 0};
        code = mailsmtp_socket_starttls_with_callback(session.get(), setServerName, host.data());
        if (code != MAILSMTP_NO_ERROR)
            return fail("STARTTLS", code);
    }
    if (auto problem = certificateProblem(session->stream, endpoint))
        return SmtpFailure {*problem, 0};
    if (endpoint.security == Security::StartTls
        && (code = greet(session.get())) != MAILSMTP_NO_ERROR)
        return fail("EHLO after STARTTLS", code);

    if (!endpoint.username.isEmpty()) {
        const char* mechanism = (session->auth & MAILSMTP_AUTH_PLAIN) ? "PLAIN"
            : (session->auth & MAILSMTP_AUTH_LOGIN)                   ? "LOGIN"
                                                                      : nullptr;
        if (!mechanism)
            return SmtpFailure {
                QStringLiteral("the server offers neither AUTH PLAIN nor AUTH LOGIN"), 0};
        const QByteArray user = endpoint.username.toUtf8();
        const QByteArray password = endpoint.password.toUtf8();
        code =
            mailesmtp_auth_sasl(session.get(), mechanism, host.constData(), nullptr, nullptr,
                                user.constData(), user.constData(), password.constData(), nullptr);
        if (code != MAILSMTP_NO_ERROR)
            return fail("AUTH", code);
    }
    return std::unique_ptr<SmtpSession>(new SmtpSession(session.release()));
}

SmtpSession::SmtpSession(mailsmtp* session)
    : m_session(session)
{ }

SmtpSession::~SmtpSession()
{
    if (m_usable)
        mailsmtp_quit(m_session);
    mailsmtp_free(m_session);
}

SmtpFailure SmtpSession::failure(const char* step, int code)
{
    SmtpFailure failure = describe(m_session, step, code);
    if (failure.replyCode == 0 || failure.replyCode == 421) // 421: the relay hangs up
        m_usable = false;
    else if (mailsmtp_reset(m_session) != MAILSMTP_NO_ERROR)
        m_usable = false;
    return failure;
}

Status<SmtpFailure> SmtpSession::send(const QString& envelopeFrom, const QStringList& recipients,
                                      const QByteArray& message)
{
    if (!m_usable)
        return SmtpFailure {QStringLiteral("the connection is closed"), 0};
    if (recipients.isEmpty())
        return SmtpFailure {QStringLiteral("no recipient"), 550};
    const QByteArray from = envelopeFrom.toUtf8();
    int code = mailsmtp_mail(m_session, from.constData());
    if (code != MAILSMTP_NO_ERROR)
        return failure("MAIL FROM", code);
    for (const QString& recipient : recipients) {
        const QByteArray to = recipient.toUtf8();
        if ((code = mailsmtp_rcpt(m_session, to.constData())) != MAILSMTP_NO_ERROR)
            return failure("RCPT TO", code);
    }
    if ((code = mailsmtp_data(m_session)) != MAILSMTP_NO_ERROR)
        return failure("DATA", code);
    code = mailsmtp_data_message(m_session, message.constData(), size_t(message.size()));
    if (code != MAILSMTP_NO_ERROR)
        return failure("message", code);
    return {};
}

SmtpSender::SmtpSender(MailEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{ }

Status<QString> SmtpSender::send(const QString& envelopeFrom, const QStringList& recipients,
                                 const QByteArray& message) const
{
    if (recipients.isEmpty())
        return QStringLiteral("no recipient");
    auto session = SmtpSession::open(m_endpoint);
    if (!session)
        return session.error().text;
    auto sent = (*session)->send(envelopeFrom, recipients, message);
    if (!sent.ok())
        return sent.error().text;
    return {};
}

} // namespace frontline::server::mail
