#include "ticketmailids.h"

using namespace Qt::StringLiterals;

namespace frontline::server::mail {
namespace {

// "<prefix><digits>" at the start of `text`: the number (positive, no sign, no leading zero)
// and what follows it; nothing when `text` does not start so.
std::optional<std::pair<qint64, QStringView>> numberAfter(QStringView text, QStringView prefix)
{
    if (!text.startsWith(prefix))
        return std::nullopt;
    text = text.mid(prefix.size());
    qsizetype digits = 0;
    while (digits < text.size() && digits < 18 && text.at(digits) >= u'0'
           && text.at(digits) <= u'9')
        ++digits;
    if (digits == 0 || text.at(0) == u'0')
        return std::nullopt;
    return std::pair {text.left(digits).toLongLong(), text.mid(digits)};
}

} // namespace

QString ticketMailId(qint64 ticketId, qint64 eventId, qint64 recipientId, const QString& domain)
{
    return u"ticket-"_s + QString::number(ticketId) + u".event-"_s + QString::number(eventId)
        + u".user-"_s + QString::number(recipientId) + u'@' + domain;
}

QString ticketThreadId(qint64 ticketId, const QString& domain)
{
    return u"ticket-"_s + QString::number(ticketId) + u'@' + domain;
}

std::optional<TicketMailId> parseTicketMailId(QStringView messageId)
{
    const auto ticket = numberAfter(messageId, u"ticket-");
    if (!ticket)
        return std::nullopt;
    const auto domainAfter = [](QStringView rest) {
        return rest.size() > 1 && rest.at(0) == u'@' && !rest.mid(1).contains(u'@');
    };
    if (domainAfter(ticket->second))
        return TicketMailId {ticket->first, 0, 0};
    const auto event = numberAfter(ticket->second, u".event-");
    if (!event)
        return std::nullopt;
    const auto user = numberAfter(event->second, u".user-");
    if (!user || !domainAfter(user->second))
        return std::nullopt;
    return TicketMailId {ticket->first, event->first, user->first};
}

} // namespace frontline::server::mail
