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
};

} // namespace frontline::client
