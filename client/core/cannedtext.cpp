#include "cannedtext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::client {

QString fillPlaceholders(const QString& body, const Ticket& ticket, const User& agent)
{
    const QString requester = ticket.requester.displayName;
    const QHash<QString, QString> values {
        {u"requester.name"_s, requester},
        {u"requester.first_name"_s, requester.section(u' ', 0, 0)},
        {u"agent.name"_s, agent.displayName},
        {u"ticket.id"_s, QString::number(ticket.id)},
        {u"ticket.title"_s, ticket.title},
    };
    static const QRegularExpression placeholder(u"\\{\\{\\s*([a-z_.]+)\\s*\\}\\}"_s);
    QString result;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(body).mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        result += value == values.constEnd() ? match.captured(0) : *value;
        last = match.capturedEnd();
    }
    result += QStringView(body).mid(last);
    return result;
}

} // namespace frontline::client
