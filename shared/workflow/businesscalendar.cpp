#include "businesscalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline {
namespace {

constexpr int DayMinutes = 24 * 60;
// A walk never goes further than this: ten years of days (a calendar with hours cannot need
// more, short of a decade of holidays).
constexpr int MaxDays = 3660;

const std::array<QString, 7>& dayKeys()
{
    static const std::array<QString, 7> keys {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                              u"fri"_s, u"sat"_s, u"sun"_s};
    return keys;
}

std::optional<int> parseMinute(const QString& text)
{
    if (text == u"24:00"_s)
        return DayMinutes;
    const QTime time = QTime::fromString(text, u"HH:mm"_s);
    if (!time.isValid())
        return std::nullopt;
    return time.hour() * 60 + time.minute();
}

QString formatMinute(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

// Only the zones of the IANA database: on Linux Qt takes a name it has no file for as a POSIX TZ
// rule, so "Asiafrilaata" or "ABC" would be valid zones at UTC+0 named after themselves. The
// database's own list leaves out its links (Etc/UTC, US/Eastern), which are Area/Location names;
// a rule Qt would accept instead has no slash, or a ',' or '.' before it.
bool isIanaZoneName(const QString& zone)
{
    if (QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return true;
    // The database's legacy names (CET, EST5EDT) are files of it too, and some systems still
    // report them as their own zone; a name of plain characters only, so no path escapes.
    static const QRegularExpression plainName(u"^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$"_s);
    if (plainName.match(zone).hasMatch() && QFile::exists(u"/usr/share/zoneinfo/"_s + zone))
        return true;
    static const QRegularExpression areaLocation(u"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)+$"_s);
    return areaLocation.match(zone).hasMatch();
}

} // namespace

BusinessCalendar BusinessCalendar::alwaysOpen()
{
    BusinessCalendar calendar;
    calendar.m_zone = QTimeZone::utc();
    for (auto& day : calendar.m_week)
        day = {Interval {0, DayMinutes}};
    return calendar;
}

Result<BusinessCalendar, std::pair<QString, QString>>
BusinessCalendar::fromJson(const QJsonObject& json)
{
    using Error = std::pair<QString, QString>;
    BusinessCalendar calendar;
    const QString zone = json.value("time_zone"_L1).toString();
    calendar.m_zone = QTimeZone(zone.toUtf8());
    if (!isIanaZoneName(zone) || !calendar.m_zone.isValid())
        return Error {u"time_zone"_s, u"is not a known IANA time zone (e.g. Europe/Berlin)"_s};

    const QJsonValue hoursValue = json.value("hours"_L1);
    if (!hoursValue.isObject())
        return Error {u"hours"_s, u"must be an object keyed by mon..sun"_s};
    const QJsonObject hours = hoursValue.toObject();
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        if (std::find(dayKeys().begin(), dayKeys().end(), it.key()) == dayKeys().end())
            return Error {u"hours."_s + it.key(), u"is not a day (mon, tue, ..., sun)"_s};
    }
    int weekMinutes = 0;
    for (int day = 0; day < 7; ++day) {
        const QString path = u"hours."_s + dayKeys()[day];
        const QJsonValue value = hours.value(dayKeys()[day]);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isArray())
            return Error {path, u"must be a list of [\"HH:MM\", \"HH:MM\"] intervals"_s};
        QList<Interval> intervals;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = u"%1[%2]"_s.arg(path).arg(i);
            const QJsonArray pair = array.at(i).toArray();
            if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
                return Error {itemPath, u"must be [\"HH:MM\", \"HH:MM\"]"_s};
            const auto start = parseMinute(pair.at(0).toString());
            const auto end = parseMinute(pair.at(1).toString());
            if (!start || !end || *start == DayMinutes)
                return Error {itemPath, u"times are HH:MM from 00:00 to 24:00"_s};
            if (*end <= *start)
                return Error {itemPath, u"must end after it starts"_s};
            intervals.append({*start, *end});
        }
        std::sort(intervals.begin(), intervals.end(), [](const Interval& a, const Interval& b) {
            return a.startMinute < b.startMinute;
        });
        for (qsizetype i = 1; i < intervals.size(); ++i) {
            if (intervals[i].startMinute < intervals[i - 1].endMinute)
                return Error {path, u"intervals overlap"_s};
        }
        for (const Interval& interval : std::as_const(intervals))
            weekMinutes += interval.endMinute - interval.startMinute;
        calendar.m_week[day] = intervals;
    }
    if (weekMinutes == 0)
        return Error {u"hours"_s, u"the week has no business hours"_s};

    const QJsonValue holidays = json.value("holidays"_L1);
    if (!holidays.isUndefined() && !holidays.isArray())
        return Error {u"holidays"_s, u"must be a list of dates (YYYY-MM-DD)"_s};
    const QJsonArray holidayArray = holidays.toArray();
    if (holidayArray.size() > 1000)
        return Error {u"holidays"_s, u"at most 1000 dates"_s};
    for (qsizetype i = 0; i < holidayArray.size(); ++i) {
        const QDate date = QDate::fromString(holidayArray.at(i).toString(), Qt::ISODate);
        if (!date.isValid())
            return Error {u"holidays[%1]"_s.arg(i), u"is not a date (YYYY-MM-DD)"_s};
        calendar.m_holidays.insert(date);
    }
    for (const QString& key : json.keys()) {
        if (key != u"time_zone"_s && key != u"hours"_s && key != u"holidays"_s)
            return Error {key, u"is not a calendar field"_s};
    }
    return calendar;
}

