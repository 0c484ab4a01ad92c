#pragma once

#include "core/result.h"
#include "mail/mailendpoint.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct mailsmtp;

namespace frontline::server::mail {

// Why the relay did not take a message: the step and its answer (never the password), and
// the relay's reply code, so that a caller can tell "try later" (4xx, no answer) from "never"
// (5xx).
struct SmtpFailure
{
    QString text;
    int replyCode = 0; // 0: no reply (connection, TLS)
    bool permanent() const { return replyCode >= 500 && replyCode < 600; }
};

// One connection to an SMTP relay, kept open for many messages (one transaction each): TLS or
// STARTTLS (the certificate checked before AUTH), SMTP AUTH when the endpoint has a user name.
// libetpan offers no PIPELINING, so each command waits for its reply; keeping the connection
// saves the TCP, TLS and AUTH round trips, which are most of the cost. Blocking: a worker
// thread's, never the event loop's. QUIT when destroyed.
class SmtpSession final
{
public:
    static Result<std::unique_ptr<SmtpSession>, SmtpFailure> open(const MailEndpoint& endpoint);
    ~SmtpSession();
    SmtpSession(const SmtpSession&) = delete;
    SmtpSession& operator=(const SmtpSession&) = delete;

    // The message is complete RFC 5322 bytes (OutboundMail::toBytes). Succeeds only when the
    // relay accepted it for every recipient. After a failure with no reply the connection is
    // gone (usable() false); after a refusal it is reset (RSET) for the next message.
    Status<SmtpFailure> send(const QString& envelopeFrom, const QStringList& recipients,
                             const QByteArray& message);
    bool usable() const { return m_usable; }

private:
    explicit SmtpSession(mailsmtp* session);
    SmtpFailure failure(const char* step, int code);

    mailsmtp* m_session;
    bool m_usable = true;
};

// Sends one message over a connection of its own (SmtpSession for many).
class SmtpSender final
{
public:
    explicit SmtpSender(MailEndpoint endpoint);

    Status<QString> send(const QString& envelopeFrom, const QStringList& recipients,
                         const QByteArray& message) const;

private:
    MailEndpoint m_endpoint;
};

} // namespace frontline::server::mail
