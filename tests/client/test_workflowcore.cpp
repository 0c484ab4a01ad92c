// The client core's reading of the workflow against a real server: what WorkflowInfo offers a
// user for a ticket, the rule editor's form and its round trip through the server, and the
// lifecycle editor (checks before sending, the server's refusal named on its field, and a
// saved lifecycle that tickets then follow).
#include "client/core/admin/lifecycleeditor.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/ruleform.h"
#include "client/core/session.h"
#include "client/core/usersearch.h"
#include "coreclient.h"
#include "serverfixture.h"
#include "workflow/ruleschema.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

using Client = CoreClient;

class WorkflowCoreTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        createUser(u"alex"_s, u"agent"_s);
        rita = connectAs(u"rita"_s);
    }

    Ticket newTicket(const QString& type = u"incident"_s)
    {
        return Ticket::fromJson(createTicket(
            *rita, {{"title"_L1, u"VPN drops"_s}, {"description"_L1, u"d"_s}, {"type"_L1, type}}));
    }

    std::unique_ptr<TestClient> rita;
};

QStringList targets(const QList<WorkflowInfo::Transition>& transitions)
{
    QStringList to;
    for (const WorkflowInfo::Transition& t : transitions)
        to << t.to;
    return to;
}

// What the lifecycle editor reports, collected (until this goes out of scope).
struct Outcome
{
    explicit Outcome(LifecycleEditor& editor)
    {
        QObject::connect(&editor, &LifecycleEditor::saved, &context, [this] { saved = true; });
        QObject::connect(&editor, &LifecycleEditor::refused, &context,
                         [this](const QString& f, const QString& m) {
                             refused = true;
                             field = f;
                             message = m;
                         });
    }
    bool done() const { return saved || refused; }
    QObject context;
    bool saved = false;
    bool refused = false;
    QString field;
    QString message;
};

} // namespace

TEST_P(WorkflowCoreTest, WorkflowInfoOffersWhatTheLifecycleAllowsTheRole)
{
    Client alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    const WorkflowInfo& workflow = alex.directory.workflow();
    ASSERT_TRUE(workflow.isLoaded());
    const Ticket ticket = newTicket();
    ASSERT_EQ(ticket.status, u"new"_s);

    const QList<WorkflowInfo::Transition> agent = workflow.transitionsFor(ticket, Role::Agent);
    EXPECT_EQ(targets(agent),
              (QStringList {u"assigned"_s, u"in_progress"_s, u"resolved"_s, u"cancelled"_s}))
        << "merging happens on its own, not from a button";
    const auto start = std::find_if(agent.begin(), agent.end(),
                                    [](const auto& t) { return t.to == u"in_progress"_s; });
    EXPECT_EQ(start->label, u"Start work"_s);
    EXPECT_TRUE(start->needsAssignee);
    EXPECT_FALSE(start->needsNote);
    const QList<WorkflowInfo::Transition> requester =
        workflow.transitionsFor(ticket, Role::Requester);
    EXPECT_EQ(targets(requester), QStringList {u"cancelled"_s});
    EXPECT_TRUE(requester.first().needsNote);

    EXPECT_EQ(workflow.stateLabel(TicketType::ServiceRequest, u"resolved"_s), u"Fulfilled"_s);
    EXPECT_EQ(workflow.stateLabel(TicketType::Incident, u"unheard_of"_s), u"unheard_of"_s);
    EXPECT_FALSE(workflow.isOpenState(TicketType::Incident, u"closed"_s));
    EXPECT_TRUE(workflow.isOpenState(TicketType::Incident, u"pending"_s));
    EXPECT_TRUE(workflow.allStates().contains(u"awaiting_approval"_s));
    EXPECT_EQ(workflow.allStates().count(u"new"_s), 1);
    EXPECT_EQ(workflow.priorityFor(Level::High, Level::High), 1);

    // The matrix changes on the server: the new-ticket form's priority follows after a refresh.
    const Reply set = admin().call(
        u"config.set"_s,
        QJsonObject {
            {"key"_L1, u"priority_matrix"_s},
            {"value"_L1,
             QJsonObject {
                 {"high"_L1, QJsonObject {{"high"_L1, 2}, {"medium"_L1, 2}, {"low"_L1, 3}}},
                 {"medium"_L1, QJsonObject {{"high"_L1, 2}, {"medium"_L1, 3}, {"low"_L1, 4}}},
                 {"low"_L1, QJsonObject {{"high"_L1, 3}, {"medium"_L1, 4}, {"low"_L1, 5}}}}}});
    ASSERT_TRUE(set.ok()) << set.describe();
    alex.directory.refresh();
    ASSERT_TRUE(waitUntil([&] { return workflow.priorityFor(Level::High, Level::High) == 2; }));
}

