#pragma once

#include <QCoreApplication>
#include <QString>

namespace frontline::client {

// Short, translated relative times for tables: "5 min", "3 h", "2 d"; "in 40 min" and
// "1 h overdue" for due times.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    static QString age(qint64 fromMs, qint64 nowMs);
    static QString due(qint64 dueMs, qint64 nowMs);
    static QString duration(qint64 ms);
    static QString minutes(int minutes); // "1 h 25 min"
    // A moment as a person says it, in local time: "today 14:00", "tomorrow 09:00",
    // "Tue 14:00" within a week, "12 Mar 14:00" further away.
    static QString moment(qint64 atMs, qint64 nowMs);
    // When a requester may expect their ticket done: "Expected by Tue 14:00", or "Was expected
    // by Tue 14:00" once that has passed.
    static QString expectedBy(qint64 dueMs, qint64 nowMs);
};

} // namespace frontline::client
