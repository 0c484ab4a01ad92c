#pragma once

#include "mail/mailendpoint.h"

namespace frontline::server::mail {

// A mailbox the desk reads (IMAP) and answers from (SMTP), as an admin configures it.
struct MailboxConfig
{
    qint64 id = 0; // 0 until stored
    QString name; // e.g. "IT Service Desk"
    QString address; // the address requesters write to and replies come from
    MailEndpoint imap;
    QString folder = QStringLiteral("INBOX");
    QString quarantineFolder = QStringLiteral("Quarantine");
    MailEndpoint smtp;
    bool enabled = true;
};

} // namespace frontline::server::mail
