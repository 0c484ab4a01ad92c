#pragma once

// The KPI rollups as plain values, to compare a desk's rollups with a rebuild of them.
#include "reports/kpifacts.h"
#include "storage/sqlsession.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <map>
#include <ostream>
#include <tuple>

namespace frontline::server {

struct Row
{
    std::array<qint64, kpi::CounterCount> counters {};
    kpi::Durations durations;

    bool operator==(const Row& other) const
    {
        return counters == other.counters && durations == other.durations;
    }
    bool isEmpty() const
    {
        return std::all_of(counters.begin(), counters.end(), [](qint64 v) { return v == 0; })
            && durations.empty();
    }
    void add(const Row& other)
    {
        for (int i = 0; i < kpi::CounterCount; ++i)
            counters[i] += other.counters[i];
        for (const auto& [key, n] : other.durations)
            durations[key] += n;
    }
};
using Key = std::tuple<int, qint64, qint64, qint64, QString, qint64, qint64>; // span, day, dims
using Table = std::map<Key, Row>;

inline void PrintTo(const Row& row, std::ostream* out)
{
    *out << "{";
    for (qint64 v : row.counters)
        *out << v << " ";
    *out << "| " << row.durations.size() << " buckets}";
}

// Every non-empty row of the counters and the duration histograms.
inline Table kpiTable(SqlSession& session)
{
    using namespace Qt::StringLiterals;
    Table t;
    QString columns;
    for (const char* c : kpi::counterColumns())
        columns += u", "_s + QString::fromLatin1(c);
    Statement q =
        session.prepare(u"SELECT span, day, group_id, category_id, type, agent_id, org_id"_s
                        + columns + u" FROM kpi_rollups"_s);
    q.exec();
    while (q.next()) {
        Row& row = t[{q.integer(0), q.int64(1), q.int64(2), q.int64(3), q.text(4), q.int64(5),
                      q.int64(6)}];
        for (int i = 0; i < kpi::CounterCount; ++i)
            row.counters[i] = q.int64(7 + i);
    }
    Statement d = session.prepare(u"SELECT span, day, group_id, category_id, type, "
                                  "agent_id, org_id, durations FROM kpi_durations"_s);
    d.exec();
    while (d.next()) {
        kpi::addDurations(
            t[{d.integer(0), d.int64(1), d.int64(2), d.int64(3), d.text(4), d.int64(5), d.int64(6)}]
                .durations,
            d.value(7).toByteArray());
    }
    std::erase_if(t, [](const auto& entry) { return entry.second.isEmpty(); });
    return t;
}

// Each ticket's KPI state, as text.
inline QMap<QString, QString> kpiTicketStates(SqlSession& session)
{
    using namespace Qt::StringLiterals;
    QMap<QString, QString> states;
    Statement q = session.prepare(u"SELECT * FROM kpi_tickets"_s);
    q.exec();
    while (q.next()) {
        QStringList values;
        for (int i = 1; i < 36; ++i)
            values.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        states.insert(q.text(0), values.join(u'|'));
    }
    return states;
}

} // namespace frontline::server
