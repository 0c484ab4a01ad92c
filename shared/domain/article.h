#pragma once

#include "user.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline {

// A knowledge-base article: what the desk learned, in Markdown. Requesters see only public,
// published ones; every edit of title or body is a new version kept with its author.
struct Article
{
    qint64 id = 0;
    QString title;
    QString body; // Markdown
    QString category; // empty when uncategorised
    QStringList tags;
    QString visibility = QStringLiteral("internal"); // public or internal
    QString state = QStringLiteral("draft"); // draft, published or retired
    int version = 1;
    UserRef author; // of the current version
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> publishedAt;
    std::optional<qint64> sourceTicket; // written from this ticket
    int views = 0;
    int helpful = 0;
    int unhelpful = 0;
    QList<qint64> linkedTickets; // tickets it answers (staff only)
    int suggestionsFollowed = 0; // opened from a suggestion (staff only)
    int ticketsDeflected = 0; // "this solved my problem" (staff only)

    QJsonObject toJson() const;
    static Article fromJson(const QJsonObject& object);
};

QStringList articleVisibilities();
QStringList articleStates();

} // namespace frontline
