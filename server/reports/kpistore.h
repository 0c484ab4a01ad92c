#pragma once

#include "reports/kpifacts.h"

#include <QHash>

#include <utility>
#include <vector>

namespace frontline::server {

class SqlSession;

// The facts of one rollup pass, summed per exact (day, dimensions) as they come, then added
// to kpi_rollups under every scope of their dimensions (kpi::scopesOf), in their day and in
// their month: one upsert per touched row, however many facts it takes in.
class KpiFactSums
{
public:
    void add(qint64 day, const kpi::Dims& dims, kpi::Counter counter, qint64 value);
    void addDuration(qint64 day, const kpi::Dims& dims, kpi::Metric metric, qint64 seconds);
    bool isEmpty() const { return m_exact.isEmpty(); }

    // Expands the facts into the rows they add to (every scope, in the day and in the month),
    // in the tables' key order, and merges in the histograms those rows hold now as `snapshot`
    // sees them. Planning does this off the writer; the plan's claim on the rollups' mark
    // (KpiRollupPlan::apply) guarantees that nothing wrote the rollups in between.
    void prepare(SqlSession& snapshot);
    // Adds the prepared rows to kpi_rollups and stores their histograms.
    void write(SqlSession& session) const;

    struct Key
    {
        kpi::Span span = kpi::Span::Day;
        qint64 day = 0;
        kpi::Dims dims;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct Sums
    {
        std::array<qint64, kpi::CounterCount> counters {};
        kpi::Durations durations;
    };

private:
    Sums& at(qint64 day, const kpi::Dims& dims);

    QHash<Key, Sums> m_exact; // span Day, exact dimensions
    std::vector<std::pair<Key, Sums>> m_rows; // prepared: every row they add to, in key order
    bool m_prepared = false;
};

size_t qHash(const KpiFactSums::Key& key, size_t seed = 0);

// The title terms (top affected items) of some tickets: (day, term) -> tickets.
struct KpiTermCounts
{
    QHash<std::pair<qint64, QString>, qint64> counts;
};

// Adds `counts` (day, term) -> tickets to kpi_terms, in each day and its month.
void writeTermCounts(SqlSession& session, const QHash<std::pair<qint64, QString>, qint64>& counts);

} // namespace frontline::server
