#pragma once

#include <QList>
#include <QString>

#include <array>

// The vocabulary shared by the rollup writer (KpiRollup) and its reader (KpiQuery): the
// dimensions a fact is counted under, the counters of kpi_daily, the duration histograms.
namespace frontline::server::kpi {

inline constexpr qint64 None = 0; // no group, category or agent
inline constexpr qint64 Any = -1; // a rollup row summed over the dimension
inline const QString AnyType = QStringLiteral("*");

struct Dims
{
    qint64 group = None;
    qint64 category = None;
    QString type;
    qint64 agent = None;

    friend bool operator==(const Dims&, const Dims&) = default;
};

// The rows a fact with exact dimensions `d` is added to: its own, and those of the filters a
// manager picks most (none, group, category, type, agent, group and category). Any other
// combination of filters sums the exact rows.
QList<Dims> scopesOf(const Dims& d);
// The scope row that answers a filter directly, if there is one.
bool isScope(const Dims& filter);

enum Counter {
    Created,
    Resolved,
    Closed,
    Reopened,
    Merged,
    Escalations,
    EscalatedCreated,
    Assigned,
    Fcr,
    OpenDelta,
    OpenByCreated,
    Responses,
    ResponseWall,
    ResponseBusiness,
    ResponseSla,
    ResponseMet,
    ResolutionWall,
    ResolutionBusiness,
    ResolutionSla,
    ResolutionMet,
    PausedWall,
    RatedResolutions,
    CsatCount,
    CsatSum,
    CounterCount
};
// The kpi_daily column of each counter, in enum order.
const std::array<const char*, CounterCount>& counterColumns();

enum Metric {
    ResponseWallTime,
    ResponseBusinessTime,
    ResolutionWallTime,
    ResolutionBusinessTime,
    MetricCount
};

// Durations in seconds fall into buckets eight per doubling: bucket 0 holds < 1 s, bucket b
// holds [2^((b-1)/8), 2^(b/8)). A percentile read from them is within 4.5 % of the exact one.
int bucketOf(qint64 seconds);
double bucketLow(int bucket);
double bucketHigh(int bucket);

// Days are counted in the server's time zone (Julian day numbers).
qint64 dayOf(qint64 msecsSinceEpoch);
qint64 dayStart(qint64 day); // msecs since epoch of the day's local midnight

} // namespace frontline::server::kpi
