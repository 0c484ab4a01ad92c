#include "timetext.h"

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

} // namespace frontline::client
