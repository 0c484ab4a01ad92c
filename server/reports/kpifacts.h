#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <map>

// The vocabulary shared by the rollup writer (KpiRollup, KpiRollupWriter) and its reader
// (KpiQuery): the dimensions a fact is counted under, the time units it is counted in, the
// counters of kpi_rollups and the duration histograms.
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
    // The requester's organisation when the ticket was raised (None: none); it never changes.
    qint64 org = None;

    friend bool operator==(const Dims&, const Dims&) = default;
};

// The rows a fact with exact dimensions `d` is added to: every combination of its own value or
// "any" per dimension (32 rows: group, category, type, agent, organisation), so that each
// filter a manager can pick reads one row per day.
QList<Dims> scopesOf(const Dims& d);

// Each fact is counted in its day and in its month: a long period reads its whole months
// and the days at its edges, not every day.
enum class Span { Day = 1, Month = 2 };
// The Julian day of the first of `day`'s month.
qint64 monthOf(qint64 day);
// Units whose first day lies in [from, to] (both Julian days).
struct Range
{
    Span span = Span::Day;
    qint64 from = 0;
    qint64 to = 0;
};
// The days and whole months that tile [first, last] exactly, in order.
QList<Range> rangesOf(qint64 first, qint64 last);

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

// Histograms of a rollup row, (metric, bucket) -> count; stored in its `durations` column as
// six-byte entries (metric, bucket, count as 32-bit little endian) in key order.
using Durations = std::map<std::pair<int, int>, qint64>;
QByteArray encodeDurations(const Durations& durations);
void addDurations(Durations& into, const QByteArray& encoded);

// Durations in seconds fall into buckets eight per doubling: bucket 0 holds < 1 s, bucket b
// holds [2^((b-1)/8), 2^(b/8)). A percentile read from them is within 4.5 % of the exact one.
int bucketOf(qint64 seconds);
double bucketLow(int bucket);
double bucketHigh(int bucket);

// Days are counted in the server's time zone (Julian day numbers).
qint64 dayOf(qint64 msecsSinceEpoch);
qint64 dayStart(qint64 day); // msecs since epoch of the day's local midnight

} // namespace frontline::server::kpi