TEST(RuleFormTest, OffersTheRuleVocabularyAndNamesPathsInWords)
{
    EXPECT_EQ(RuleForm::fields(), ruleschema::fieldNames());
    EXPECT_EQ(RuleForm::events(), ruleschema::events());
    EXPECT_EQ(RuleForm::actionTypes(), ruleschema::actionTypes());
    EXPECT_EQ(RuleForm::operators(u"tags"_s),
              (QStringList {u"contains"_s, u"not_contains"_s, u"changed"_s}));
    EXPECT_TRUE(RuleForm::operators(u"priority"_s).contains(u"gte"_s));
    EXPECT_FALSE(RuleForm::operators(u"title"_s).contains(u"gte"_s));
    // A new row shows the first field, and its operators.
    EXPECT_EQ(RuleForm::operators(QString()), RuleForm::operators(RuleForm::fields().first()));
    EXPECT_FALSE(RuleForm::takesValue(u"is_set"_s));
    EXPECT_TRUE(RuleForm::takesValue(u"in"_s));
    EXPECT_EQ(RuleForm::describePath(u"conditions[1].op"_s), u"Condition 2, operator"_s);
    EXPECT_EQ(RuleForm::describePath(u"actions[0].to"_s), u"Action 1, target"_s);
    EXPECT_EQ(RuleForm::describePath(u"trigger.after_minutes"_s), u"Trigger"_s);
    EXPECT_EQ(RuleForm::describePath(u"name"_s), u"Name"_s);
}

TEST(RuleFormTest, WritesValuesAsTheServerExpectsThem)
{
    RuleForm form;
    form.name = u"  Spaces trimmed  "_s;
    form.conditions = {{u"priority"_s, u"in"_s, u"1, 2"_s},
                       {u"title"_s, u"contains"_s, u" 42 "_s},
                       {u"assignee"_s, u"is_not_set"_s, u"ignored"_s}};
    form.actions = {{u"notify"_s, u"user:7"_s, u"Look"_s}, {u"escalate"_s, {}, {}}};
    const QJsonObject definition = form.definition();
    EXPECT_EQ(definition.value("name"_L1).toString(), u"Spaces trimmed"_s);
    EXPECT_EQ(definition.value("trigger"_L1).toObject(),
              (QJsonObject {{"event"_L1, u"created"_s}}));
    const QJsonArray conditions = definition.value("conditions"_L1).toArray();
    EXPECT_EQ(conditions.at(0).toObject().value("value"_L1), (QJsonArray {1, 2}));
    EXPECT_EQ(conditions.at(1).toObject().value("value"_L1), u"42"_s) << "text stays text";
    EXPECT_FALSE(conditions.at(2).toObject().contains("value"_L1));
    const QJsonArray actions = definition.value("actions"_L1).toArray();
    EXPECT_EQ(actions.at(0).toObject(),
              (QJsonObject {{"type"_L1, u"notify"_s},
                            {"to"_L1, u"user"_s},
                            {"user"_L1, 7},
                            {"message"_L1, u"Look"_s}}));
    EXPECT_EQ(actions.at(1).toObject().value("kind"_L1), u"functional"_s);
}

TEST_P(WorkflowCoreTest, ARuleFormSurvivesTheServer)
{
    const qint64 group = createGroup(u"Network"_s, 2);
    RuleForm form;
    form.name = u"Chase quiet network tickets"_s;
    form.event = u"time"_s;
    form.anchor = u"status_changed"_s;
    form.afterMinutes = 90;
    form.businessHours = true;
    form.matchAll = false;
    form.conditions = {{u"priority"_s, u"lte"_s, u"2"_s},
                       {u"tags"_s, u"contains"_s, u"vpn"_s},
                       {u"group"_s, u"in"_s, QString::number(group)},
                       {u"assignee"_s, u"is_set"_s, {}}};
    form.actions = {{u"set_field"_s, u"group"_s, QString::number(group)},
                    {u"assign"_s, u"group"_s, {}},
                    {u"escalate"_s, u"hierarchical"_s, {}},
                    {u"add_tag"_s, {}, u"chased"_s},
                    {u"note"_s, {}, u"Still quiet?"_s},
                    {u"notify"_s, u"group:"_s + QString::number(group), u"Quiet ticket"_s}};
    const Reply created = admin().call(u"rule.create"_s, form.definition());
    ASSERT_TRUE(created.ok()) << created.describe();
    const Reply listed = admin().call(u"rule.list"_s);
    ASSERT_TRUE(listed.ok()) << listed.describe();
    const QJsonArray rules = listed.object().value("rules"_L1).toArray();
    ASSERT_EQ(rules.size(), 1);
    RuleForm back = RuleForm::fromJson(rules.first().toObject());
    EXPECT_EQ(back.id, created.object().value("id"_L1).toInteger());
    back.id = 0;
    EXPECT_EQ(back, form);

    form.conditions = {{u"impact"_s, u"gt"_s, u"7"_s}};
    const Reply refused = admin().call(u"rule.create"_s, form.definition());
    EXPECT_EQ(refused.field(), u"conditions[0].value"_s);
    EXPECT_EQ(RuleForm::describePath(refused.field()), u"Condition 1, value"_s);
}

