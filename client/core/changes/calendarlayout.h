#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace frontline::client {

// Where the change calendar draws things (issue 22), computed without a display so that it is
// tested on its own: a range of whole days in a time zone, the changes placed into those days
// (each a segment per day it touches) in lanes so that overlapping changes sit side by side,
// and the maintenance and freeze window occurrences as shaded parts of days.
//
// Two placements: by time of day (the week view: a segment spans its hours, changes whose
// hours overlap get separate lanes, the lanes shared by one cluster of overlapping changes) and
// by whole days (the month view: a change keeps one lane in every day it touches, two changes
// that touch a same day never share a lane). Times are epoch milliseconds like the wire's;
// an end is exclusive.
class CalendarLayout final
{
public:
    struct Entry
    {
        qint64 id = 0;
        qint64 start = 0;
        qint64 end = 0;
    };
    struct Segment
    {
        qint64 id = 0;
        int day = 0; // 0-based index into the range
        int lane = 0;
        int lanes = 1; // lanes shared with the changes it overlaps (>= lane + 1)
        double top = 0; // fraction of the day where it starts, 0..1
        double bottom = 1; // fraction of the day where it ends, 0..1
        bool startsHere = true; // false: continues from the day before
        bool endsHere = true; // false: continues into the next day
        bool operator==(const Segment&) const = default;
    };

    CalendarLayout(QDate first, int days, const QTimeZone& zone = QTimeZone::systemTimeZone());

    // The Monday of date's week; the Monday on or before the 1st of date's month (a month
    // view shows six weeks from there).
    static QDate weekStart(QDate date);
    static QDate monthGridStart(QDate date);

    QDate first() const { return m_first; }
    int days() const { return m_days; }
    QDate date(int day) const { return m_first.addDays(day); }
    qint64 dayStart(int day) const; // epoch ms of the day's midnight in the zone
    qint64 rangeStart() const { return dayStart(0); }
    qint64 rangeEnd() const { return dayStart(m_days); }
    // The day (0-based) that holds `ms`, or -1 outside the range.
    int dayOf(qint64 ms) const;

    // The week view's placement: one segment per day each entry touches, lanes by time.
    QList<Segment> byTime(const QList<Entry>& entries) const;
    // The month view's placement: one segment per day each entry touches, lanes by day.
    QList<Segment> byDay(const QList<Entry>& entries) const;
    // The parts of days a window occurrence covers (lane always 0): a shaded background.
    QList<Segment> shading(const Entry& occurrence) const;
    // The most lanes any day of byDay() needs.
    static int maxLanes(const QList<Segment>& segments);

private:
    QList<Segment> split(const Entry& entry) const;

    QDate m_first;
    int m_days;
    QTimeZone m_zone;
};

} // namespace frontline::client
