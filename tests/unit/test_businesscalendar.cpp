// Business-hours arithmetic: weekends, holidays, time zones and daylight-saving changes; and
// automation rules as data (validation that names the field, conditions).
#include "printers.h"
#include "testhelpers.h"
#include "workflow/businesscalendar.h"
#include "workflow/rule.h"
#include "workflow/slatargets.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server;
using namespace Qt::StringLiterals;
using frontline::test::Hour;
using frontline::test::jsonObject;
using frontline::test::Minute;

namespace {

BusinessCalendar calendar(const char* text)
{
    auto result = BusinessCalendar::fromJson(jsonObject(text));
    EXPECT_TRUE(result.ok()) << (result.ok() ? ""
                                             : result.error().first.toStdString() + ": "
                                         + result.error().second.toStdString());
    return result.ok() ? std::move(result).value() : BusinessCalendar::alwaysOpen();
}

// An instant given as local time in a zone.
qint64 at(const char* local, const char* zone = "Europe/Berlin")
{
    return QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate)
        .toTimeZone(QTimeZone(zone))
        .toMSecsSinceEpoch();
}

qint64 local(const char* text, const char* zone = "Europe/Berlin")
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    time.setTimeZone(QTimeZone(zone));
    return time.toMSecsSinceEpoch();
}

const char* OfficeBerlin = R"({"time_zone": "Europe/Berlin",
    "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]],
              "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]},
    "holidays": ["2026-12-25"]})";

} // namespace

TEST(BusinessCalendar, TwoHoursFromFridayAfternoonEndOnMondayMorning)
{
    const BusinessCalendar office = calendar(OfficeBerlin);
    // Friday 20 November 2026, 16:00 in Berlin: one hour left that day, the next on Monday.
    EXPECT_EQ(office.add(local("2026-11-20T16:00:00"), 2 * Hour), local("2026-11-23T10:00:00"));
    EXPECT_EQ(office.between(local("2026-11-20T16:00:00"), local("2026-11-23T10:00:00")), 2 * Hour);
    // Started on Saturday: the clock starts on Monday at nine.
    EXPECT_EQ(office.add(local("2026-11-21T11:00:00"), Hour), local("2026-11-23T10:00:00"));
    EXPECT_EQ(office.add(local("2026-11-21T11:00:00"), 0), local("2026-11-23T09:00:00"))
        << "zero business time is the next opening";
    EXPECT_FALSE(office.isOpen(local("2026-11-22T12:00:00")));
    EXPECT_TRUE(office.isOpen(local("2026-11-23T09:00:00")));
    EXPECT_FALSE(office.isOpen(local("2026-11-23T17:00:00"))) << "closing time is closed";
}

TEST(BusinessCalendar, HolidaysHaveNoBusinessHours)
{
    const BusinessCalendar office = calendar(OfficeBerlin);
    // Thursday 24 December 16:00 + 2 h: Friday 25th is a holiday, so Monday 28th 10:00.
    EXPECT_EQ(office.add(local("2026-12-24T16:00:00"), 2 * Hour), local("2026-12-28T10:00:00"));
    EXPECT_EQ(office.between(local("2026-12-25T00:00:00"), local("2026-12-26T00:00:00")), 0);
}

TEST(BusinessCalendar, HoursAreLocalToTheCalendarsTimeZone)
{
    const BusinessCalendar berlin = calendar(OfficeBerlin);
    const BusinessCalendar newYork = calendar(R"({"time_zone": "America/New_York",
        "hours": {"mon": [["09:00", "17:00"]]}})");
    const qint64 instant = at("2026-11-23T08:30:00Z", "UTC"); // 09:30 Berlin, 03:30 New York
    EXPECT_TRUE(berlin.isOpen(instant));
    EXPECT_FALSE(newYork.isOpen(instant));
    EXPECT_EQ(newYork.add(instant, Hour), local("2026-11-23T10:00:00", "America/New_York"));
    EXPECT_EQ(newYork.add(instant, Hour), at("2026-11-23T15:00:00Z", "UTC"));
}

