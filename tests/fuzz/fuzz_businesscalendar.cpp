// Business-hours calendars as admins define them (calendar.create's fields). A definition is
// refused naming the field, or read into a calendar whose JSON reads back to the same calendar;
// its arithmetic is consistent: a due time is never before its start, the business time between
// a start and its due time is the duration asked for (within the ten years a walk covers), addAll
// agrees with add, and the first business instant is open.
#include "fuzzcheck.h"
#include "workflow/businesscalendar.h"

#include <QJsonDocument>

using namespace frontline;

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

// Starts around the usual traps: 2026-03-29 (Europe's spring DST change), 2026-10-25 (autumn),
// 2026-12-24 (before holidays), a Friday evening, a leap day.
constexpr qint64 Starts[] = {1774744200000, 1792890000000, 1798124400000, 1780333200000,
                             1835395200000};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1)));
    if (!doc.isObject())
        return 0;
    const auto calendar = BusinessCalendar::fromJson(doc.object());
    if (!calendar) {
        FUZZ_CHECK(!calendar.error().first.isEmpty() || doc.object().contains(QString()));
        FUZZ_CHECK(!calendar.error().second.isEmpty());
        return 0;
    }
    const QJsonObject json = calendar->toJson();
    const auto again = BusinessCalendar::fromJson(json);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->toJson() == json);

    // Durations an SLA policy may ask for: up to 30 days of business minutes.
    const qint64 start = Starts[data[0] % std::size(Starts)] + qint64(data[0] / 5) * 37 * MinuteMs;
    const QList<qint64> durations {0, 15 * MinuteMs, (1 + data[0]) * 17 * MinuteMs,
                                   30 * 24 * 60 * MinuteMs};
    const QList<qint64> all = calendar->addAll(start, durations);
    FUZZ_CHECK(all.size() == durations.size());
    qint64 previous = start;
    for (qsizetype i = 0; i < durations.size(); ++i) {
        const qint64 due = calendar->add(start, durations[i]);
        FUZZ_CHECK(due == all[i]);
        FUZZ_CHECK(due >= previous);
        // between() walks at most ten years (so does add(), then counts around the clock).
        if (due - start < 3600LL * 24 * 60 * MinuteMs)
            FUZZ_CHECK(calendar->between(start, due) == durations[i]);
        previous = due;
    }
    FUZZ_CHECK(calendar->isOpen(all.first()));
    return 0;
}
