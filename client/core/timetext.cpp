#include "timetext.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline::client {

QString TimeText::duration(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 1)
        return tr("now");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h").arg(hours);
    return tr("%1 d").arg(hours / 24);
}

QString TimeText::age(qint64 fromMs, qint64 nowMs)
{
    return duration(std::max<qint64>(0, nowMs - fromMs));
}

QString TimeText::due(qint64 dueMs, qint64 nowMs)
{
    if (dueMs >= nowMs)
        return tr("in %1").arg(duration(dueMs - nowMs));
    return tr("%1 overdue").arg(duration(nowMs - dueMs));
}

QString TimeText::minutes(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return minutes % 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                        : tr("%1 h").arg(minutes / 60);
}

QString TimeText::moment(qint64 atMs, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    const qint64 days = QDateTime::fromMSecsSinceEpoch(nowMs).date().daysTo(at.date());
    const QLocale locale;
    // The locale's short time, without seconds (the C locale's short format has them).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    const QString time = locale.toString(at.time(), format);
    if (days == 0)
        return tr("today %1").arg(time);
    if (days == 1)
        return tr("tomorrow %1").arg(time);
    if (days == -1)
        return tr("yesterday %1").arg(time);
    if (days > -7 && days < 7)
        return locale.dayName(at.date().dayOfWeek(), QLocale::ShortFormat) + u' ' + time;
    return locale.toString(at.date(), u"d MMM"_s) + u' ' + time;
}

QString TimeText::expectedBy(qint64 dueMs, qint64 nowMs)
{
    return dueMs >= nowMs ? tr("Expected by %1").arg(moment(dueMs, nowMs))
                          : tr("Was expected by %1").arg(moment(dueMs, nowMs));
}

} // namespace frontline::client
