#include "calendarlayout.h"

#include <QDateTime>

#include <algorithm>

namespace frontline::client {

namespace {

// A change with no length still needs room to be seen and to be told apart: a quarter hour.
constexpr double MinimumHeight = 1.0 / 96.0;

} // namespace

CalendarLayout::CalendarLayout(QDate first, int days, const QTimeZone& zone)
    : m_first(first)
    , m_days(std::max(1, days))
    , m_zone(zone)
{ }

QDate CalendarLayout::weekStart(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QDate CalendarLayout::monthGridStart(QDate date)
{
    return weekStart(QDate(date.year(), date.month(), 1));
}

qint64 CalendarLayout::dayStart(int day) const
{
    return QDateTime(date(day), QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

int CalendarLayout::dayOf(qint64 ms) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, m_zone).date();
    const qint64 index = m_first.daysTo(day);
    return index >= 0 && index < m_days ? int(index) : -1;
}

QList<CalendarLayout::Segment> CalendarLayout::split(const Entry& entry) const
{
    QList<Segment> segments;
    const qint64 end = std::max(entry.start, entry.end);
    const bool visible = end > entry.start
        ? entry.start < rangeEnd() && end > rangeStart()
        : entry.start >= rangeStart() && entry.start < rangeEnd();
    if (!visible)
        return segments;
    const int firstDay = entry.start < rangeStart() ? 0 : dayOf(entry.start);
    const int lastDay = end > rangeEnd() ? m_days - 1 : dayOf(end > entry.start ? end - 1 : end);
    for (int day = std::max(0, firstDay); day <= lastDay; ++day) {
        const qint64 from = dayStart(day);
        const qint64 to = dayStart(day + 1);
        const double length = double(to - from);
        Segment segment;
        segment.id = entry.id;
        segment.day = day;
        segment.startsHere = entry.start >= from;
        segment.endsHere = end <= to;
        segment.top = double(std::max(entry.start, from) - from) / length;
        segment.bottom = double(std::min(end, to) - from) / length;
        segments.append(segment);
    }
    return segments;
}

QList<CalendarLayout::Segment> CalendarLayout::byTime(const QList<Entry>& entries) const
{
    QList<Segment> all;
    for (const Entry& entry : entries)
        all.append(split(entry));
    std::stable_sort(all.begin(), all.end(), [](const Segment& a, const Segment& b) {
        return a.day != b.day ? a.day < b.day
            : a.top != b.top  ? a.top < b.top
                              : a.bottom > b.bottom;
    });
    // Per day, clusters of segments that overlap one another (directly or through others)
    // share their lanes; each segment takes the lowest lane free when it starts.
    qsizetype clusterBegin = 0;
    QList<double> laneEnds;
    double clusterEnd = -1;
    int clusterDay = -1;
    const auto closeCluster = [&](qsizetype upTo) {
        for (qsizetype i = clusterBegin; i < upTo; ++i)
            all[i].lanes = int(laneEnds.size());
        clusterBegin = upTo;
        laneEnds.clear();
    };
    for (qsizetype i = 0; i < all.size(); ++i) {
        Segment& segment = all[i];
        const double bottom = std::max(segment.bottom, segment.top + MinimumHeight);
        if (segment.day != clusterDay || segment.top >= clusterEnd) {
            closeCluster(i);
            clusterDay = segment.day;
            clusterEnd = bottom;
        }
        clusterEnd = std::max(clusterEnd, bottom);
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > segment.top)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(bottom);
        else
            laneEnds[lane] = bottom;
        segment.lane = lane;
    }
    closeCluster(all.size());
    return all;
}

QList<CalendarLayout::Segment> CalendarLayout::byDay(const QList<Entry>& entries) const
{
    struct Span
    {
        QList<Segment> segments;
        int firstDay = 0;
        int lastDay = 0;
    };
    QList<Span> spans;
    for (const Entry& entry : entries) {
        QList<Segment> segments = split(entry);
        if (!segments.isEmpty())
            spans.append({segments, segments.first().day, segments.last().day});
    }
    // Earlier first, longer first among those starting the same day: long bars stay on top.
    std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.firstDay != b.firstDay ? a.firstDay < b.firstDay : a.lastDay > b.lastDay;
    });
    QList<int> laneLastDay;
    QList<int> lanesPerDay(m_days, 0);
    QList<Segment> placed;
    for (Span& span : spans) {
        int lane = 0;
        while (lane < laneLastDay.size() && laneLastDay[lane] >= span.firstDay)
            ++lane;
        if (lane == laneLastDay.size())
            laneLastDay.append(span.lastDay);
        else
            laneLastDay[lane] = span.lastDay;
        for (Segment& segment : span.segments) {
            segment.lane = lane;
            lanesPerDay[segment.day] = std::max(lanesPerDay[segment.day], lane + 1);
            placed.append(segment);
        }
    }
    for (Segment& segment : placed)
        segment.lanes = lanesPerDay[segment.day];
    return placed;
}

QList<CalendarLayout::Segment> CalendarLayout::shading(const Entry& occurrence) const
{
    return split(occurrence);
}

int CalendarLayout::maxLanes(const QList<Segment>& segments)
{
    int lanes = 0;
    for (const Segment& segment : segments)
        lanes = std::max(lanes, segment.lanes);
    return lanes;
}

} // namespace frontline::client
