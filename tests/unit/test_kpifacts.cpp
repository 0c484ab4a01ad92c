// The KPI rollups' vocabulary: the rows a fact is counted in, the days and months a period is
// read from, and the stored duration histograms.
#include "reports/kpifacts.h"

#include <QDate>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace frontline::server::kpi {
namespace {

qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

// Every day of [first, last] in exactly one unit, months whole.
void expectTiling(qint64 first, qint64 last)
{
    QList<qint64> covered;
    for (const Range& r : rangesOf(first, last)) {
        ASSERT_LE(r.from, r.to);
        if (r.span == Span::Day) {
            for (qint64 d = r.from; d <= r.to; ++d)
                covered.append(d);
        } else {
            for (QDate m = QDate::fromJulianDay(r.from); m.toJulianDay() <= r.to;
                 m = m.addMonths(1)) {
                ASSERT_EQ(m.day(), 1) << "a month unit starts on the 1st";
                for (qint64 d = m.toJulianDay(); d < m.addMonths(1).toJulianDay(); ++d)
                    covered.append(d);
            }
        }
    }
    QList<qint64> expected;
    for (qint64 d = first; d <= last; ++d)
        expected.append(d);
    EXPECT_EQ(covered, expected) << QDate::fromJulianDay(first).toString().toStdString() << " .. "
                                 << QDate::fromJulianDay(last).toString().toStdString();
}

TEST(KpiRanges, APeriodIsItsWholeMonthsAndTheDaysAtItsEdges)
{
    // Inside one month: days only.
    auto r = rangesOf(jd(2026, 3, 5), jd(2026, 3, 20));
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r[0].span, Span::Day);

    // A whole month is one month unit.
    r = rangesOf(jd(2026, 2, 1), jd(2026, 2, 28));
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r[0].span, Span::Month);
    EXPECT_EQ(r[0].from, jd(2026, 2, 1));

    // Two years ending mid-month: the first days, 23 months, the last days.
    r = rangesOf(jd(2024, 12, 3), jd(2026, 12, 2));
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r[0].span, Span::Day);
    EXPECT_EQ(r[0].to, jd(2024, 12, 31));
    EXPECT_EQ(r[1].span, Span::Month);
    EXPECT_EQ(r[1].from, jd(2025, 1, 1));
    EXPECT_EQ(r[1].to, jd(2026, 11, 30)); // months whose first day lies in [from, to]
    EXPECT_EQ(r[2].span, Span::Day);
    EXPECT_EQ(r[2].from, jd(2026, 12, 1));

    // Across a month boundary without a whole month: days only.
    r = rangesOf(jd(2026, 1, 20), jd(2026, 2, 10));
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r[0].span, Span::Day);

    EXPECT_TRUE(rangesOf(jd(2026, 1, 2), jd(2026, 1, 1)).isEmpty());
    for (const auto& [a, b] : {std::pair {jd(2026, 1, 1), jd(2026, 1, 1)},
                               {jd(2024, 2, 29), jd(2024, 3, 1)},
                               {jd(2024, 1, 31), jd(2024, 3, 1)},
                               {jd(2023, 12, 1), jd(2025, 1, 31)},
                               {jd(2025, 11, 30), jd(2026, 2, 1)},
                               {jd(2020, 6, 15), jd(2026, 6, 14)}})
        expectTiling(a, b);
}

TEST(KpiScopes, AFactIsCountedUnderEveryCombinationOfItsDimensions)
{
    const Dims exact {3, 7, u"incident"_s, 12, 5};
    const QList<Dims> scopes = scopesOf(exact);
    ASSERT_EQ(scopes.size(), 32);
    QSet<QString> distinct;
    for (const Dims& s : scopes) {
        EXPECT_TRUE(s.group == exact.group || s.group == Any);
        EXPECT_TRUE(s.category == exact.category || s.category == Any);
        EXPECT_TRUE(s.type == exact.type || s.type == AnyType);
        EXPECT_TRUE(s.agent == exact.agent || s.agent == Any);
        EXPECT_TRUE(s.org == exact.org || s.org == Any);
        distinct.insert(
            u"%1/%2/%3/%4/%5"_s.arg(s.group).arg(s.category).arg(s.type).arg(s.agent).arg(s.org));
    }
    EXPECT_EQ(distinct.size(), 32);
    EXPECT_TRUE(scopes.contains(exact));
    EXPECT_TRUE(scopes.contains(Dims {Any, Any, AnyType, Any, Any}));
    EXPECT_TRUE(scopes.contains(Dims {Any, 7, u"incident"_s, Any, Any}));
    EXPECT_TRUE(scopes.contains(Dims {Any, Any, AnyType, Any, 5})) << "the organisation alone";
}

TEST(KpiDurations, HistogramsSurviveStorageAndAddUp)
{
    Durations a {{{ResolutionWallTime, bucketOf(3600)}, 3},
                 {{ResponseWallTime, bucketOf(60)}, 70000},
                 {{ResponseBusinessTime, 0}, 1}};
    Durations read;
    addDurations(read, encodeDurations(a));
    EXPECT_EQ(read, a);
    addDurations(read, encodeDurations(a));
    EXPECT_EQ(read.at({ResponseWallTime, bucketOf(60)}), 140000);
    EXPECT_EQ(read.at({ResolutionWallTime, bucketOf(3600)}), 6);
    // Very long durations stay in the last bucket a stored entry can name.
    EXPECT_EQ(bucketOf(std::numeric_limits<qint64>::max() / 2), 255);
    EXPECT_LT(bucketLow(bucketOf(86400)), 86400.0 + 1);
    EXPECT_GE(bucketHigh(bucketOf(86400)), 86400.0);
}

} // namespace
} // namespace frontline::server::kpi