TEST_P(WorkflowCoreTest, TheLifecycleEditorChecksSavesAndShowsTheServersRefusal)
{
    createUser(u"ada"_s, u"admin"_s);
    Client ada(server().port());
    ASSERT_TRUE(ada.login(u"ada"_s));
    LifecycleEditor editor(ada.session);
    editor.reload();
    ASSERT_TRUE(waitUntil([&] { return editor.isLoaded() && !editor.isBusy(); }));
    LifecycleForm form = editor.form(TicketType::Incident);
    EXPECT_EQ(form.initial, u"new"_s);
    EXPECT_EQ(form.states.first().label, u"New"_s);
    ASSERT_TRUE(form.toLifecycle().ok());
    EXPECT_EQ(*form.toLifecycle(), editor.lifecycles().of(TicketType::Incident));

    // Checked before sending: each problem names its row and column.
    const auto refusedField = [&](const LifecycleForm& bad) {
        Outcome outcome(editor);
        editor.save(TicketType::Incident, bad);
        EXPECT_TRUE(waitUntil([&] { return outcome.done(); }));
        EXPECT_FALSE(outcome.saved);
        return outcome.field;
    };
    LifecycleForm bad = form;
    bad.states.append({u"triage"_s, u"Triage"_s});
    EXPECT_EQ(refusedField(bad), u"states[8].name"_s) << "nothing leads to triage";
    EXPECT_EQ(LifecycleForm::describePath(u"states[8].name"_s), u"State 9, name"_s);
    bad.transitions.append({u"new"_s, u"triag"_s, u"Triage"_s, u"agent"_s, {}, {}});
    EXPECT_EQ(refusedField(bad), u"transitions[9].to"_s);
    bad.transitions.last().to = u"triage"_s;
    bad.transitions.last().roles = u"agent, wizard"_s;
    EXPECT_EQ(refusedField(bad), u"transitions[9].roles[1]"_s);
    bad = form;
    bad.states[1].name = u"new"_s;
    EXPECT_EQ(refusedField(bad), u"states[1].name"_s);
    bad = form;
    bad.initial = u"nowhere"_s;
    EXPECT_EQ(refusedField(bad), u"initial"_s);

    // A new state and a way into it: saved, and a ticket can take it.
    form.states.append({u"triage"_s, u"Triage"_s});
    form.transitions.append({u"new"_s, u"triage"_s, u"Triage"_s, u"agent, admin"_s, {}, {}});
    {
        Outcome outcome(editor);
        editor.save(TicketType::Incident, form);
        ASSERT_TRUE(waitUntil([&] { return outcome.done(); }));
        ASSERT_TRUE(outcome.saved) << outcome.field.toStdString() << outcome.message.toStdString();
    }
    EXPECT_TRUE(editor.lifecycles().of(TicketType::Incident).hasState(u"triage"_s));
    const Ticket ticket = newTicket();
    const Reply moved = admin().call(
        u"ticket.transition"_s, QJsonObject {{"id"_L1, ticket.id}, {"status"_L1, u"triage"_s}});
    ASSERT_TRUE(moved.ok()) << moved.describe();

    // Taking the state away again while a ticket is in it: the server refuses, on the states.
    form = editor.form(TicketType::Incident);
    form.states.removeLast();
    form.transitions.removeLast();
    Outcome outcome(editor);
    editor.save(TicketType::Incident, form);
    ASSERT_TRUE(waitUntil([&] { return outcome.done(); }));
    EXPECT_TRUE(outcome.refused);
    EXPECT_EQ(outcome.field, u"states"_s);
    EXPECT_TRUE(outcome.message.contains(u"triage"_s)) << outcome.message.toStdString();
}

TEST_P(WorkflowCoreTest, UserSearchOffersTheEnabledPeopleItFinds)
{
    const qint64 alexId = admin()
                              .call(u"user.list"_s, QJsonObject {{"query"_L1, u"alex"_s}})
                              .items()
                              .first()
                              .toObject()
                              .value("id"_L1)
                              .toInteger();
    const qint64 alexa = createUser(u"alexa"_s, u"agent"_s);
    ASSERT_TRUE(admin().call(u"user.disable"_s, QJsonObject {{"id"_L1, alexa}}).ok());
    Client ada(server().port());
    createUser(u"ada"_s, u"admin"_s);
    ASSERT_TRUE(ada.login(u"ada"_s));
    UserSearch search(ada.session);
    QSignalSpy found(&search, &UserSearch::found);
    search.setQuery(u"a"_s);
    search.search();
    EXPECT_EQ(found.count(), 0) << "one letter is not a search";
    search.setQuery(u" alex "_s);
    ASSERT_TRUE(waitUntil([&] { return found.count() == 1; }));
    EXPECT_EQ(search.model()->stringList(), QStringList {u"ALEX <alex@example.com>"_s})
        << "alexa is disabled";
    EXPECT_EQ(search.userFor(u"ALEX <alex@example.com> "_s), alexId);
    EXPECT_FALSE(search.userFor(u"ALEX"_s).has_value());
    search.remember(42, u"Someone"_s);
    EXPECT_EQ(search.userFor(u"Someone"_s), 42);
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkflowCoreTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