QJsonObject BusinessCalendar::toJson() const
{
    QJsonObject hours;
    for (int day = 0; day < 7; ++day) {
        QJsonArray intervals;
        for (const Interval& interval : m_week[day])
            intervals.append(
                QJsonArray {formatMinute(interval.startMinute), formatMinute(interval.endMinute)});
        hours.insert(dayKeys()[day], intervals);
    }
    const QList<QDate> dates = this->holidays();
    QJsonArray holidays;
    for (const QDate& date : dates)
        holidays.append(date.toString(Qt::ISODate));
    return {{"time_zone"_L1, QString::fromUtf8(m_zone.id())},
            {"hours"_L1, hours},
            {"holidays"_L1, holidays}};
}

QList<QDate> BusinessCalendar::holidays() const
{
    QList<QDate> dates(m_holidays.begin(), m_holidays.end());
    std::sort(dates.begin(), dates.end());
    return dates;
}

bool BusinessCalendar::isContinuous() const
{
    if (!m_holidays.isEmpty())
        return false;
    return std::all_of(m_week.begin(), m_week.end(), [](const QList<Interval>& day) {
        return day.size() == 1 && day.first() == Interval {0, DayMinutes};
    });
}

qint64 BusinessCalendar::instant(QDate date, int minute) const
{
    if (minute >= DayMinutes) {
        date = date.addDays(1);
        minute = 0;
    }
    // A local time inside a spring-forward gap does not exist; Qt moves it past the gap.
    return QDateTime(date, QTime(minute / 60, minute % 60), m_zone).toMSecsSinceEpoch();
}

QList<std::pair<qint64, qint64>> BusinessCalendar::dayIntervals(QDate date) const
{
    QList<std::pair<qint64, qint64>> result;
    if (m_holidays.contains(date))
        return result;
    for (const Interval& interval : m_week[date.dayOfWeek() - 1]) {
        const qint64 start = instant(date, interval.startMinute);
        const qint64 end = instant(date, interval.endMinute);
        if (end > start)
            result.append({start, end});
    }
    return result;
}

QList<qint64> BusinessCalendar::addAll(qint64 start, const QList<qint64>& durations) const
{
    QList<qint64> results;
    results.reserve(durations.size());
    if (isContinuous()) {
        for (qint64 duration : durations)
            results.append(start + duration);
        return results;
    }
    qsizetype next = 0;
    qint64 consumed = 0; // business time between start and the current interval's start
    QDate date = QDateTime::fromMSecsSinceEpoch(start, m_zone).date().addDays(-1);
    for (int day = 0; day < MaxDays && next < durations.size(); ++day, date = date.addDays(1)) {
        for (auto [from, to] : dayIntervals(date)) {
            if (to <= start)
                continue;
            from = std::max(from, start);
            while (next < durations.size() && durations[next] - consumed <= to - from) {
                results.append(from + (durations[next] - consumed));
                ++next;
            }
            if (next == durations.size())
                break;
            consumed += to - from;
        }
    }
    // Beyond the walk (a target longer than ten years of the calendar's hours: a year on an hour
    // a week), the rest counts around the clock from where the walk stopped, so that due times
    // still grow with their durations: never a resolution due before its response.
    const qint64 walked = std::max(start, instant(date, 0));
    while (next < durations.size())
        results.append(walked + (durations[next++] - consumed));
    return results;
}

qint64 BusinessCalendar::add(qint64 start, qint64 duration) const
{
    return addAll(start, {duration}).constFirst();
}

template<typename IntervalsOf>
qint64 BusinessCalendar::sumBetween(qint64 from, qint64 to, IntervalsOf intervalsOf) const
{
    if (to <= from)
        return 0;
    if (isContinuous())
        return to - from;
    qint64 total = 0;
    QDate date = QDateTime::fromMSecsSinceEpoch(from, m_zone).date().addDays(-1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(to, m_zone).date();
    for (int day = 0; day < MaxDays && date <= last; ++day, date = date.addDays(1)) {
        for (const auto& [start, end] : intervalsOf(date)) {
            const qint64 a = std::max(start, from);
            const qint64 b = std::min(end, to);
            if (b > a)
                total += b - a;
        }
    }
    return total;
}

qint64 BusinessCalendar::between(qint64 from, qint64 to) const
{
    return sumBetween(from, to, [this](QDate date) { return dayIntervals(date); });
}

qint64 BusinessCalendar::SpanCounter::between(qint64 from, qint64 to)
{
    return m_calendar.sumBetween(
        from, to, [this](QDate date) -> const QList<std::pair<qint64, qint64>>& {
            auto intervals = m_days.constFind(date);
            if (intervals == m_days.constEnd())
                intervals = m_days.insert(date, m_calendar.dayIntervals(date));
            return *intervals;
        });
}

bool BusinessCalendar::isOpen(qint64 instant) const
{
    return between(instant, instant + 1) == 1;
}

} // namespace frontline
