#include "printers.h"
#include "testhelpers.h"
#include "workflow/workflowconfig.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server;
using namespace Qt::StringLiterals;
using frontline::test::jsonObject;
using frontline::test::Minute;

namespace { } // namespace

TEST(PriorityMatrix, DefaultsFollowItil)
{
    const PriorityMatrix& matrix = WorkflowConfig::defaults().priorityMatrix;
    EXPECT_EQ(matrix.priority(Level::High, Level::High), 1);
    EXPECT_EQ(matrix.priority(Level::High, Level::Low), 3);
    EXPECT_EQ(matrix.priority(Level::Medium, Level::Medium), 3);
    EXPECT_EQ(matrix.priority(Level::Low, Level::High), 3);
    EXPECT_EQ(matrix.priority(Level::Low, Level::Low), 5);
}

TEST(PriorityMatrix, IsConfigurationValidatedOnChange)
{
    auto custom = WorkflowConfig::with(WorkflowConfig::defaults(), u"priority_matrix"_s,
                                       jsonObject(R"({"high": {"high": 1, "medium": 1, "low": 2},
                                                "medium": {"high": 2, "medium": 3, "low": 3},
                                                "low": {"high": 4, "medium": 4, "low": 5}})"));
    ASSERT_TRUE(custom.ok()) << custom.error().second.toStdString();
    EXPECT_EQ(custom->priorityMatrix.priority(Level::High, Level::Medium), 1);
    EXPECT_FALSE(WorkflowConfig::with(WorkflowConfig::defaults(), u"priority_matrix"_s,
                                      jsonObject(R"({"high": {"high": 0}})"))
                     .ok());
    EXPECT_FALSE(WorkflowConfig::with(WorkflowConfig::defaults(), u"priority_matrix"_s,
                                      jsonObject(R"({"high": {"high": 1, "medium": 1, "low": 2},
                                               "medium": {"high": 2, "medium": 3, "low": 3},
                                               "low": {"high": 4, "medium": 4, "low": 6}})"))
                     .ok());
}

TEST(Lifecycle, IncidentTransitionsAreGuarded)
{
    const Lifecycle& incident = WorkflowConfig::defaults().lifecycles.of(TicketType::Incident);
    EXPECT_EQ(incident.initial(), u"new"_s);
    const LifecycleTransition* resolve = incident.find(u"in_progress"_s, u"resolved"_s);
    ASSERT_NE(resolve, nullptr);
    EXPECT_TRUE(resolve->guards.contains(Guard::Note)) << "resolving needs a resolution note";
    EXPECT_FALSE(resolve->roles.contains(Role::Requester));
    const LifecycleTransition* reopen = incident.find(u"resolved"_s, u"in_progress"_s);
    ASSERT_NE(reopen, nullptr);
    EXPECT_TRUE(reopen->roles.contains(Role::Requester)) << "requesters reopen their tickets";
    EXPECT_EQ(incident.find(u"closed"_s, u"in_progress"_s), nullptr) << "closed is final";
    EXPECT_EQ(incident.find(u"new"_s, u"closed"_s), nullptr);
    ASSERT_NE(incident.automatic(u"new"_s, u"assign"_s), nullptr);
    EXPECT_EQ(incident.automatic(u"new"_s, u"assign"_s)->to, u"assigned"_s);
    EXPECT_TRUE(incident.state(u"pending"_s)->pausesSla);
    EXPECT_FALSE(incident.state(u"resolved"_s)->open);
    EXPECT_TRUE(incident.state(u"resolved"_s)->resolved);
}

TEST(Lifecycle, EveryTypeHasOne)
{
    for (TicketType type : {TicketType::Incident, TicketType::ServiceRequest, TicketType::Problem,
                            TicketType::Change, TicketType::Task}) {
        const Lifecycle& lifecycle = WorkflowConfig::defaults().lifecycles.of(type);
        EXPECT_TRUE(lifecycle.hasState(lifecycle.initial()));
        EXPECT_FALSE(lifecycle.transitions().isEmpty());
    }
    const Lifecycle& request = WorkflowConfig::defaults().lifecycles.of(TicketType::ServiceRequest);
    const LifecycleTransition* approve = request.find(u"awaiting_approval"_s, u"approved"_s);
    ASSERT_NE(approve, nullptr);
    EXPECT_FALSE(approve->roles.contains(Role::Agent)) << "approvals are for managers";
}

// A site's lifecycles saved before fulfilment tasks existed still load: tasks get the built-in
// lifecycle.
TEST(Lifecycle, StoredLifecyclesWithoutTasksGetTheBuiltInOne)
{
    QJsonObject stored = WorkflowConfig::defaultJson(u"lifecycles"_s);
    stored.remove(u"task"_s);
    const auto loaded = WorkflowConfig::with(WorkflowConfig::defaults(), u"lifecycles"_s, stored);
    ASSERT_TRUE(loaded.ok());
    const Lifecycle& task = loaded->lifecycles.of(TicketType::Task);
    EXPECT_EQ(task.initial(), u"new"_s);
    ASSERT_NE(task.state(u"resolved"_s), nullptr);
    EXPECT_TRUE(task.state(u"resolved"_s)->resolved);
    EXPECT_NE(task.find(u"in_progress"_s, u"cancelled"_s), nullptr);
}

