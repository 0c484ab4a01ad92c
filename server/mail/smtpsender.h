#pragma once

#include "core/result.h"
#include "mail/mailendpoint.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace frontline::server::mail {

// Sends mail through an SMTP relay with libetpan: TLS or STARTTLS (the certificate checked
// before AUTH), SMTP AUTH when the endpoint has a user name, then one transaction per message.
// Blocking (it waits for the relay), so it runs on a worker thread, never on the event loop.
class SmtpSender final
{
public:
    explicit SmtpSender(MailEndpoint endpoint);

    // The message is complete RFC 5322 bytes (OutboundMail::toBytes). Succeeds only when the
    // relay accepted it for every recipient; the error says which step failed and the relay's
    // answer (never the password).
    Status<QString> send(const QString& envelopeFrom, const QStringList& recipients,
                         const QByteArray& message) const;

private:
    MailEndpoint m_endpoint;
};

} // namespace frontline::server::mail