TEST(BusinessCalendar, DaylightSavingChangesKeepLocalHours)
{
    const BusinessCalendar everyDay = calendar(R"({"time_zone": "Europe/Berlin",
        "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]],
                  "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]], "sat": [["09:00", "17:00"]],
                  "sun": [["09:00", "17:00"]]}})");
    // Clocks go forward on Sunday 29 March 2026: Saturday 16:00 CET + 2 h is Sunday 10:00 CEST,
    // 17 wall-clock hours later, not 18.
    const qint64 saturday = local("2026-03-28T16:00:00");
    const qint64 due = everyDay.add(saturday, 2 * Hour);
    EXPECT_EQ(due, local("2026-03-29T10:00:00"));
    EXPECT_EQ(due - saturday, 17 * Hour);
    EXPECT_EQ(everyDay.between(local("2026-03-29T00:00:00"), local("2026-03-30T00:00:00")),
              8 * Hour);
    // And back on Sunday 25 October: still eight hours that day.
    EXPECT_EQ(everyDay.between(local("2026-10-25T00:00:00"), local("2026-10-26T00:00:00")),
              8 * Hour);
    EXPECT_EQ(everyDay.add(local("2026-10-24T16:00:00"), 2 * Hour) - local("2026-10-24T16:00:00"),
              19 * Hour);

    // Hours across the night the clocks go back count the real time: 01:00-04:00 is four hours.
    const BusinessCalendar night = calendar(R"({"time_zone": "Europe/Berlin",
        "hours": {"sun": [["01:00", "04:00"]]}})");
    EXPECT_EQ(night.between(local("2026-10-25T00:00:00"), local("2026-10-26T00:00:00")), 4 * Hour);
    EXPECT_EQ(night.between(local("2026-03-29T00:00:00"), local("2026-03-30T00:00:00")), 2 * Hour)
        << "the hour that does not exist is not worked";
}

TEST(BusinessCalendar, AddAndBetweenAgree)
{
    const BusinessCalendar office = calendar(OfficeBerlin);
    const qint64 start = local("2026-12-23T11:17:00");
    for (qint64 duration : {qint64(0), Hour / 3, 5 * Hour, 8 * Hour, 37 * Hour, 400 * Hour}) {
        const qint64 end = office.add(start, duration);
        EXPECT_EQ(office.between(start, end), duration) << duration;
    }
    const QList<qint64> many = office.addAll(start, {Hour, 6 * Hour, 20 * Hour});
    EXPECT_EQ(many,
              (QList<qint64> {office.add(start, Hour), office.add(start, 6 * Hour),
                              office.add(start, 20 * Hour)}));
}

TEST(BusinessCalendar, ASpanCounterCountsAsBetweenDoes)
{
    // A report counts thousands of spans through one SpanCounter (its days kept): every span
    // must count what between() counts, holidays, weekends and the clock changes included.
    const BusinessCalendar office = calendar(OfficeBerlin);
    BusinessCalendar::SpanCounter counter(office);
    const qint64 start = local("2026-03-20T08:30:00");
    int spans = 0;
    for (qint64 from = start; from < local("2026-12-31T00:00:00");
         from += 29 * Hour + 17 * Minute) {
        for (const qint64 length : {qint64(0), 40 * Minute, 7 * Hour, 50 * Hour, 900 * Hour}) {
            ASSERT_EQ(counter.between(from, from + length), office.between(from, from + length))
                << from << " + " << length;
            ++spans;
        }
    }
    EXPECT_GT(spans, 1000);
    EXPECT_EQ(counter.between(local("2026-12-25T00:00:00"), local("2026-12-26T00:00:00")), 0);
    const BusinessCalendar always = BusinessCalendar::alwaysOpen();
    BusinessCalendar::SpanCounter aroundTheClock(always);
    EXPECT_EQ(aroundTheClock.between(1000, 1000 + 5 * Hour), 5 * Hour);
}

