#include "calendarform.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

constexpr int MaxNameLength = 120; // as calendar.create's params

const std::array<QLatin1StringView, 7> DayKeys {"mon"_L1, "tue"_L1, "wed"_L1, "thu"_L1,
                                                "fri"_L1, "sat"_L1, "sun"_L1};

QString clock(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

// "08:00-12:00, 13:00-17:00" -> [["08:00","12:00"],["13:00","17:00"]]
QJsonArray intervalsOf(const QString& text)
{
    QJsonArray intervals;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(u'-');
        intervals.append(QJsonArray {ends.value(0).trimmed(), ends.value(1).trimmed()});
    }
    return intervals;
}

QJsonObject fieldsOf(const CalendarForm& form)
{
    QJsonObject hours;
    for (size_t day = 0; day < DayKeys.size(); ++day)
        hours.insert(DayKeys[day], intervalsOf(form.days[day]));
    QJsonArray holidays;
    for (const QString& line : form.holidays.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            holidays.append(line.trimmed());
    }
    return {
        {"time_zone"_L1, form.timeZone.trimmed()}, {"hours"_L1, hours}, {"holidays"_L1, holidays}};
}

} // namespace

CalendarForm CalendarForm::from(const CalendarEntry& entry)
{
    CalendarForm form;
    form.id = entry.id;
    form.name = entry.name;
    form.timeZone = QString::fromUtf8(entry.calendar.timeZone().id());
    for (int day = 0; day < 7; ++day) {
        QStringList parts;
        for (const BusinessCalendar::Interval& interval : entry.calendar.hours(day))
            parts << clock(interval.startMinute) + u'-' + clock(interval.endMinute);
        form.days[static_cast<size_t>(day)] = parts.join(u", "_s);
    }
    QStringList dates;
    for (const QDate& date : entry.calendar.holidays())
        dates << date.toString(Qt::ISODate);
    form.holidays = dates.join(u'\n');
    return form;
}

CalendarForm CalendarForm::blank()
{
    CalendarForm form;
    form.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    for (size_t day = 0; day < 5; ++day)
        form.days[day] = u"09:00-17:00"_s;
    return form;
}

std::optional<std::pair<QString, QString>> CalendarForm::problem() const
{
    if (name.trimmed().isEmpty())
        return std::pair {u"name"_s, tr("must not be empty")};
    if (name.trimmed().size() > MaxNameLength)
        return std::pair {u"name"_s, tr("must be at most %1 characters").arg(MaxNameLength)};
    const auto calendar = BusinessCalendar::fromJson(fieldsOf(*this));
    if (!calendar)
        return calendar.error();
    return std::nullopt;
}

api::CalendarParams CalendarForm::params() const
{
    api::CalendarParams params;
    if (id)
        params.id = id;
    params.name = name.trimmed();
    params.fields = fieldsOf(*this);
    return params;
}

} // namespace frontline::client
