#include "kpifacts.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace frontline::server::kpi {

QList<Dims> scopesOf(const Dims& d)
{
    QList<Dims> scopes;
    scopes.reserve(32);
    for (int mask = 0; mask < 32; ++mask) {
        scopes.append({mask & 1 ? Any : d.group, mask & 2 ? Any : d.category,
                       mask & 4 ? AnyType : d.type, mask & 8 ? Any : d.agent,
                       mask & 16 ? Any : d.org});
    }
    return scopes;
}

qint64 monthOf(qint64 day)
{
    const QDate date = QDate::fromJulianDay(day);
    return QDate(date.year(), date.month(), 1).toJulianDay();
}

QList<Range> rangesOf(qint64 first, qint64 last)
{
    QList<Range> ranges;
    if (last < first)
        return ranges;
    // The first whole month starts at `first` or at the next first of a month; the last
    // whole month ends at `last`.
    qint64 wholeFrom = monthOf(first) == first
        ? first
        : QDate::fromJulianDay(monthOf(first)).addMonths(1).toJulianDay();
    const qint64 afterLast = last + 1;
    const qint64 wholeTo = monthOf(afterLast) == afterLast ? afterLast : monthOf(afterLast);
    if (wholeFrom >= wholeTo) {
        ranges.append({Span::Day, first, last});
        return ranges;
    }
    if (first < wholeFrom)
        ranges.append({Span::Day, first, wholeFrom - 1});
    // Months are named by their first day: those starting in [wholeFrom, wholeTo).
    ranges.append({Span::Month, wholeFrom, wholeTo - 1});
    if (wholeTo <= last)
        ranges.append({Span::Day, wholeTo, last});
    return ranges;
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
    // 255 (the largest a histogram entry holds) is a hundred years.
    return std::min(
        255, 1 + static_cast<int>(std::floor(8.0 * std::log2(static_cast<double>(seconds)))));
}

double bucketLow(int bucket)
{
    return bucket <= 0 ? 0.0 : std::exp2((bucket - 1) / 8.0);
}

double bucketHigh(int bucket)
{
    return bucket <= 0 ? 1.0 : std::exp2(bucket / 8.0);
}

QByteArray encodeDurations(const Durations& durations)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(durations.size()) * 6);
    for (const auto& [key, count] : durations) {
        if (count == 0)
            continue;
        const auto n = static_cast<quint32>(std::clamp<qint64>(count, 0, 0xffffffffLL));
        const char entry[6] = {
            static_cast<char>(key.first),        static_cast<char>(key.second),
            static_cast<char>(n & 0xff),         static_cast<char>((n >> 8) & 0xff),
            static_cast<char>((n >> 16) & 0xff), static_cast<char>(n >> 24)};
        out.append(entry, 6);
    }
    return out;
}

void addDurations(Durations& into, const QByteArray& encoded)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(encoded.constData());
    for (qsizetype at = 0; at + 6 <= encoded.size(); at += 6) {
        const quint32 n = quint32(bytes[at + 2]) | quint32(bytes[at + 3]) << 8
            | quint32(bytes[at + 4]) << 16 | quint32(bytes[at + 5]) << 24;
        into[{bytes[at], bytes[at + 1]}] += n;
    }
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