TEST(BusinessCalendar, AroundTheClockIsPlainArithmetic)
{
    const BusinessCalendar always = BusinessCalendar::alwaysOpen();
    EXPECT_EQ(always.add(1000, 5 * Hour), 1000 + 5 * Hour);
    EXPECT_EQ(always.between(1000, 1000 + 5 * Hour), 5 * Hour);
}

TEST(BusinessCalendar, InvalidDefinitionsNameTheField)
{
    const auto error = [](const char* text) {
        auto result = BusinessCalendar::fromJson(jsonObject(text));
        return result.ok() ? QString() : result.error().first;
    };
    EXPECT_EQ(error(R"({"time_zone": "Mars/Olympus", "hours": {"mon": [["09:00", "17:00"]]}})"),
              u"time_zone"_s);
    EXPECT_EQ(error(R"({"time_zone": "UTC", "hours": {"mon": [["17:00", "09:00"]]}})"),
              u"hours.mon[0]"_s);
    EXPECT_EQ(error(R"({"time_zone": "UTC", "hours": {"mon": [["9 am", "17:00"]]}})"),
              u"hours.mon[0]"_s);
    EXPECT_EQ(
        error(
            R"({"time_zone": "UTC", "hours": {"mon": [["09:00", "12:00"], ["11:00", "13:00"]]}})"),
        u"hours.mon"_s);
    EXPECT_EQ(error(R"({"time_zone": "UTC", "hours": {"someday": []}})"), u"hours.someday"_s);
    EXPECT_EQ(error(R"({"time_zone": "UTC", "hours": {}})"), u"hours"_s);
    EXPECT_EQ(
        error(
            R"({"time_zone": "UTC", "hours": {"mon": [["09:00", "17:00"]]}, "holidays": ["2026-02-30"]})"),
        u"holidays[0]"_s);
}

// Found by fuzz_businesscalendar: Qt takes any name it does not know for a POSIX TZ rule
// ("Asiafrilaata" is a zone called that at UTC+0, with no daylight rule), so such a calendar was
// accepted, and its due times went backwards (a 15-minute target ending before a zero one).
TEST(BusinessCalendar, OnlyKnownIanaTimeZonesAreAccepted)
{
    for (const char* zone : {"Asiafrilaata", "ABC", "CET-1CEST,M3.5.0,M10.5.0/3", "UTC+5"}) {
        const QJsonObject json {{"time_zone"_L1, QString::fromLatin1(zone)},
                                {"hours"_L1, jsonObject(R"({"sun": [["17:30", "18:30"]]})")}};
        const auto result = BusinessCalendar::fromJson(json);
        ASSERT_FALSE(result.ok()) << zone;
        EXPECT_EQ(result.error().first, u"time_zone"_s) << zone;
    }
    for (const char* zone : {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Etc/UTC",
                             "US/Eastern", "CET", "EST5EDT"}) {
        const QJsonObject json {{"time_zone"_L1, QString::fromLatin1(zone)},
                                {"hours"_L1, jsonObject(R"({"sun": [["17:30", "18:30"]]})")}};
        EXPECT_TRUE(BusinessCalendar::fromJson(json).ok()) << zone;
    }
}

// Found by fuzz_businesscalendar: past its ten-year walk, add() fell back to start + duration, so
// on an hour a week a 40,000-minute target (beyond the walk) was due years before a 30,000-minute
// one (inside it).
TEST(BusinessCalendar, DueTimesGrowWithTheirDurationsBeyondTheWalk)
{
    const BusinessCalendar c =
        calendar(R"({"time_zone": "UTC", "hours": {"sun": [["18:00", "19:00"]]}})");
    const qint64 start = local("2026-06-01T12:00:00", "UTC");
    const qint64 minute = 60 * 1000;
    const QList<qint64> due = c.addAll(start, {30000 * minute, 40000 * minute, 50000 * minute});
    EXPECT_GT(due[0], start + 9LL * 365 * 24 * Hour); // 500 weeks of one hour
    EXPECT_GT(due[1], due[0]);
    EXPECT_GT(due[2], due[1]);
    EXPECT_EQ(c.add(start, 40000 * minute), due[1]);
}

