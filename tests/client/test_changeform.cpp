// The change dialog's form without a display (issue 22): what New → Change… sends, and what
// Edit change… sends — only the fields the agent changed since the form was filled, so that
// fixing the back-out plan never resends the rest; nothing at all when nothing changed.
#include "client/core/changes/changeform.h"

#include <QJsonObject>
#include <QStringList>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::client;
using namespace Qt::StringLiterals;

namespace {

// A normal change as the edit dialog is filled with it.
ChangeForm filed()
{
    ChangeForm form;
    form.title = u"Upgrade the payroll database"_s;
    form.description = u"PostgreSQL 15 to 16"_s;
    form.kind = u"normal"_s;
    form.cis = {7, 3};
    form.implementationPlan = u"pg_upgrade --link"_s;
    form.backoutPlan = u"Hope for the best"_s;
    form.testPlan = u"Run the smoke tests"_s;
    form.risk = {{u"users_affected"_s, 1}, {u"tested"_s, 0}};
    form.plannedStart = 1'000'000;
    form.plannedEnd = 4'600'000;
    return form;
}

QStringList keysOf(const api::ChangeUpdateParams& params)
{
    QStringList keys = params.toJson().keys();
    keys.removeOne(u"id"_s);
    keys.sort();
    return keys;
}

TEST(ChangeFormTest, AnUntouchedFormSendsNothing)
{
    const ChangeForm before = filed();
    ChangeForm now = before;
    now.cis = {3, 7}; // the same CIs in another order
    now.backoutPlan = u"  Hope for the best\n"_s; // the same text, spaced
    EXPECT_FALSE(now.updateFrom(before).has_value());
}

TEST(ChangeFormTest, OnlyTheChangedPlanCiAndRiskAreSent)
{
    const ChangeForm before = filed();
    ChangeForm now = before;
    now.backoutPlan = u" Restore last night's snapshot "_s;
    now.cis.append(12);
    now.risk.insert(u"tested"_s, 2);
    const auto params = now.updateFrom(before);
    ASSERT_TRUE(params.has_value());
    EXPECT_EQ(keysOf(*params), (QStringList {u"backout_plan"_s, u"cis"_s, u"risk"_s}));
    EXPECT_EQ(params->backoutPlan, std::optional(u"Restore last night's snapshot"_s));
    EXPECT_EQ(params->cis, std::optional(QList<qint64> {7, 3, 12}));
    EXPECT_EQ(params->risk->value(u"tested"_s), 2);
    EXPECT_EQ(params->risk->value(u"users_affected"_s), 1) << "risk replaces every answer";
}

TEST(ChangeFormTest, AnEmptiedPlanIsClearedAndAnUntickedScheduleNulled)
{
    const ChangeForm before = filed();
    ChangeForm now = before;
    now.testPlan = u"   "_s;
    now.plannedStart.reset();
    now.plannedEnd.reset();
    const auto params = now.updateFrom(before);
    ASSERT_TRUE(params.has_value());
    EXPECT_EQ(keysOf(*params),
              (QStringList {u"planned_end"_s, u"planned_start"_s, u"test_plan"_s}));
    EXPECT_EQ(params->testPlan, std::optional(QString()));
    EXPECT_TRUE(params->plannedStart.isNull());
    EXPECT_TRUE(params->plannedEnd.isNull());
}

TEST(ChangeFormTest, AMovedScheduleSendsBothEnds)
{
    const ChangeForm before = filed();
    ChangeForm now = before;
    now.plannedEnd = 8'200'000;
    const auto params = now.updateFrom(before);
    ASSERT_TRUE(params.has_value());
    EXPECT_EQ(keysOf(*params), (QStringList {u"planned_end"_s, u"planned_start"_s}));
    EXPECT_EQ(params->plannedStart.value, std::optional<qint64>(1'000'000));
    EXPECT_EQ(params->plannedEnd.value, std::optional<qint64>(8'200'000));
}

TEST(ChangeFormTest, TheKindGoesWithItsTemplateAndAStandardChangeSendsNoAnswers)
{
    const ChangeForm before = filed();
    ChangeForm now = before;
    now.kind = u"standard"_s;
    now.templateId = 5;
    now.risk.insert(u"tested"_s, 2); // hidden for a standard change: its template's level holds
    const auto params = now.updateFrom(before);
    ASSERT_TRUE(params.has_value());
    EXPECT_EQ(keysOf(*params), (QStringList {u"kind"_s, u"template"_s}));
    EXPECT_EQ(params->templateId.value, std::optional<qint64>(5));

    // Back to normal: no template, and the answers count again.
    ChangeForm normal = now;
    normal.kind = u"emergency"_s;
    const auto back = normal.updateFrom(now);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(keysOf(*back), (QStringList {u"kind"_s, u"risk"_s, u"template"_s}));
    EXPECT_TRUE(back->templateId.isNull());
}

TEST(ChangeFormTest, ANewChangeLeavesOutEmptyPlansAndAStandardChangesAnswers)
{
    ChangeForm form = filed();
    form.testPlan = u"  "_s;
    const api::ChangeCreateParams normal = form.createParams();
    EXPECT_FALSE(normal.testPlan.has_value());
    EXPECT_EQ(normal.backoutPlan, std::optional(u"Hope for the best"_s));
    EXPECT_TRUE(normal.risk.has_value());
    EXPECT_FALSE(normal.templateId.has_value());

    form.kind = u"standard"_s;
    form.templateId = 5;
    const api::ChangeCreateParams standard = form.createParams();
    EXPECT_EQ(standard.templateId, std::optional<qint64>(5));
    EXPECT_FALSE(standard.risk.has_value()) << "its template's risk level applies";
}

} // namespace
