// Change management's wire types (issue 22, point 4): every result survives toJson/fromJson, the
// params a client builds are read back by the server unchanged, and every refusal names the
// field a form shows it on.
#include "api/changeapi.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::Hour;
using frontline::test::jsonObject;

namespace {

constexpr qint64 Start = 1'800'000'000'000; // 2027-01-15T08:00:00Z

template<typename Params> QString failingField(const char* text)
{
    auto result = Params::fromJson(jsonObject(text));
    EXPECT_FALSE(result.ok()) << text;
    if (result.ok())
        return {};
    return result.error().field();
}

CiNode appServer()
{
    CiNode node;
    node.id = 7;
    node.name = u"srv-app-01"_s;
    node.ciClass = u"server"_s;
    node.status = u"in_use"_s;
    return node;
}

} // namespace

TEST(ChangeApi, DetailRoundTripsWithEveryField)
{
    ChangeDetail d;
    d.id = 42;
    d.title = u"Patch the app server"_s;
    d.description = u"Monthly patches"_s;
    d.status = u"awaiting_approval"_s;
    d.kind = u"normal"_s;
    d.templateId = 3;
    d.templateName = u"OS patch"_s;
    d.category = u"Servers"_s;
    d.assignee = 5;
    d.assigneeName = u"Alice"_s;
    d.risk = {{u"tested"_s, 1}, {u"backout"_s, 0}};
    d.riskScore = 1;
    d.riskLevel = u"low"_s;
    d.implementationPlan = u"apt upgrade"_s;
    d.backoutPlan = u"snapshot restore"_s;
    d.testPlan = u"smoke test"_s;
    d.plannedStart = Start;
    d.plannedEnd = Start + 2 * Hour;
    d.cis = {appServer()};
    CiNode service = appServer();
    service.id = 8;
    service.ciClass = u"service"_s;
    service.depth = 1;
    CiNode user;
    user.kind = u"user"_s;
    user.id = 11;
    user.name = u"Bob"_s;
    user.depth = 2;
    d.impact = {{service}, {user}, {}, 40, true};
    ChangeConflict overlap;
    overlap.kind = u"overlap"_s;
    overlap.change = 43;
    overlap.changeTitle = u"Replace disk"_s;
    overlap.ci = appServer();
    overlap.start = Start + Hour;
    overlap.end = Start + 2 * Hour;
    ChangeConflict outside;
    outside.kind = u"outside_window"_s;
    outside.window = 2;
    outside.windowName = u"Sunday night"_s;
    outside.start = Start;
    outside.end = Start + 2 * Hour;
    d.conflicts = {overlap, outside};
    d.review = ChangeReview {u"successful"_s, u"went fine"_s, 5, u"Alice"_s, Start + 3 * Hour};
    d.causedIncidents = {{90, u"App down"_s, u"open"_s, true}};
    d.updatedAt = Start - Hour;
    EXPECT_EQ(ChangeDetail::fromJson(d.toJson()), d);

    const QJsonObject json = d.toJson();
    EXPECT_EQ(json.value("planned_start"_L1).toString(), u"2027-01-15T08:00:00.000Z"_s)
        << "times travel as ISO 8601 UTC like every other time on the wire";
    EXPECT_EQ(json.value("risk"_L1).toObject().value("tested"_L1).toInt(), 1);
}

TEST(ChangeApi, AnEmptyDetailKeepsItsNulls)
{
    ChangeDetail d;
    d.kind = u"normal"_s;
    const QJsonObject json = d.toJson();
    EXPECT_TRUE(json.value("template"_L1).isNull());
    EXPECT_TRUE(json.value("planned_start"_L1).isNull());
    EXPECT_TRUE(json.value("review"_L1).isNull());
    EXPECT_EQ(json.value("risk_level"_L1).toString(), QString());
    EXPECT_EQ(ChangeDetail::fromJson(json), d);
}

