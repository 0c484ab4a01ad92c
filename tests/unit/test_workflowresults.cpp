// The workflow vocabulary in shared/workflow and the typed results of workflow.get and config.*:
// each survives its wire form, the wire form is pinned, a lifecycle's problems name their field,
// and the server's rule validation accepts exactly the vocabulary the client's editor offers.
#include "api/workflowapi.h"
#include "testhelpers.h"
#include "workflow/rule.h"
#include "workflow/workflowconfig.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server;
using namespace Qt::StringLiterals;
using frontline::test::compactJson;
using frontline::test::jsonObject;

namespace {

// new -> doing -> done, with a note to finish.
const char* SmallLifecycle =
    R"({"initial":"new","states":[{"label":"New","name":"new","open":true},)"
    R"({"label":"Doing","name":"doing","open":true,"pauses_sla":true},)"
    R"({"label":"Done","name":"done","open":false,"resolved":true}],)"
    R"("transitions":[{"from":["new"],"label":"Start","on":"assign","requires":["assignee"],)"
    R"("roles":["agent"],"to":"doing"},)"
    R"({"from":["doing","new"],"label":"Finish","requires":["note"],"roles":["agent","admin"],)"
    R"("to":"done"}]})";

QString problemOf(const char* lifecycle)
{
    const auto parsed = Lifecycle::fromJson(jsonObject(lifecycle));
    if (!parsed)
        return parsed.error().first;
    const auto design = parsed->checkDesign();
    return design ? design->first : QString();
}

} // namespace

TEST(WorkflowResults, ALifecycleKeepsItsWireShape)
{
    const auto lifecycle = Lifecycle::fromJson(jsonObject(SmallLifecycle));
    ASSERT_TRUE(lifecycle.ok()) << lifecycle.error().second.toStdString();
    EXPECT_EQ(compactJson(lifecycle->toJson()), QByteArray(SmallLifecycle));
    EXPECT_EQ(*Lifecycle::fromJson(lifecycle->toJson()), *lifecycle);
    const LifecycleState* doing = lifecycle->state(u"doing"_s);
    ASSERT_NE(doing, nullptr);
    EXPECT_TRUE(doing->pausesSla);
    EXPECT_EQ(lifecycle->offered(u"new"_s, Role::Agent).size(), 2);
    EXPECT_TRUE(lifecycle->offered(u"new"_s, Role::Requester).isEmpty());
}

TEST(WorkflowResults, WorkflowGetSurvivesARoundTripAndKeepsItsKeys)
{
    const WorkflowConfig& defaults = WorkflowConfig::defaults();
    const api::WorkflowSnapshot snapshot {defaults.lifecycles, defaults.priorityMatrix,
                                          defaults.slaTargets};
    const QJsonObject json = snapshot.toJson();
    EXPECT_EQ(json.keys(), (QStringList {u"lifecycles"_s, u"priority_matrix"_s, u"sla_targets"_s}));
    for (const QString& key : json.keys())
        EXPECT_EQ(json.value(key).toObject(), defaults.toJson(key)) << key.toStdString();
    EXPECT_EQ(api::WorkflowSnapshot::fromJson(json), snapshot);
    // A client reading a newer server's answer keeps what it understands.
    QJsonObject newer = json;
    QJsonObject lifecycles = newer.value("lifecycles"_L1).toObject();
    lifecycles.insert(u"release"_s, QJsonObject {});
    newer.insert(u"lifecycles"_s, lifecycles);
    newer.insert(u"approvals"_s, QJsonObject {});
    EXPECT_EQ(api::WorkflowSnapshot::fromJson(newer), snapshot);
    const auto empty = api::WorkflowSnapshot::fromJson(QJsonValue());
    EXPECT_TRUE(empty.lifecycles.of(TicketType::Incident).states().isEmpty());
    EXPECT_EQ(empty.priorityMatrix.priority(Level::High, Level::High), 3);
}

TEST(WorkflowResults, ConfigValueKeepsItsWireShape)
{
    const api::ConfigValue value {u"priority_matrix"_s,
                                  WorkflowConfig::defaults().toJson(u"priority_matrix"_s)};
    EXPECT_EQ(api::ConfigValue::fromJson(value.toJson()), value);
    EXPECT_EQ(
        compactJson(value.toJson()),
        QByteArray(
            R"({"key":"priority_matrix","value":{"high":{"high":1,"low":3,"medium":2},)"
            R"("low":{"high":3,"low":5,"medium":4},"medium":{"high":2,"low":4,"medium":3}}})"));
}

