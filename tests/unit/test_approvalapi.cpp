// The approval chain's steps (issue 21): the JSON shape the catalog stores and approval.request
// takes, each refusal naming the field inside the chain; the reminder / escalation settings;
// the decision words of a mail reply.
#include "api/approvalapi.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;

namespace {

QJsonValue parseJson(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).array();
}

std::pair<QString, QString> approvalProblemOf(const char* text)
{
    auto parsed = parseApprovalSteps(parseJson(text));
    EXPECT_FALSE(parsed.ok()) << text;
    return parsed.ok() ? std::pair<QString, QString>() : parsed.error();
}

TEST(ApprovalSteps, TheThreeKindsRoundTrip)
{
    auto parsed = parseApprovalSteps(parseJson(
        R"([{"kind":"manager"},{"kind":"user","user":7},{"kind":"group","group":3,"rule":"n","n":2},{"kind":"group","group":4}])"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().first.toStdString();
    ASSERT_EQ(parsed->size(), 4);
    EXPECT_EQ(parsed->at(1).user, 7);
    EXPECT_EQ(parsed->at(2).rule, ApprovalStep::Rule::N);
    EXPECT_EQ(parsed->at(2).n, 2);
    EXPECT_EQ(parsed->at(3).rule, ApprovalStep::Rule::Any) << "any is the default rule";
    auto again = parseApprovalSteps(approvalStepsJson(*parsed));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *parsed);
}

TEST(ApprovalSteps, RefusalsNameTheFieldInsideTheChain)
{
    EXPECT_EQ(approvalProblemOf(R"([{"kind":"manager"},{"kind":"group"}])").first,
              u"approvals[1].group"_s);
    EXPECT_EQ(approvalProblemOf(R"([{"kind":"boss"}])").first, u"approvals[0].kind"_s);
    EXPECT_EQ(approvalProblemOf(R"([{"kind":"user"}])").first, u"approvals[0].user"_s);
    EXPECT_EQ(approvalProblemOf(R"([{"kind":"group","group":1,"rule":"most"}])").first,
              u"approvals[0].rule"_s);
    EXPECT_EQ(approvalProblemOf(R"([{"kind":"group","group":1,"rule":"n"}])").first,
              u"approvals[0].n"_s);
    EXPECT_EQ(approvalProblemOf(R"([{"kind":"group","group":1,"rule":"any","n":2}])").first,
              u"approvals[0].n"_s);
    EXPECT_EQ(approvalProblemOf(R"([{"kind":"manager","user":4}])").first, u"approvals[0].user"_s)
        << "a field the kind does not take";
    EXPECT_EQ(approvalProblemOf(R"([{"kind":"user","user":-3}])").first, u"approvals[0].user"_s);
}

TEST(ApprovalSteps, RequestParamsNameTheStep)
{
    auto missing = ApprovalRequestParams::fromJson(QJsonObject {{"ticket"_L1, 1}});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field(), u"steps"_s);
    auto bad = ApprovalRequestParams::fromJson(
        QJsonObject {{"ticket"_L1, 1},
                     {"steps"_L1,
                      QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}},
                                  QJsonObject {{"kind"_L1, u"group"_s}}}}});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field(), u"steps[1].group"_s);
    auto empty = ApprovalRequestParams::fromJson(
        QJsonObject {{"ticket"_L1, 1}, {"steps"_L1, QJsonArray {}}});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().field(), u"steps"_s);
}

TEST(ApprovalSteps, RejectingNeedsAComment)
{
    auto bare =
        ApprovalDecideParams::fromJson(QJsonObject {{"id"_L1, 4}, {"decision"_L1, u"reject"_s}});
    ASSERT_FALSE(bare.ok());
    EXPECT_EQ(bare.error().field(), u"comment"_s);
    EXPECT_TRUE(
        ApprovalDecideParams::fromJson(QJsonObject {{"id"_L1, 4}, {"decision"_L1, u"approve"_s}})
            .ok());
}

TEST(ApprovalSettingsTest, EscalationWaitsLongerThanTheReminder)
{
    auto ok = ApprovalSettings::parse(QJsonObject {
        {"remind_after_minutes"_L1, 30}, {"escalate_after_minutes"_L1, 90}, {"escalate_to"_L1, 5}});
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->escalateTo, 5);
    auto backwards = ApprovalSettings::parse(
        QJsonObject {{"remind_after_minutes"_L1, 90}, {"escalate_after_minutes"_L1, 30}});
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().first, u"escalate_after_minutes"_s);
    auto unknown = ApprovalSettings::parse(QJsonObject {{"remind"_L1, 1}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().first, u"remind"_s);
}

TEST(ApprovalMail, DecisionWordsInThreeLanguages)
{
    EXPECT_EQ(decisionWord(u"Approve"_s), true);
    EXPECT_EQ(decisionWord(u"genehmigen"_s), true);
    EXPECT_EQ(decisionWord(u"approuver"_s), true);
    EXPECT_EQ(decisionWord(u"REJECT"_s), false);
    EXPECT_EQ(decisionWord(u"ablehnen"_s), false);
    EXPECT_EQ(decisionWord(u"rejeter"_s), false);
    EXPECT_FALSE(decisionWord(u"maybe"_s).has_value());
}

} // namespace
