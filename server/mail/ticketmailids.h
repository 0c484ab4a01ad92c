#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace frontline::server::mail {

// The Message-IDs of ticket notification mails: "ticket-N.event-M.user-U@domain" for the mail of
// event M to user U, and "ticket-N@domain" for the root its thread refers to. They name what the
// outbox indexes (event and recipient), so a bounce or a reply finds the mail it is about
// without a table of the Message-IDs sent.
struct TicketMailId
{
    qint64 ticketId = 0;
    qint64 eventId = 0; // 0: the thread's root
    qint64 recipientId = 0; // 0: the thread's root
    bool isRoot() const { return eventId == 0; }
};

QString ticketMailId(qint64 ticketId, qint64 eventId, qint64 recipientId, const QString& domain);
QString ticketThreadId(qint64 ticketId, const QString& domain);
// Either form, with a non-empty domain; nothing for any other Message-ID.
std::optional<TicketMailId> parseTicketMailId(QStringView messageId);

} // namespace frontline::server::mail
