#include "kpifacts.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace frontline::server::kpi {

QList<Dims> scopesOf(const Dims& d)
{
    return {d,
            {Any, Any, AnyType, Any},
            {d.group, Any, AnyType, Any},
            {Any, d.category, AnyType, Any},
            {Any, Any, d.type, Any},
            {Any, Any, AnyType, d.agent},
            {d.group, d.category, AnyType, Any}};
}

bool isScope(const Dims& f)
{
    const bool g = f.group != Any;
    const bool c = f.category != Any;
    const bool t = f.type != AnyType;
    const bool a = f.agent != Any;
    const int count = int(g) + int(c) + int(t) + int(a);
    return count <= 1 || (count == 2 && g && c) || count == 4;
}

const std::array<const char*, CounterCount>& counterColumns()
{
    static const std::array<const char*, CounterCount> columns {"created",
                                                                "resolved",
                                                                "closed",
                                                                "reopened",
                                                                "merged",
                                                                "escalations",
                                                                "escalated_created",
                                                                "assigned",
                                                                "fcr",
                                                                "open_delta",
                                                                "open_by_created",
                                                                "responses",
                                                                "response_wall",
                                                                "response_business",
                                                                "response_sla",
                                                                "response_met",
                                                                "resolution_wall",
                                                                "resolution_business",
                                                                "resolution_sla",
                                                                "resolution_met",
                                                                "paused_wall",
                                                                "rated_resolutions",
                                                                "csat_count",
                                                                "csat_sum"};
    return columns;
}

int bucketOf(qint64 seconds)
{
    if (seconds < 1)
        return 0;
    return 1 + static_cast<int>(std::floor(8.0 * std::log2(static_cast<double>(seconds))));
}

double bucketLow(int bucket)
{
    return bucket <= 0 ? 0.0 : std::exp2((bucket - 1) / 8.0);
}

double bucketHigh(int bucket)
{
    return bucket <= 0 ? 1.0 : std::exp2(bucket / 8.0);
}

qint64 dayOf(qint64 msecsSinceEpoch)
{
    // Most events of a batch fall on the same day: remember its bounds.
    thread_local qint64 cachedStart = 1;
    thread_local qint64 cachedEnd = 0;
    thread_local qint64 cachedDay = 0;
    if (msecsSinceEpoch >= cachedStart && msecsSinceEpoch < cachedEnd)
        return cachedDay;
    const QDate date = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).date();
    cachedDay = date.toJulianDay();
    cachedStart = date.startOfDay().toMSecsSinceEpoch();
    cachedEnd = date.addDays(1).startOfDay().toMSecsSinceEpoch();
    return cachedDay;
}

qint64 dayStart(qint64 day)
{
    return QDate::fromJulianDay(day).startOfDay().toMSecsSinceEpoch();
}

} // namespace frontline::server::kpi
