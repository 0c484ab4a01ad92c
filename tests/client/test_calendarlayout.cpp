// The change calendar's layout (issue 22), without a display: changes placed into the days
// they touch (split at midnight, clipped to the range), overlapping changes in separate lanes
// in the week view (by hours) and the month view (by days), and window occurrences shading the
// parts of the days they cover. In UTC, so that the figures do not depend on the machine.
#include "client/core/changes/calendarlayout.h"
#include "testhelpers.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace frontline::client;
using frontline::test::Hour;

namespace {

constexpr qint64 Day = 24 * Hour;

// Monday 2026-12-07 00:00 UTC.
const QDate Monday(2026, 12, 7);

qint64 at(int day, double hour)
{
    return QDateTime(Monday, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() + day * Day
        + qint64(hour * double(Hour));
}

CalendarLayout week()
{
    return CalendarLayout(Monday, 7, QTimeZone::utc());
}

QList<CalendarLayout::Segment> of(const QList<CalendarLayout::Segment>& all, qint64 id)
{
    QList<CalendarLayout::Segment> mine;
    for (const auto& segment : all)
        if (segment.id == id)
            mine.append(segment);
    return mine;
}

TEST(CalendarLayout, WeeksStartOnMondayAndMonthsShowTheWeekOfTheFirst)
{
    EXPECT_EQ(CalendarLayout::weekStart(QDate(2026, 12, 10)), Monday);
    EXPECT_EQ(CalendarLayout::weekStart(Monday), Monday);
    EXPECT_EQ(CalendarLayout::weekStart(QDate(2026, 12, 13)), Monday) << "Sunday ends the week";
    // 1 December 2026 is a Tuesday: the grid starts on Monday 30 November.
    EXPECT_EQ(CalendarLayout::monthGridStart(QDate(2026, 12, 20)), QDate(2026, 11, 30));
    const CalendarLayout layout = week();
    EXPECT_EQ(layout.rangeEnd() - layout.rangeStart(), 7 * Day);
    EXPECT_EQ(layout.dayOf(at(2, 13)), 2);
    EXPECT_EQ(layout.dayOf(at(-1, 23)), -1);
    EXPECT_EQ(layout.dayOf(at(7, 0)), -1) << "the range's end is not in it";
}

TEST(CalendarLayout, AChangeSitsInItsDayAtItsHours)
{
    const auto placed = week().byTime({{1, at(2, 6), at(2, 12)}});
    ASSERT_EQ(placed.size(), 1);
    EXPECT_EQ(placed[0].day, 2);
    EXPECT_DOUBLE_EQ(placed[0].top, 0.25);
    EXPECT_DOUBLE_EQ(placed[0].bottom, 0.5);
    EXPECT_EQ(placed[0].lane, 0);
    EXPECT_EQ(placed[0].lanes, 1);
    EXPECT_TRUE(placed[0].startsHere && placed[0].endsHere);
}

TEST(CalendarLayout, AChangeOverMidnightIsSplitAndClippedToTheRange)
{
    const auto placed = week().byTime({{1, at(1, 22), at(3, 2)}, {2, at(-2, 0), at(0, 6)}});
    const auto overnight = of(placed, 1);
    ASSERT_EQ(overnight.size(), 3) << "Tuesday night, all Wednesday, Thursday morning";
    EXPECT_EQ(overnight[0].day, 1);
    EXPECT_DOUBLE_EQ(overnight[0].top, 22.0 / 24.0);
    EXPECT_DOUBLE_EQ(overnight[0].bottom, 1.0);
    EXPECT_TRUE(overnight[0].startsHere);
    EXPECT_FALSE(overnight[0].endsHere);
    EXPECT_EQ(overnight[1].day, 2);
    EXPECT_FALSE(overnight[1].startsHere || overnight[1].endsHere);
    EXPECT_EQ(overnight[2].day, 3);
    EXPECT_DOUBLE_EQ(overnight[2].bottom, 2.0 / 24.0);
    EXPECT_TRUE(overnight[2].endsHere);

    const auto early = of(placed, 2);
    ASSERT_EQ(early.size(), 1) << "only its part inside the week";
    EXPECT_EQ(early[0].day, 0);
    EXPECT_FALSE(early[0].startsHere);
    EXPECT_DOUBLE_EQ(early[0].top, 0.0);

    EXPECT_TRUE(week().byTime({{3, at(7, 0), at(7, 4)}, {4, at(-1, 1), at(0, 0)}}).isEmpty())
        << "changes wholly outside the week (an end is exclusive) are not placed";
}

TEST(CalendarLayout, OverlappingChangesGetSeparateLanesByTime)
{
    // 1 and 2 overlap; 3 overlaps 2 only; 4 starts when 3 ends; 5 is alone the next day.
    const auto placed = week().byTime({{1, at(0, 8), at(0, 12)},
                                       {2, at(0, 10), at(0, 14)},
                                       {3, at(0, 13), at(0, 15)},
                                       {4, at(0, 15), at(0, 16)},
                                       {5, at(1, 10), at(1, 11)}});
    ASSERT_EQ(placed.size(), 5);
    EXPECT_EQ(of(placed, 1)[0].lane, 0);
    EXPECT_EQ(of(placed, 2)[0].lane, 1);
    EXPECT_EQ(of(placed, 3)[0].lane, 0) << "1 has ended: its lane is free again";
    for (qint64 id : {1, 2, 3})
        EXPECT_EQ(of(placed, id)[0].lanes, 2) << id << " shares two lanes with its cluster";
    EXPECT_EQ(of(placed, 4)[0].lane, 0);
    EXPECT_EQ(of(placed, 4)[0].lanes, 1) << "touching is not overlapping";
    EXPECT_EQ(of(placed, 5)[0].lanes, 1);

    // The same two changes at the same time never share a lane.
    const auto same = week().byTime({{7, at(4, 9), at(4, 11)}, {8, at(4, 9), at(4, 11)}});
    EXPECT_NE(of(same, 7)[0].lane, of(same, 8)[0].lane);
}

TEST(CalendarLayout, AChangeWithoutLengthStillTakesRoom)
{
    const auto placed = week().byTime({{1, at(3, 9), at(3, 9)}, {2, at(3, 9), at(3, 9)}});
    ASSERT_EQ(placed.size(), 2);
    EXPECT_EQ(placed[0].day, 3);
    EXPECT_NE(placed[0].lane, placed[1].lane);
}

TEST(CalendarLayout, MonthViewKeepsALanePerChangeAcrossItsDays)
{
    const CalendarLayout month(CalendarLayout::monthGridStart(Monday), 42, QTimeZone::utc());
    const auto first = month.date(0);
    ASSERT_EQ(first, QDate(2026, 11, 30));
    // Monday Dec 7 is day 7 of the grid. 1: Mon–Wed; 2: Tue 10–11; 3: Thu; 4: Wed–Thu.
    const auto placed = month.byDay({{2, at(1, 10), at(1, 11)},
                                     {1, at(0, 20), at(2, 3)},
                                     {3, at(3, 8), at(3, 9)},
                                     {4, at(2, 22), at(3, 1)}});
    const auto one = of(placed, 1);
    ASSERT_EQ(one.size(), 3);
    for (const auto& segment : one)
        EXPECT_EQ(segment.lane, 0) << "the longer, earlier change keeps the top lane";
    EXPECT_EQ(one[0].day, 7);
    EXPECT_EQ(of(placed, 2)[0].lane, 1) << "it shares Tuesday with 1";
    const auto four = of(placed, 4);
    ASSERT_EQ(four.size(), 2);
    EXPECT_EQ(four[0].lane, 1) << "Wednesday is 1's too";
    EXPECT_EQ(four[1].lane, 1) << "one lane on each of its days";
    EXPECT_EQ(of(placed, 3)[0].lane, 0) << "1 has ended by Thursday";
    EXPECT_EQ(CalendarLayout::maxLanes(placed), 2);
}

TEST(CalendarLayout, WindowOccurrencesShadeThePartsOfDaysTheyCover)
{
    const CalendarLayout layout = week();
    // A weekly Saturday-night window as the server expands it: one occurrence per week.
    const auto saturday = layout.shading({10, at(5, 22), at(6, 4)});
    ASSERT_EQ(saturday.size(), 2);
    EXPECT_EQ(saturday[0].day, 5);
    EXPECT_DOUBLE_EQ(saturday[0].top, 22.0 / 24.0);
    EXPECT_EQ(saturday[1].day, 6);
    EXPECT_DOUBLE_EQ(saturday[1].top, 0.0);
    EXPECT_DOUBLE_EQ(saturday[1].bottom, 4.0 / 24.0);
    // The next week's occurrence is not in this week.
    EXPECT_TRUE(layout.shading({10, at(12, 22), at(13, 4)}).isEmpty());
    // A freeze over the whole week and more covers every day entirely.
    const auto freeze = layout.shading({11, at(-3, 0), at(9, 0)});
    ASSERT_EQ(freeze.size(), 7);
    for (const auto& segment : freeze) {
        EXPECT_DOUBLE_EQ(segment.top, 0.0);
        EXPECT_DOUBLE_EQ(segment.bottom, 1.0);
    }
}

} // namespace