TEST(ChangeApi, CalendarTemplatesAndWindowsRoundTrip)
{
    ChangeCalendar calendar;
    calendar.changes = {{42,
                         u"Patch"_s,
                         u"normal"_s,
                         u"approved"_s,
                         true,
                         u"medium"_s,
                         Start,
                         Start + Hour,
                         {appServer()},
                         1}};
    calendar.windows = {{2, u"Sunday night"_s, u"maintenance"_s, Start, Start + 4 * Hour, {}}};
    ChangeConflict freeze;
    freeze.kind = u"freeze"_s;
    freeze.window = 4;
    freeze.windowName = u"Year end"_s;
    freeze.start = Start;
    freeze.end = Start + Hour;
    calendar.conflicts = {{42, freeze}};
    const ChangeCalendar back = ChangeCalendar::fromJson(calendar.toJson());
    EXPECT_EQ(back.changes, calendar.changes);
    EXPECT_EQ(back.windows, calendar.windows);
    EXPECT_EQ(back.conflicts, calendar.conflicts);

    ChangeTemplate t {3,         u"OS patch"_s, u"desc"_s, u"Servers"_s, {appServer()}, u"impl"_s,
                      u"back"_s, u"test"_s,     u"low"_s,  false,        Start};
    EXPECT_EQ(ChangeTemplateList::fromJson(ChangeTemplateList {{t}}.toJson()).items.value(0), t);

    ChangeWindow w;
    w.id = 2;
    w.name = u"Sunday night"_s;
    w.kind = u"maintenance"_s;
    w.start = Start;
    w.end = Start + 4 * Hour;
    w.repeat = u"weekly"_s;
    w.until = Start + 100 * 24 * Hour;
    w.cis = {appServer()};
    w.updatedAt = Start;
    EXPECT_EQ(ChangeWindowList::fromJson(ChangeWindowList {{w}}.toJson()).items.value(0), w);
}

TEST(ChangeApi, ParamsTheClientBuildsAreReadBack)
{
    ChangeCreateParams create;
    create.title = u"Patch"_s;
    create.kind = u"standard"_s;
    create.templateId = 3;
    create.cis = QList<qint64> {7, 8};
    create.risk = QMap<QString, int> {{u"tested"_s, 2}};
    create.plannedStart = Start;
    create.plannedEnd = Start + Hour;
    auto back = ChangeCreateParams::fromJson(create.toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->templateId, 3);
    EXPECT_EQ(back->cis, create.cis);
    EXPECT_EQ(back->risk, create.risk);
    EXPECT_EQ(back->plannedStart, Start);
    EXPECT_EQ(back->plannedEnd, Start + Hour);

    ChangeUpdateParams update;
    update.id = 42;
    update.plannedStart = Nullable<qint64>::null();
    update.plannedEnd = Nullable<qint64>::null();
    update.assignee = Nullable<qint64>::of(5);
    auto updated = ChangeUpdateParams::fromJson(update.toJson());
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    EXPECT_TRUE(updated->plannedStart.isNull()) << "null clears the schedule";
    EXPECT_TRUE(updated->plannedEnd.isNull());
    EXPECT_EQ(updated->assignee.value, 5);

    ChangeWindowCreateParams window;
    window.name = u"Sunday night"_s;
    window.kind = u"maintenance"_s;
    window.start = Start;
    window.end = Start + 4 * Hour;
    window.repeat = u"weekly"_s;
    window.until = Start + 70 * 24 * Hour;
    window.cis = {7};
    auto w = ChangeWindowCreateParams::fromJson(window.toJson());
    ASSERT_TRUE(w.ok()) << w.error().message.toStdString();
    EXPECT_EQ(w->until, window.until);
    EXPECT_EQ(w->cis, window.cis);

    ChangeCalendarParams calendar {Start, Start + 31 * 24 * Hour, QList<qint64> {7}, 100,
                                   ChangeCalendarParams::After {Start + Hour, 42}};
    auto c = ChangeCalendarParams::fromJson(calendar.toJson());
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->from, Start);
    EXPECT_EQ(c->to, calendar.to);
    EXPECT_EQ(c->limit, 100);
    EXPECT_EQ(c->after, calendar.after) << "the cursor reads back as written";
    ChangeCalendar page;
    page.nextCursor = ChangeCalendarParams::cursorOf(Start, 7);
    EXPECT_EQ(ChangeCalendar::fromJson(page.toJson()).nextCursor, page.nextCursor);
    EXPECT_FALSE(ChangeCalendar::fromJson(ChangeCalendar {}.toJson()).nextCursor)
        << "no cursor on the last page";
}