TEST(SlaState, WarningsComeFromThePolicyAndBreachIsStrictlyAfterTheDueInstant)
{
    SlaClockInput in;
    in.createdAt = 0;
    in.responseDue = 10 * Hour;
    in.responseWarn = 9 * Hour;
    in.resolveDue = 20 * Hour;
    in.resolveWarn = 18 * Hour;
    EXPECT_EQ(slaState(in, 9 * Hour - 1), u"on_track"_s);
    EXPECT_EQ(slaState(in, 9 * Hour), u"at_risk"_s);
    EXPECT_EQ(slaState(in, 10 * Hour), u"at_risk"_s);
    EXPECT_EQ(slaState(in, 10 * Hour + 1), u"breached"_s);
    // The scheduler wakes exactly at each change.
    EXPECT_EQ(slaNextChange(in, 0), 9 * Hour);
    EXPECT_EQ(slaNextChange(in, 9 * Hour), 10 * Hour + 1);
    in.firstResponseAt = 2 * Hour;
    EXPECT_EQ(slaNextChange(in, 2 * Hour), 18 * Hour) << "answered: the resolution warning next";
    in.pausedAt = 3 * Hour;
    EXPECT_EQ(slaNextChange(in, 3 * Hour), std::nullopt) << "paused: nothing to wake for";
}

TEST(Rule, ValidDefinitionsRoundTrip)
{
    const QJsonObject definition = jsonObject(R"({"name": "Close stale pending tickets",
        "enabled": true,
        "trigger": {"event": "time", "anchor": "status_changed", "after_minutes": 10080,
                    "business_hours": false},
        "match": "all",
        "conditions": [{"field": "status", "op": "is", "value": "pending"}],
        "actions": [{"type": "reply", "body": "Closing"}, {"type": "set_status", "value": "closed"}]})");
    auto rule = Rule::fromJson(definition);
    ASSERT_TRUE(rule.ok());
    EXPECT_EQ(rule->event, RuleEvent::Time);
    EXPECT_EQ(rule->anchor, RuleEvent::StatusChanged);
    EXPECT_EQ(rule->definition(), definition);
}

// Found by fuzz_rule under UBSan: a number past int's range (4.1e29) was cast to int before its
// range was checked, which is undefined behaviour; it is refused by its range.
TEST(Rule, ANumberBeyondAnyRangeIsRefusedByItsRange)
{
    auto rule = Rule::fromJson(jsonObject(
        R"({"name": "r", "trigger": {"event": "created"}, "conditions": [{"field": "priority", "op": "lte", "value": 411111111111111111111111111111}], "actions": [{"type": "add_tag", "value": "x"}]})"));
    ASSERT_FALSE(rule.ok());
    EXPECT_EQ(rule.error().first, u"conditions[0].value"_s);
    EXPECT_TRUE(rule.error().second.startsWith(u"must be a whole number from"_s))
        << rule.error().second.toStdString();
}

