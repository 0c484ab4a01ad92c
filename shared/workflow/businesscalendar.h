#pragma once

#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <array>

namespace frontline {

// When the help desk works: weekly opening hours in a time zone, minus holidays. SLA targets
// are counted in this time, so "4 business hours" on Friday at 16:00 ends on Monday.
// All instants are milliseconds since the epoch (UTC); hours and holidays are local.
class BusinessCalendar
{
public:
    struct Interval
    {
        int startMinute = 0; // minutes after local midnight
        int endMinute = 0; // exclusive; 1440 is the next midnight
        friend bool operator==(const Interval&, const Interval&) = default;
    };

    // Every minute counts (the fallback when no policy names a calendar).
    static BusinessCalendar alwaysOpen();
    // {"time_zone": "Europe/Berlin", "hours": {"mon": [["08:00", "18:00"]], ...},
    //  "holidays": ["2026-12-25", ...]}; errors name the offending field.
    static Result<BusinessCalendar, std::pair<QString, QString>> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    // The instant `duration` business milliseconds after `start`. A zero duration gives the
    // first business instant at or after `start`.
    qint64 add(qint64 start, qint64 duration) const;
    // Several durations from one start in one walk; `durations` ascending.
    QList<qint64> addAll(qint64 start, const QList<qint64>& durations) const;
    // Business milliseconds in [from, to).
    qint64 between(qint64 from, qint64 to) const;

    // between() for many spans over the same days (a report over thousands of tickets): each
    // day's hours are turned into instants once, not once per span. Keeps the calendar's
    // address: the calendar must outlive it.
    class SpanCounter
    {
    public:
        explicit SpanCounter(const BusinessCalendar& calendar)
            : m_calendar(calendar)
        { }
        SpanCounter(const BusinessCalendar&&) = delete; // would keep a temporary's address
        qint64 between(qint64 from, qint64 to);

    private:
        const BusinessCalendar& m_calendar;
        QHash<QDate, QList<std::pair<qint64, qint64>>> m_days;
    };
    bool isOpen(qint64 instant) const;

    const QTimeZone& timeZone() const { return m_zone; }
    // The opening hours of one day (0 = Monday), ascending, and the holidays, ascending.
    const QList<Interval>& hours(int day) const { return m_week.at(static_cast<size_t>(day)); }
    QList<QDate> holidays() const;
    bool operator==(const BusinessCalendar&) const = default;

private:
    bool isContinuous() const;
    qint64 instant(QDate date, int minute) const;
    // The business intervals of one local day, as UTC instants.
    QList<std::pair<qint64, qint64>> dayIntervals(QDate date) const;
    // Business milliseconds in [from, to), each day's intervals from `intervalsOf(date)`
    // (between() computes them, SpanCounter keeps them).
    template<typename IntervalsOf>
    qint64 sumBetween(qint64 from, qint64 to, IntervalsOf intervalsOf) const;

    QTimeZone m_zone;
    std::array<QList<Interval>, 7> m_week; // Monday = 0
    QSet<QDate> m_holidays;
};

} // namespace frontline