TEST(Lifecycle, InvalidDefinitionsAreRefusedWithAReason)
{
    const auto check = [](const char* incident) {
        QJsonObject all = WorkflowConfig::defaultJson(u"lifecycles"_s);
        all.insert(u"incident"_s, jsonObject(incident));
        return LifecycleSet::fromJson(all);
    };
    EXPECT_FALSE(
        check(R"({"initial": "nope", "states": [{"name": "new"}], "transitions": []})").ok());
    EXPECT_FALSE(
        check(
            R"({"initial": "new", "states": [{"name": "new"}, {"name": "new"}], "transitions": []})")
            .ok());
    EXPECT_FALSE(
        check(R"({"initial": "new", "states": [{"name": "new"}, {"name": "done", "open": false}],
                          "transitions": [{"from": ["new"], "to": "gone", "roles": ["agent"]}]})")
            .ok());
    EXPECT_FALSE(
        check(R"({"initial": "new", "states": [{"name": "new"}, {"name": "done", "open": false}],
                          "transitions": [{"from": ["new"], "to": "done", "roles": ["wizard"]}]})")
            .ok());
    EXPECT_FALSE(
        check(R"({"initial": "new", "states": [{"name": "new"}, {"name": "done", "open": false}],
                          "transitions": [{"from": ["new"], "to": "done", "roles": ["agent"], "requires": ["coffee"]}]})")
            .ok());
    const auto ok =
        check(R"({"initial": "new", "states": [{"name": "new"}, {"name": "done", "open": false}],
                             "transitions": [{"from": ["new"], "to": "done", "roles": ["agent"]}]})");
    EXPECT_TRUE(ok.ok()) << ok.error().second.toStdString();
    QJsonObject missing = WorkflowConfig::defaultJson(u"lifecycles"_s);
    missing.remove(u"change"_s);
    EXPECT_FALSE(LifecycleSet::fromJson(missing).ok());
}

TEST(Lifecycle, SurvivesAJsonRoundTrip)
{
    const LifecycleSet& defaults = WorkflowConfig::defaults().lifecycles;
    const auto again = LifecycleSet::fromJson(defaults.toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->toJson(), defaults.toJson());
}

TEST(SlaState, FollowsTheClock)
{
    SlaClockInput in;
    in.createdAt = 0;
    in.responseDue = 60 * Minute;
    in.resolveDue = 480 * Minute;
    EXPECT_EQ(slaState(in, 10 * Minute), u"on_track"_s);
    EXPECT_EQ(slaState(in, 50 * Minute), u"at_risk"_s)
        << "under a quarter of the response window left";
    EXPECT_EQ(slaState(in, 60 * Minute), u"at_risk"_s) << "due now is not breached yet";
    EXPECT_EQ(slaState(in, 60 * Minute + 1), u"breached"_s) << "breach right after the due instant";
    in.firstResponseAt = 30 * Minute;
    EXPECT_EQ(slaState(in, 100 * Minute), u"on_track"_s);
    EXPECT_EQ(slaState(in, 400 * Minute), u"at_risk"_s);
    EXPECT_EQ(slaState(in, 480 * Minute + 1), u"breached"_s);
}

TEST(SlaState, PausedMetAndBreachedAfterTheFact)
{
    SlaClockInput in;
    in.createdAt = 0;
    in.responseDue = 60 * Minute;
    in.resolveDue = 480 * Minute;
    in.firstResponseAt = 10 * Minute;
    in.pausedAt = 100 * Minute;
    EXPECT_EQ(slaState(in, 1000 * Minute), u"paused"_s)
        << "no breach while waiting on the requester";
    in.pausedAt.reset();
    in.open = false;
    in.resolvedState = true;
    in.resolvedAt = 300 * Minute;
    EXPECT_EQ(slaState(in, 2000 * Minute), u"met"_s);
    in.resolvedAt = 500 * Minute;
    EXPECT_EQ(slaState(in, 2000 * Minute), u"breached"_s);
    in.resolvedAt = 300 * Minute;
    in.firstResponseAt = 70 * Minute;
    EXPECT_EQ(slaState(in, 2000 * Minute), u"breached"_s) << "a late first response stays a breach";
}

TEST(SlaTargets, DefaultsAreStricterForHigherPriorities)
{
    const SlaTargets& targets = WorkflowConfig::defaults().slaTargets;
    for (int priority = 1; priority < 5; ++priority) {
        EXPECT_LT(targets.forPriority(priority).responseMinutes,
                  targets.forPriority(priority + 1).responseMinutes);
        EXPECT_LT(targets.forPriority(priority).resolveMinutes,
                  targets.forPriority(priority + 1).resolveMinutes);
    }
    EXPECT_FALSE(
        SlaTargets::fromJson(jsonObject(R"({"1": {"response_minutes": 10, "resolve_minutes": 5}})"))
            .ok());
}
