#pragma once

#include "domain/user.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline {

// Something the desk tells many people at once: planned maintenance, an outage, news. It has
// a time window (ends_at empty: until withdrawn) and an audience (everyone, requesters, staff,
// or the users of the services that depend on some CIs: affected).
struct Announcement
{
    // A CI the announcement is about (audience affected): as ci.impact names CIs.
    struct Ci
    {
        qint64 id = 0;
        QString name;
        QString ciClass;
        bool operator==(const Ci&) const = default;
    };

    qint64 id = 0;
    QString kind; // maintenance, outage, information
    QString title;
    QString body;
    QString audience; // everyone, requesters, staff, affected
    qint64 startsAt = 0;
    std::optional<qint64> endsAt;
    UserRef author;
    qint64 publishedAt = 0;
    std::optional<qint64> withdrawnAt;
    QList<Ci> cis; // audience affected: the CIs whose dependents' users it reached
    QList<Ci> services; // audience affected: the services found behind them at publish
    // Staff only: the number of people an `affected` announcement reached when published
    // (nullopt for requesters and for the other audiences).
    std::optional<int> recipients;

    static QStringList kinds();
    static QStringList audiences();
    // Under way at `now` (started, not ended, not withdrawn).
    bool isCurrent(qint64 now) const;
    bool hasEnded(qint64 now) const;

    QJsonObject toJson() const;
    static Announcement fromJson(const QJsonObject& object);
    bool operator==(const Announcement&) const = default;
};

} // namespace frontline
