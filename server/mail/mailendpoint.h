#pragma once

#include <QByteArray>
#include <QString>

namespace frontline::server::mail {

// Where a mailbox or an SMTP relay is and how to talk to it. Credentials stay in memory; they
// are never logged.
struct MailEndpoint
{
    enum class Security {
        Tls, // TLS from the first byte (IMAPS 993, SMTPS 465)
        StartTls, // plain connection upgraded before anything else is said (IMAP 143, SMTP 587)
        None, // no TLS: only allowed to a loopback address
    };

    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;
    QString username; // empty: no authentication (SMTP only)
    QString password;
    // A certificate the admin trusts for this server (PEM), for a server whose certificate no
    // system CA signed. Empty: the chain must verify against the system CAs and the host name.
    QByteArray pinnedCertificatePem;
    int timeoutSeconds = 60;

    bool operator==(const MailEndpoint&) const = default;
};

} // namespace frontline::server::mail
