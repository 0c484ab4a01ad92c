// Change management (issue 22, point 4) against the in-process server on both databases: risk
// from the questionnaire, field-named refusals, submission checks, the board chain (approved;
// rejected back to assessment), standard changes pre-approved, the post-implementation review
// before closing, incidents caused by a change.
#include "changefixture.h"

namespace frontline::test {
namespace {

TEST_P(ChangeTest, RiskLevelComesFromTheAnswers)
{
    Reply created = m_agent->call(u"change.create"_s,
                                  QJsonObject {{"title"_L1, u"Upgrade the database"_s},
                                               {"kind"_L1, u"normal"_s},
                                               {"risk"_L1,
                                                QJsonObject {{"users_affected"_L1, 3},
                                                             {"services_affected"_L1, 3},
                                                             {"tested"_L1, 2},
                                                             {"backout"_L1, 2},
                                                             {"done_before"_L1, 2}}}});
    ASSERT_TRUE(created.ok()) << created.describe();
    EXPECT_EQ(created.object().value("risk_score"_L1).toInt(), 14);
    EXPECT_EQ(created.object().value("risk_level"_L1).toString(), u"very_high"_s);
    EXPECT_EQ(created.object().value("status"_L1).toString(), u"new"_s);

    const qint64 id = created.object().value("id"_L1).toInteger();
    Reply low = m_agent->call(
        u"change.update"_s,
        QJsonObject {{"id"_L1, id},
                     {"risk"_L1, QJsonObject {{"users_affected"_L1, 1}, {"tested"_L1, 0}}}});
    ASSERT_TRUE(low.ok()) << low.describe();
    EXPECT_EQ(low.object().value("risk_score"_L1).toInt(), 1);
    EXPECT_EQ(low.object().value("risk_level"_L1).toString(), u"low"_s);

    Reply unanswered = m_agent->call(
        u"change.create"_s, QJsonObject {{"title"_L1, u"Later"_s}, {"kind"_L1, u"normal"_s}});
    ASSERT_TRUE(unanswered.ok()) << unanswered.describe();
    EXPECT_EQ(unanswered.object().value("risk_level"_L1).toString(), QString());

    // The questionnaire is the built-in one until change_risk is set.
    Reply questionnaire = m_agent->call(u"change.questionnaire"_s);
    ASSERT_TRUE(questionnaire.ok()) << questionnaire.describe();
    EXPECT_EQ(questionnaire.object().value("questions"_L1).toArray().size(), 5);
}

TEST_P(ChangeTest, RefusalsNameTheField)
{
    const auto refused = [&](const QJsonObject& params) {
        return m_agent->call(u"change.create"_s, params);
    };
    Reply r = refused(QJsonObject {
        {"title"_L1, u"x"_s}, {"kind"_L1, u"normal"_s}, {"risk"_L1, QJsonObject {{"nope"_L1, 0}}}});
    EXPECT_EQ(r.code(), InvalidParams);
    EXPECT_EQ(r.field(), u"risk.nope"_s);
    r = refused(QJsonObject {{"title"_L1, u"x"_s},
                             {"kind"_L1, u"normal"_s},
                             {"risk"_L1, QJsonObject {{"tested"_L1, 7}}}});
    EXPECT_EQ(r.field(), u"risk.tested"_s);
    r = refused(QJsonObject {{"title"_L1, u"x"_s},
                             {"kind"_L1, u"normal"_s},
                             {"planned_start"_L1, at(2)},
                             {"planned_end"_L1, at(1)}});
    EXPECT_EQ(r.field(), u"planned_end"_s);
    r = refused(QJsonObject {{"title"_L1, u"x"_s}, {"kind"_L1, u"standard"_s}});
    EXPECT_EQ(r.field(), u"template"_s);
    r = refused(
        QJsonObject {{"title"_L1, u"x"_s}, {"kind"_L1, u"normal"_s}, {"cis"_L1, ids({999})}});
    EXPECT_EQ(r.field(), u"cis[0]"_s);
    // Requesters never reach change management.
    createUser(u"rita"_s, u"requester"_s);
    EXPECT_EQ(connectAs(u"rita"_s)->call(u"change.questionnaire"_s).code(), Forbidden);
    // A bad questionnaire names the place inside the value.
    r = admin().call(u"config.set"_s,
                     QJsonObject {{"key"_L1, u"change_risk"_s},
                                  {"value"_L1, QJsonObject {{"questions"_L1, QJsonArray {}}}}});
    EXPECT_EQ(r.field(), u"value.questions"_s);
}

TEST_P(ChangeTest, SubmitNamesTheFirstMissingField)
{
    const qint64 server = ci(u"srv-db-01"_s, u"server"_s);
    Reply created = m_agent->call(u"change.create"_s,
                                  QJsonObject {{"title"_L1, u"Patch"_s}, {"kind"_L1, u"normal"_s}});
    ASSERT_TRUE(created.ok()) << created.describe();
    const qint64 id = created.object().value("id"_L1).toInteger();
    const auto submitField = [&] {
        const Reply r = m_agent->call(u"change.submit"_s, QJsonObject {{"id"_L1, id}});
        EXPECT_EQ(r.code(), InvalidParams) << r.describe();
        return r.field();
    };
    EXPECT_EQ(submitField(), u"implementation_plan"_s);
    update(id, QJsonObject {{"implementation_plan"_L1, u"a"_s}, {"backout_plan"_L1, u"b"_s}});
    EXPECT_EQ(submitField(), u"test_plan"_s);
    update(id, QJsonObject {{"test_plan"_L1, u"c"_s}});
    EXPECT_EQ(submitField(), u"risk.users_affected"_s);
    update(id, QJsonObject {{"risk"_L1, allLow()}});
    EXPECT_EQ(submitField(), u"planned_start"_s);
    update(id, QJsonObject {{"planned_start"_L1, at(1)}, {"planned_end"_L1, at(2)}});
    EXPECT_EQ(submitField(), u"cis"_s);
    update(id, QJsonObject {{"cis"_L1, ids({server})}});
    const Reply submitted = m_agent->call(u"change.submit"_s, QJsonObject {{"id"_L1, id}});
    ASSERT_TRUE(submitted.ok()) << submitted.describe();
    // No board configured and no "Change Advisory Board" group: a manager approves by hand.
    EXPECT_EQ(submitted.object().value("status"_L1).toString(), u"awaiting_approval"_s);
}

TEST_P(ChangeTest, TwoStepBoardApprovesOrRejectsBackToAssessment)
{
    const qint64 first = createUser(u"mona"_s, u"manager"_s);
    const qint64 second = createUser(u"mike"_s, u"manager"_s);
    Reply set = admin().call(
        u"config.set"_s,
        QJsonObject {
            {"key"_L1, u"change_approval"_s},
            {"value"_L1,
             QJsonObject {
                 {"normal"_L1,
                  QJsonArray {QJsonObject {{"kind"_L1, u"user"_s}, {"user"_L1, first}},
                              QJsonObject {{"kind"_L1, u"user"_s}, {"user"_L1, second}}}}}}});
    ASSERT_TRUE(set.ok()) << set.describe();
    auto mona = connectAs(u"mona"_s);
    auto mike = connectAs(u"mike"_s);
    const qint64 server = ci(u"srv-app-01"_s, u"server"_s);

    const qint64 approved = completeChange(u"Kernel update"_s, {server}, 1, 2);
    ASSERT_TRUE(submit(approved).ok());
    EXPECT_EQ(status(approved), u"awaiting_approval"_s);
    ASSERT_TRUE(decideFirst(*mona, approved, u"approve"_s).ok());
    EXPECT_EQ(status(approved), u"awaiting_approval"_s) << "the second step still waits";
    ASSERT_TRUE(decideFirst(*mike, approved, u"approve"_s).ok());
    EXPECT_EQ(status(approved), u"approved"_s);
    // Plans are frozen once approved; the schedule still moves.
    Reply frozen = m_agent->call(u"change.update"_s,
                                 QJsonObject {{"id"_L1, approved}, {"backout_plan"_L1, u"x"_s}});
    EXPECT_EQ(frozen.field(), u"backout_plan"_s);
    Reply moved = m_agent->call(
        u"change.update"_s,
        QJsonObject {{"id"_L1, approved}, {"planned_start"_L1, at(3)}, {"planned_end"_L1, at(4)}});
    EXPECT_TRUE(moved.ok()) << moved.describe();

    const qint64 rejected = completeChange(u"Risky update"_s, {server}, 5, 6);
    ASSERT_TRUE(submit(rejected).ok());
    ASSERT_TRUE(decideFirst(*mona, rejected, u"reject"_s, u"No back-out tested"_s).ok());
    EXPECT_EQ(status(rejected), u"assessment"_s) << "a rejection returns it to assessment";
}

TEST_P(ChangeTest, StandardChangeFromATemplateIsApprovedAtOnce)
{
    createUser(u"mona"_s, u"manager"_s);
    auto mona = connectAs(u"mona"_s);
    const qint64 printer = ci(u"prn-2f"_s, u"printer"_s);
    const QJsonObject params {{"name"_L1, u"Printer firmware"_s},
                              {"cis"_L1, ids({printer})},
                              {"implementation_plan"_L1, u"Flash firmware"_s},
                              {"backout_plan"_L1, u"Flash previous"_s},
                              {"test_plan"_L1, u"Print a test page"_s},
                              {"risk_level"_L1, u"low"_s}};
    Reply tmpl = mona->call(u"change.template.create"_s, params);
    ASSERT_TRUE(tmpl.ok()) << tmpl.describe();
    EXPECT_EQ(m_agent->call(u"change.template.create"_s, params).code(), Forbidden)
        << "templates are the managers'";
    Reply created = m_agent->call(u"change.create"_s,
                                  QJsonObject {{"title"_L1, u"Firmware 2F"_s},
                                               {"kind"_L1, u"standard"_s},
                                               {"template"_L1, tmpl.object().value("id"_L1)},
                                               {"planned_start"_L1, at(1)},
                                               {"planned_end"_L1, at(2)}});
    ASSERT_TRUE(created.ok()) << created.describe();
    const QJsonObject change = created.object();
    EXPECT_EQ(change.value("risk_level"_L1).toString(), u"low"_s);
    EXPECT_EQ(change.value("test_plan"_L1).toString(), u"Print a test page"_s);
    EXPECT_EQ(change.value("template_name"_L1).toString(), u"Printer firmware"_s);
    EXPECT_EQ(nodeIds(change.value("cis"_L1)), QList<qint64> {printer});
    const Reply submitted = submit(change.value("id"_L1).toInteger());
    ASSERT_TRUE(submitted.ok()) << submitted.describe();
    EXPECT_EQ(submitted.object().value("status"_L1).toString(), u"approved"_s);
    const Reply list = m_agent->call(u"change.template.list"_s);
    ASSERT_TRUE(list.ok()) << list.describe();
    EXPECT_EQ(list.items().size(), 1);
}

TEST_P(ChangeTest, ClosingNeedsThePostImplementationReview)
{
    createUser(u"mona"_s, u"manager"_s);
    auto mona = connectAs(u"mona"_s);
    const qint64 server = ci(u"srv-web-01"_s, u"server"_s);
    const qint64 id = completeChange(u"Web server patch"_s, {server}, 1, 2);
    ASSERT_TRUE(submit(id).ok());
    ASSERT_TRUE(transition(*mona, id, u"approved"_s).ok());
    ASSERT_TRUE(transition(*m_agent, id, u"implementing"_s).ok());
    EXPECT_EQ(m_agent
                  ->call(u"change.review"_s,
                         QJsonObject {{"id"_L1, id},
                                      {"outcome"_L1, u"successful"_s},
                                      {"notes"_L1, u"fine"_s}})
                  .code(),
              InvalidParams)
        << "the review follows the implementation";
    ASSERT_TRUE(transition(*m_agent, id, u"resolved"_s, u"Patched"_s).ok());
    const Reply refused = transition(*mona, id, u"closed"_s);
    EXPECT_EQ(refused.code(), Conflict) << refused.describe();
    EXPECT_EQ(refused.error->reason(), u"review_missing"_s);
    const Reply reviewed = m_agent->call(u"change.review"_s,
                                         QJsonObject {{"id"_L1, id},
                                                      {"outcome"_L1, u"successful_with_issues"_s},
                                                      {"notes"_L1, u"One restart needed"_s}});
    ASSERT_TRUE(reviewed.ok()) << reviewed.describe();
    EXPECT_EQ(reviewed.object().value("review"_L1).toObject().value("outcome"_L1).toString(),
              u"successful_with_issues"_s);
    EXPECT_TRUE(transition(*mona, id, u"closed"_s).ok());
}

TEST_P(ChangeTest, IncidentsCausedByAChangeAreLinkedBack)
{
    const qint64 server = ci(u"srv-mail"_s, u"server"_s);
    const qint64 id = completeChange(u"Mail relay swap"_s, {server}, 1, 2);
    createUser(u"ann"_s, u"requester"_s);
    auto ann = connectAs(u"ann"_s);
    const qint64 incident =
        createTicket(*ann,
                     QJsonObject {{"title"_L1, u"No mail since this morning"_s},
                                  {"description"_L1, u"Outlook says disconnected"_s}})
            .value("id"_L1)
            .toInteger();
    const Reply linked =
        m_agent->call(u"change.link_incidents"_s,
                      QJsonObject {{"change"_L1, id}, {"incidents"_L1, ids({incident})}});
    ASSERT_TRUE(linked.ok()) << linked.describe();
    EXPECT_EQ(nodeIds(linked.object().value("caused_incidents"_L1)), QList<qint64> {incident});
    // The incident's links name the change that caused it, for the agent's pane.
    const auto causedBy = [&] {
        const Reply links = m_agent->call(u"ticket.links"_s, QJsonObject {{"id"_L1, incident}});
        EXPECT_TRUE(links.ok()) << links.describe();
        for (const QJsonValue& link : links.items())
            if (link.toObject().value("kind"_L1) == u"caused_by_change"_s)
                return link.toObject().value("ticket"_L1).toObject().value("id"_L1).toInteger();
        return qint64(0);
    };
    EXPECT_EQ(causedBy(), id);
    const qint64 other = completeChange(u"Other"_s, {server}, 3, 4);
    EXPECT_EQ(m_agent
                  ->call(u"change.link_incidents"_s,
                         QJsonObject {{"change"_L1, other}, {"incidents"_L1, ids({incident})}})
                  .field(),
              u"incidents[0]"_s)
        << "an incident is caused by one change at most";
    const Reply unlinked =
        m_agent->call(u"change.unlink_incidents"_s,
                      QJsonObject {{"change"_L1, id}, {"incidents"_L1, ids({incident})}});
    ASSERT_TRUE(unlinked.ok()) << unlinked.describe();
    EXPECT_TRUE(unlinked.object().value("caused_incidents"_L1).toArray().isEmpty());
    EXPECT_EQ(causedBy(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ChangeTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
} // namespace frontline::test
