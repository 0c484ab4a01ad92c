#include "kpistore.h"

#include "storage/sqlsession.h"

#include <algorithm>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// The upsert of a row whose non-zero counters are `mask` (bit i: counter i): each adds to the
// row's. Few shapes occur (a create moves three counters), so few are prepared.
QString rollupUpsert(quint32 mask)
{
    QString names;
    QString values;
    QString updates;
    const auto& columns = kpi::counterColumns();
    for (int c = 0; c < kpi::CounterCount; ++c) {
        if (!(mask & (1u << c)))
            continue;
        const QString name = QString::fromLatin1(columns[c]);
        names += u", "_s + name;
        values += u", ?"_s;
        updates += (updates.isEmpty() ? u""_s : u", "_s) + name + u" = kpi_rollups."_s + name
            + u" + excluded."_s + name;
    }
    return u"INSERT INTO kpi_rollups (span, day, group_id, category_id, type, agent_id, org_id"_s
        + names + u") VALUES (?, ?, ?, ?, ?, ?, ?"_s + values
        + u") ON CONFLICT (span, org_id, group_id, category_id, type, agent_id, day) DO UPDATE SET "_s
        + updates;
}

void bindKey(Statement& q, const KpiFactSums::Key& key)
{
    q.bind(static_cast<int>(key.span)).bind(key.day);
    q.bind(key.dims.group).bind(key.dims.category).bind(key.dims.type).bind(key.dims.agent);
    q.bind(key.dims.org);
}

} // namespace

size_t qHash(const KpiFactSums::Key& k, size_t seed)
{
    return qHashMulti(seed, static_cast<int>(k.span), k.day, k.dims.group, k.dims.category,
                      k.dims.type, k.dims.agent, k.dims.org);
}

KpiFactSums::Sums& KpiFactSums::at(qint64 day, const kpi::Dims& dims)
{
    const Key key {kpi::Span::Day, day, dims};
    auto it = m_exact.find(key);
    if (it == m_exact.end())
        it = m_exact.insert(key, {});
    return *it;
}

void KpiFactSums::add(qint64 day, const kpi::Dims& dims, kpi::Counter counter, qint64 value)
{
    if (value != 0)
        at(day, dims).counters[counter] += value;
}

void KpiFactSums::addDuration(qint64 day, const kpi::Dims& dims, kpi::Metric metric, qint64 seconds)
{
    ++at(day, dims).durations[{static_cast<int>(metric), kpi::bucketOf(seconds)}];
}

void KpiFactSums::prepare(SqlSession& snapshot)
{
    QHash<Key, Sums> rows;
    rows.reserve(m_exact.size() * 40);
    for (auto it = m_exact.cbegin(); it != m_exact.cend(); ++it) {
        const bool hasCounters =
            std::any_of(it->counters.begin(), it->counters.end(), [](qint64 v) { return v != 0; });
        if (!hasCounters && it->durations.empty())
            continue; // e.g. a ticket that opened and closed within the pass's backlog moves
        const qint64 month = kpi::monthOf(it.key().day);
        for (const kpi::Dims& scope : kpi::scopesOf(it.key().dims)) {
            for (const Key& key : {Key {kpi::Span::Day, it.key().day, scope},
                                   Key {kpi::Span::Month, month, scope}}) {
                Sums& sums = rows[key];
                for (int c = 0; c < kpi::CounterCount; ++c)
                    sums.counters[c] += it->counters[c];
                for (const auto& [bucket, n] : it->durations)
                    sums.durations[bucket] += n;
            }
        }
    }
    // In the tables' key order (span, org, group, category, type, agent, day): consecutive reads
    // and upserts land on the same or the next B-tree pages instead of all over a table of millions
    // of rows (a rebuild's pass touches thousands of rows across weeks).
    m_rows.clear();
    m_rows.reserve(size_t(rows.size()));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        m_rows.emplace_back(it.key(), *it);
    std::sort(m_rows.begin(), m_rows.end(), [](const auto& a, const auto& b) {
        const Key& x = a.first;
        const Key& y = b.first;
        return std::tie(x.span, x.dims.org, x.dims.group, x.dims.category, x.dims.type,
                        x.dims.agent, x.day)
            < std::tie(y.span, y.dims.org, y.dims.group, y.dims.category, y.dims.type, y.dims.agent,
                       y.day);
    });
    // Histograms are stored whole: the ones these rows hold now are read here, on the planner's
    // snapshot, and merged, so that the writer only writes.
    Statement read = snapshot.prepare(
        u"SELECT durations FROM kpi_durations WHERE span = ? AND day = ? AND group_id = ? AND "
        "category_id = ? AND type = ? AND agent_id = ? AND org_id = ?"_s);
    for (auto& [key, sums] : m_rows) {
        if (sums.durations.empty())
            continue;
        bindKey(read, key);
        read.exec();
        if (read.next())
            kpi::addDurations(sums.durations, read.value(0).toByteArray());
    }
    m_prepared = true;
}

void KpiFactSums::write(SqlSession& session) const
{
    Q_ASSERT(m_prepared);
    Statement store = session.prepare(
        u"INSERT INTO kpi_durations (span, day, group_id, category_id, type, agent_id, org_id, "
        "durations) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (span, org_id, group_id, "
        "category_id, type, agent_id, day) DO UPDATE SET durations = excluded.durations"_s);
    thread_local QHash<quint32, QString> shapes;
    for (const auto& [key, sums] : m_rows) {
        quint32 mask = 0;
        for (int c = 0; c < kpi::CounterCount; ++c) {
            if (sums.counters[c] != 0)
                mask |= 1u << c;
        }
        if (mask != 0) {
            auto shape = shapes.find(mask);
            if (shape == shapes.end())
                shape = shapes.insert(mask, rollupUpsert(mask));
            Statement upsert = session.prepare(*shape);
            bindKey(upsert, key);
            for (int c = 0; c < kpi::CounterCount; ++c) {
                if (mask & (1u << c))
                    upsert.bind(sums.counters[c]);
            }
            upsert.exec();
        }
        if (!sums.durations.empty()) {
            bindKey(store, key);
            store.bind(kpi::encodeDurations(sums.durations));
            store.exec();
        }
    }
}

void writeTermCounts(SqlSession& session, const QHash<std::pair<qint64, QString>, qint64>& counts)
{
    QHash<std::pair<qint64, QString>, qint64> months;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        months[{kpi::monthOf(it.key().first), it.key().second}] += *it;
    Statement upsert = session.prepare(
        u"INSERT INTO kpi_terms (span, day, term, n) VALUES (?, ?, ?, ?) ON CONFLICT (span, day, "
        "term) DO UPDATE SET n = kpi_terms.n + excluded.n"_s);
    using Counts = QHash<std::pair<qint64, QString>, qint64>;
    for (const auto& [span, sums] :
         {std::pair<kpi::Span, const Counts*> {kpi::Span::Day, &counts},
          std::pair<kpi::Span, const Counts*> {kpi::Span::Month, &months}}) {
        for (auto it = sums->cbegin(); it != sums->cend(); ++it) {
            upsert.bind(static_cast<int>(span)).bind(it.key().first).bind(it.key().second);
            upsert.bind(*it);
            upsert.exec();
        }
    }
}

} // namespace frontline::server