TEST(WorkflowResults, ALifecycleProblemNamesItsField)
{
    EXPECT_EQ(problemOf(R"({"initial":"new","states":[]})"), u"states"_s);
    EXPECT_EQ(problemOf(R"({"initial":"new","states":[{"name":"new"},{"name":"New"}]})"),
              u"states[1].name"_s);
    EXPECT_EQ(problemOf(R"({"initial":"new","states":[{"name":"new"},{"name":"new"}]})"),
              u"states[1].name"_s);
    EXPECT_EQ(problemOf(R"({"initial":"old","states":[{"name":"new"}]})"), u"initial"_s);
    EXPECT_EQ(problemOf(R"({"initial":"new","states":[{"name":"new"},{"name":"done","open":false}],
        "transitions":[{"from":["new"],"to":"gone","roles":["agent"]}]})"),
              u"transitions[0].to"_s);
    EXPECT_EQ(problemOf(R"({"initial":"new","states":[{"name":"new"},{"name":"done","open":false}],
        "transitions":[{"from":["nowhere"],"to":"done","roles":["agent"]}]})"),
              u"transitions[0].from"_s);
    EXPECT_EQ(problemOf(R"({"initial":"new","states":[{"name":"new"},{"name":"done","open":false}],
        "transitions":[{"from":["new"],"to":"done","roles":["agent","wizard"]}]})"),
              u"transitions[0].roles[1]"_s);
    EXPECT_EQ(problemOf(R"({"initial":"new","states":[{"name":"new"},{"name":"done","open":false}],
        "transitions":[{"from":["new"],"to":"done","roles":[]}]})"),
              u"transitions[0].roles"_s);
    // The design checks: every state reachable, one that ends the work.
    EXPECT_EQ(problemOf(R"({"initial":"new","states":[{"name":"new"},{"name":"done","open":false},
        {"name":"limbo"}],"transitions":[{"from":["new"],"to":"done","roles":["agent"]}]})"),
              u"states[2].name"_s);
    EXPECT_EQ(problemOf(R"({"initial":"new","states":[{"name":"new"},{"name":"busy"}],
        "transitions":[{"from":["new"],"to":"busy","roles":["agent"]}]})"),
              u"states"_s);
    EXPECT_EQ(problemOf(SmallLifecycle), QString());
    EXPECT_FALSE(WorkflowConfig::defaults().lifecycles.checkDesign().has_value())
        << "the shipped lifecycles are usable as they are";
}

TEST(WorkflowResults, ALifecycleSetNamesTheTypeAndTheField)
{
    QJsonObject all = WorkflowConfig::defaultJson(u"lifecycles"_s);
    all.insert(u"problem"_s,
               jsonObject(R"({"initial":"new","states":[{"name":"new"},{"name":"new"}]})"));
    const auto set = LifecycleSet::fromJson(all);
    ASSERT_FALSE(set.ok());
    EXPECT_EQ(set.error().first, u"problem.states[1].name"_s);
    const auto config = WorkflowConfig::with(WorkflowConfig::defaults(), u"lifecycles"_s, all);
    ASSERT_FALSE(config.ok());
    EXPECT_EQ(config.error().first, u"problem.states[1].name"_s);
}

// The rule editor offers ruleschema's lists; the engine must accept every combination they allow
// and refuse what they do not.
TEST(WorkflowResults, TheEngineAcceptsExactlyTheRuleVocabulary)
{
    const auto conditionField = [](const QString& field, const QString& op) {
        QJsonObject condition {{"field"_L1, field}, {"op"_L1, op}};
        const ruleschema::Field* spec = ruleschema::field(field);
        const QJsonValue one = spec->kind == ruleschema::ValueKind::Number ? QJsonValue(1)
            : spec->kind == ruleschema::ValueKind::Ref                     ? QJsonValue(7)
            : spec->kind == ruleschema::ValueKind::Flag                    ? QJsonValue(true)
                                                                           : QJsonValue(u"x"_s);
        if (ruleschema::takesList(op))
            condition.insert("value"_L1, QJsonArray {one});
        else if (ruleschema::takesValue(op))
            condition.insert("value"_L1, one);
        const QJsonObject rule {
            {"name"_L1, u"r"_s},
            {"trigger"_L1, QJsonObject {{"event"_L1, u"created"_s}}},
            {"conditions"_L1, QJsonArray {condition}},
            {"actions"_L1, QJsonArray {QJsonObject {{"type"_L1, u"escalate"_s}}}}};
        const auto parsed = Rule::fromJson(rule);
        return parsed ? QString() : parsed.error().first;
    };
    for (const QString& field : ruleschema::fieldNames()) {
        for (const QString& op : ruleschema::operatorNames()) {
            const bool offered = ruleschema::operators(field).contains(op);
            EXPECT_EQ(conditionField(field, op), offered ? QString() : u"conditions[0].op"_s)
                << field.toStdString() << " " << op.toStdString();
        }
    }
    for (const QString& event : ruleschema::events())
        EXPECT_TRUE(ruleEventFromString(event).has_value()) << event.toStdString();
    for (const QString& type : ruleschema::actionTypes()) {
        const auto parsed =
            Rule::fromJson({{"name"_L1, u"r"_s},
                            {"trigger"_L1, QJsonObject {{"event"_L1, u"created"_s}}},
                            {"actions"_L1, QJsonArray {QJsonObject {{"type"_L1, type}}}}});
        // Each known type is accepted as a type: what it then misses is one of its own fields.
        if (!parsed) {
            EXPECT_NE(parsed.error().first, u"actions[0].type"_s) << type.toStdString();
        }
    }
}