TEST(Rule, InvalidDefinitionsNameTheField)
{
    const auto error = [](const char* text) {
        auto rule = Rule::fromJson(jsonObject(text));
        return rule.ok() ? QString() : rule.error().first;
    };
    EXPECT_EQ(
        error(
            R"({"name": "", "trigger": {"event": "created"}, "actions": [{"type": "add_tag", "value": "x"}]})"),
        u"name"_s);
    EXPECT_EQ(
        error(
            R"({"name": "r", "trigger": {"event": "whenever"}, "actions": [{"type": "add_tag", "value": "x"}]})"),
        u"trigger.event"_s);
    EXPECT_EQ(
        error(
            R"({"name": "r", "trigger": {"event": "time", "anchor": "created"}, "actions": [{"type": "add_tag", "value": "x"}]})"),
        u"trigger.after_minutes"_s);
    EXPECT_EQ(
        error(
            R"({"name": "r", "trigger": {"event": "created"}, "conditions": [{"field": "priority", "op": "is", "value": 1}, {"field": "priority", "op": "contains", "value": 1}], "actions": [{"type": "add_tag", "value": "x"}]})"),
        u"conditions[1].op"_s);
    EXPECT_EQ(
        error(
            R"({"name": "r", "trigger": {"event": "created"}, "conditions": [{"field": "priority", "op": "is", "value": 9}], "actions": [{"type": "add_tag", "value": "x"}]})"),
        u"conditions[0].value"_s);
    EXPECT_EQ(error(R"({"name": "r", "trigger": {"event": "created"}, "actions": []})"),
              u"actions"_s);
    EXPECT_EQ(
        error(
            R"({"name": "r", "trigger": {"event": "created"}, "actions": [{"type": "notify", "to": "everyone", "message": "hi"}]})"),
        u"actions[0].to"_s);
    EXPECT_EQ(
        error(
            R"({"name": "r", "trigger": {"event": "created"}, "actions": [{"type": "add_tag", "value": "Not A Tag!"}]})"),
        u"actions[0].value"_s);
    EXPECT_EQ(
        error(
            R"({"name": "r", "trigger": {"event": "created"}, "actions": [{"type": "reply", "body": "x", "extra": 1}]})"),
        u"actions[0].extra"_s);
}

TEST(Rule, ConditionsMatchAllOrAny)
{
    Ticket ticket;
    ticket.title = u"VPN drops every hour"_s;
    ticket.status = u"pending"_s;
    ticket.priority = 2;
    ticket.tags = {u"vpn"_s};
    ticket.group = GroupRef {7, u"Network"_s, 2};
    const RuleSubject subject {&ticket, u"at_risk"_s, u"requester"_s, {u"priority"_s}};
    const auto matches = [&](const char* conditions, const char* match = "all") {
        QJsonObject json = jsonObject(R"({"name": "r", "trigger": {"event": "updated"},
                                    "actions": [{"type": "add_tag", "value": "x"}]})");
        json.insert(u"conditions"_s, QJsonDocument::fromJson(conditions).array());
        json.insert(u"match"_s, QString::fromLatin1(match));
        auto rule = Rule::fromJson(json);
        EXPECT_TRUE(rule.ok()) << conditions;
        return rule.ok() && rule->matches(subject);
    };
    EXPECT_TRUE(matches(R"([{"field": "title", "op": "contains", "value": "vpn"}])"))
        << "text matching ignores case";
    EXPECT_TRUE(matches(
        R"([{"field": "priority", "op": "lte", "value": 2}, {"field": "group", "op": "is", "value": 7}])"));
    EXPECT_FALSE(matches(
        R"([{"field": "priority", "op": "lt", "value": 2}, {"field": "group", "op": "is", "value": 7}])"));
    EXPECT_TRUE(matches(
        R"([{"field": "priority", "op": "lt", "value": 2}, {"field": "group", "op": "is", "value": 7}])",
        "any"));
    EXPECT_TRUE(matches(
        R"([{"field": "assignee", "op": "is_not_set"}, {"field": "tags", "op": "contains", "value": "vpn"}])"));
    EXPECT_TRUE(matches(
        R"([{"field": "status", "op": "in", "value": ["pending", "new"]}, {"field": "sla_state", "op": "is", "value": "at_risk"}])"));
    EXPECT_TRUE(matches(
        R"([{"field": "priority", "op": "changed"}, {"field": "actor_role", "op": "is", "value": "requester"}])"));
    EXPECT_FALSE(matches(R"([{"field": "status", "op": "changed"}])"));
}
