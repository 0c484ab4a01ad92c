#pragma once

#include "mail/mailendpoint.h"

#include <optional>

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
    MailEndpoint smtp; // its own relay for replies (host empty: the outgoing settings')
    // The sender of mail about its tickets; empty: `address`, and the outgoing settings' name.
    QString fromAddress;
    QString fromName;
    bool enabled = true;
    // New tickets from this mailbox: their group (routing by category otherwise) and category.
    std::optional<qint64> groupId;
    QString category;
    // An unknown sender becomes a requester without a password, or the mail is refused.
    bool createUnknownSenders = true;

    bool operator==(const MailboxConfig&) const = default;
};

} // namespace frontline::server::mail