TEST(ChangeApi, RefusalsNameTheField)
{
    EXPECT_EQ(failingField<ChangeCreateParams>(R"({"title":"x","kind":"sudden"})"), u"kind"_s);
    EXPECT_EQ(failingField<ChangeCreateParams>(R"({"title":"x","kind":"standard"})"),
              u"template"_s);
    EXPECT_EQ(
        failingField<ChangeCreateParams>(
            R"({"title":"x","kind":"normal","planned_start":"2027-01-15T08:00:00Z","planned_end":"2027-01-15T07:00:00Z"})"),
        u"planned_end"_s);
    EXPECT_EQ(failingField<ChangeCreateParams>(
                  R"({"title":"x","kind":"normal","planned_start":"tomorrow"})"),
              u"planned_start"_s);
    EXPECT_EQ(
        failingField<ChangeCreateParams>(R"({"title":"x","kind":"normal","risk":{"tested":-1}})"),
        u"risk.tested"_s);
    EXPECT_EQ(failingField<ChangeCreateParams>(R"({"title":"x","kind":"normal","cis":[1,"a"]})"),
              u"cis[1]"_s);
    EXPECT_EQ(failingField<ChangeUpdateParams>(R"({"id":4})"), u"id"_s);
    EXPECT_EQ(failingField<ChangeReviewParams>(R"({"id":4,"outcome":"meh","notes":"x"})"),
              u"outcome"_s);
    EXPECT_EQ(failingField<ChangeReviewParams>(R"({"id":4,"outcome":"failed"})"), u"notes"_s);
    EXPECT_EQ(failingField<ChangeCalendarParams>(
                  R"({"from":"2027-01-01T00:00:00Z","to":"2027-03-15T00:00:00Z"})"),
              u"to"_s);
    EXPECT_EQ(
        failingField<ChangeWindowCreateParams>(
            R"({"name":"w","kind":"freeze","start":"2027-01-02T00:00:00Z","end":"2027-01-01T00:00:00Z"})"),
        u"end"_s);
    EXPECT_EQ(failingField<ChangeLinkIncidentsParams>(R"({"change":4,"incidents":[]})"),
              u"incidents"_s);
    EXPECT_EQ(failingField<ChangeTemplateCreateParams>(
                  R"({"name":"t","implementation_plan":"a","backout_plan":"b"})"),
              u"test_plan"_s);
}

TEST(ChangeApi, QuestionnaireScoresAndLevels)
{
    const ChangeQuestionnaire q = ChangeQuestionnaire::builtIn();
    ASSERT_EQ(q.questions.size(), 5);
    EXPECT_EQ(q.levels.first().name, u"low"_s);
    EXPECT_EQ(q.levels.last().name, u"very_high"_s);
    EXPECT_EQ(q.levelFor(0), u"low"_s);
    EXPECT_EQ(q.levelFor(100), u"very_high"_s);
    QMap<QString, int> answers {{u"users_affected"_s, 3}, {u"tested"_s, 2}};
    EXPECT_EQ(q.score(answers), 6);
    EXPECT_EQ(q.firstUnanswered(answers), u"services_affected"_s);
    EXPECT_EQ(q.checkAnswers({{u"nope"_s, 0}})->first, u"risk.nope"_s);
    EXPECT_EQ(q.checkAnswers({{u"tested"_s, 9}})->first, u"risk.tested"_s);
    EXPECT_FALSE(q.checkAnswers(answers));

    auto parsed = ChangeQuestionnaire::parse(q.toJson());
    ASSERT_TRUE(parsed.ok()) << parsed.error().first.toStdString();
    EXPECT_EQ(parsed->questions, q.questions);
    EXPECT_EQ(parsed->levels, q.levels);
    EXPECT_EQ(ChangeQuestionnaire::fromJson(q.toJson()).levels, q.levels);
}

TEST(ChangeApi, QuestionnaireRefusalsNameThePath)
{
    auto problem = [](const char* text) {
        auto parsed = ChangeQuestionnaire::parse(jsonObject(text));
        EXPECT_FALSE(parsed.ok()) << text;
        return parsed.ok() ? QString() : parsed.error().first;
    };
    EXPECT_EQ(
        problem(
            R"({"questions":[{"id":"A","text":"t","options":[{"label":"x","score":0}]}],"levels":[{"name":"low","label":"Low","min_score":0}]})"),
        u"change_risk.questions[0].id"_s);
    EXPECT_EQ(
        problem(
            R"({"questions":[{"id":"a","text":"t","options":[]}],"levels":[{"name":"low","label":"Low","min_score":0}]})"),
        u"change_risk.questions[0].options"_s);
    EXPECT_EQ(
        problem(
            R"({"questions":[{"id":"a","text":"t","options":[{"label":"x","score":0}]},{"id":"a","text":"t","options":[{"label":"x","score":0}]}],"levels":[{"name":"low","label":"Low","min_score":0}]})"),
        u"change_risk.questions[1].id"_s);
    EXPECT_EQ(
        problem(
            R"({"questions":[{"id":"a","text":"t","options":[{"label":"x","score":0}]}],"levels":[{"name":"low","label":"Low","min_score":0},{"name":"high","label":"High","min_score":0}]})"),
        u"change_risk.levels[1].min_score"_s);
}

TEST(ChangeApi, ApprovalConfigNamesTheStep)
{
    auto ok = ChangeApprovalConfig::parse(
        jsonObject(R"({"normal":[{"kind":"group","group":3,"rule":"all"}]})"));
    ASSERT_TRUE(ok.ok());
    ASSERT_TRUE(ok->normal);
    EXPECT_EQ(ok->normal->value(0).rule, ApprovalStep::Rule::All);
    EXPECT_FALSE(ok->emergency);
    auto bad = ChangeApprovalConfig::parse(jsonObject(R"({"emergency":[{"kind":"group"}]})"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().first, u"change_approval.emergency[0].group"_s);
}
