#include "timeutil.h"

#include <algorithm>

namespace frontline::timeutil {

int formatIso(qint64 msecs, char* out)
{
    // Civil date from days since 1970-01-01 (Howard Hinnant's days_from_civil, inverted):
    // exact for the proleptic Gregorian calendar, as QDateTime is.
    constexpr qint64 DayMs = 86400000;
    qint64 days = msecs >= 0 ? msecs / DayMs : (msecs - (DayMs - 1)) / DayMs;
    const qint64 inDay = msecs - days * DayMs;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shifted = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * shifted + 2) / 5 + 1;
    const unsigned month = shifted < 10 ? shifted + 3 : shifted - 9;
    qint64 year = static_cast<qint64>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0);
    year = std::clamp<qint64>(year, 0, 9999);
    const auto put = [&out](int position, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[position + i] = static_cast<char>('0' + value % 10);
    };
    put(0, year, 4);
    out[4] = '-';
    put(5, month, 2);
    out[7] = '-';
    put(8, day, 2);
    out[10] = 'T';
    put(11, inDay / 3600000, 2);
    out[13] = ':';
    put(14, inDay / 60000 % 60, 2);
    out[16] = ':';
    put(17, inDay / 1000 % 60, 2);
    out[19] = '.';
    put(20, inDay % 1000, 3);
    out[23] = 'Z';
    out[24] = '\0';
    return 24;
}

QString toIso(qint64 msecsSinceEpoch)
{
    char text[32];
    return QString::fromLatin1(text, formatIso(msecsSinceEpoch, text));
}

QJsonValue toJson(std::optional<qint64> msecsSinceEpoch)
{
    return msecsSinceEpoch ? QJsonValue(toIso(*msecsSinceEpoch)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> fromIso(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace frontline::timeutil
