#pragma once

#include "mail/mailendpoint.h"

#include <QString>

namespace frontline::server::mail {

// What mailbox.test tells an admin: the first step that failed, in the order a connection takes
// them - "dns" (the host name), "tcp" (the port), "tls" (handshake, certificate, or no TLS to a
// remote host), "login", "folder" - with the library's or the server's words. Blocking.
struct ProbeResult
{
    QString failedStep; // empty: everything worked
    QString message;
    bool idle = false; // the server offers IDLE
};

ProbeResult probeMailbox(const MailEndpoint& endpoint, const QString& folder);

} // namespace frontline::server::mail
