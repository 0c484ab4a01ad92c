// The workflow engine's screens in the agent client, offscreen against a real server: a
// manager writes an automation rule (a wrong operator is named as "Condition 1"), saves it,
// dry-runs it against the open tickets, sets business hours and an SLA policy (a bad target is
// named before it is sent); an admin adds a state and a transition to a lifecycle, and a bad
// lifecycle is refused on its field; an agent marks themself away.
#include "client/app/actions.h"
#include "client/app/admin/admindialog.h"
#include "client/app/admin/lifecyclespage.h"
#include "client/app/admin/rulespage.h"
#include "client/app/admin/slapages.h"
#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "client/core/admin/admincontroller.h"
#include "client/core/session.h"
#include "clientfixture.h"
#include "testhelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class WorkflowAdminTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        createUser(u"mona"_s, u"manager"_s);
        rita = connectAs(u"rita"_s);
    }

    std::unique_ptr<TestClient> rita;
    qint64 m_alex = 0;
};

} // namespace

TEST_P(WorkflowAdminTest, AManagerWritesChecksAndDryRunsAnAutomationRule)
{
    for (const QString& title : {u"Printer on floor 2 is offline"_s, u"Email bounces"_s})
        createTicket(*rita, QJsonObject {{"title"_L1, title}, {"description"_L1, u"d"_s}});
    MainWindow& window = startAs(u"mona"_s);
    AdminDialog dialog(*m_app->session(), &window);
    auto* tabs = dialog.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    EXPECT_FALSE(tabs->isTabVisible(static_cast<int>(AdminDialog::Page::Users)))
        << "the directory is for admins";
    EXPECT_TRUE(tabs->isTabVisible(static_cast<int>(AdminDialog::Page::Rules)));
    EXPECT_FALSE(tabs->isTabVisible(static_cast<int>(AdminDialog::Page::Lifecycles)))
        << "lifecycles are configuration, for admins";

    dialog.showPage(AdminDialog::Page::Rules);
    auto* rules = static_cast<RulesPage*>(dialog.page(AdminDialog::Page::Rules));
    ASSERT_TRUE(waitUntil([&] { return !rules->isBusy(); }));
    RuleForm form;
    form.name = u"Printing tickets to the printer people"_s;
    form.event = u"created"_s;
    form.conditions = {{u"priority"_s, u"is"_s, u"9"_s}}; // priorities are 1 to 5
    form.actions = {{u"add_tag"_s, {}, u"printing"_s}};
    rules->setForm(form);
    rules->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !rules->statusText().isEmpty(); }));
    EXPECT_TRUE(rules->statusText().startsWith(u"Condition 1, value"_s))
        << rules->statusText().toStdString();
    EXPECT_EQ(rules->problemField(), u"conditions[0].value"_s) << "refused before it is sent";

    form.conditions = {{u"title"_s, u"contains"_s, u"printer"_s}};
    rules->setForm(form);
    rules->dryRun();
    ASSERT_TRUE(waitUntil([&] { return !rules->dryRunLines().isEmpty(); }));
    EXPECT_EQ(rules->dryRunLines().size(), 1);
    EXPECT_TRUE(rules->dryRunLines().first().contains(u"Printer on floor 2"_s));

    rules->findChild<QPushButton*>(u"adminSave"_s)->click();
    auto* list = rules->findChild<QListWidget*>(u"adminList"_s);
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1; }));
    const QJsonArray stored = admin().call(u"rule.list"_s, {}).object().value("rules"_L1).toArray();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(
        stored.at(0).toObject().value("conditions"_L1).toArray().at(0).toObject().value("op"_L1),
        u"contains"_s);
    // The rule works: a new printer ticket is tagged as it is created.
    const QJsonObject tagged = createTicket(
        *rita, QJsonObject {{"title"_L1, u"Printer jams"_s}, {"description"_L1, u"d"_s}});
    EXPECT_TRUE(tagged.value("tags"_L1).toArray().contains(u"printing"_s));

    // Business hours, then a policy on them.
    dialog.showPage(AdminDialog::Page::Calendars);
    auto* calendars = static_cast<CalendarsPage*>(dialog.page(AdminDialog::Page::Calendars));
    ASSERT_TRUE(waitUntil([&] { return !calendars->isBusy(); }));
    calendars->findChild<QPushButton*>(u"adminNew"_s)->click();
    calendars->nameEdit()->setText(u"Office"_s);
    calendars->setDayHours(0, u"09:00-12:00, 19:00-13:00"_s);
    calendars->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !calendars->statusText().isEmpty(); }));
    EXPECT_EQ(calendars->problemField(), u"hours.mon[1]"_s) << "refused before it is sent";
    EXPECT_TRUE(calendars->statusText().startsWith(u"Monday, interval 2:"_s))
        << calendars->statusText().toStdString();
    calendars->setDayHours(0, u"09:00-12:00, 13:00-17:00"_s);
    calendars->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil(
        [&] { return calendars->findChild<QListWidget*>(u"adminList"_s)->count() == 1; }));
    EXPECT_EQ(admin()
                  .call(u"calendar.list"_s, {})
                  .object()
                  .value("calendars"_L1)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value("hours"_L1)
                  .toObject()
                  .value("mon"_L1)
                  .toArray()
                  .size(),
              2);
}

TEST_P(WorkflowAdminTest, AManagerSetsAnSlaPolicyAndABadTargetIsNamed)
{
    MainWindow& window = startAs(u"mona"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::SlaPolicies);
    auto* page = static_cast<SlaPoliciesPage*>(dialog.page(AdminDialog::Page::SlaPolicies));
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    page->findChild<QLineEdit*>(u"slaNameEdit"_s)->setText(u"Quick answers"_s);
    page->findChild<QSpinBox*>(u"slaResponse"_s)->setValue(120);
    auto* resolve = page->findChild<QSpinBox*>(u"slaResolve"_s);
    resolve->setValue(60);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    EXPECT_EQ(page->problemField(), u"resolve_minutes"_s) << "refused before it is sent";
    EXPECT_TRUE(page->statusText().startsWith(u"Resolution within:"_s))
        << page->statusText().toStdString();

    resolve->setValue(480);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1 && !page->isBusy(); }));
    EXPECT_TRUE(page->problemField().isEmpty());
    EXPECT_EQ(page->statusText(), u"Saved."_s);
    const Reply listed = admin().call(u"sla.policy.list"_s, {});
    ASSERT_TRUE(listed.ok()) << listed.describe();
    const QJsonArray stored = listed.object().value("policies"_L1).toArray();
    ASSERT_EQ(stored.size(), 1) << listed.describe();
    EXPECT_EQ(stored.at(0).toObject().value("resolve_minutes"_L1), 480);
    EXPECT_EQ(page->policy().name, u"Quick answers"_s) << "the saved policy stays in the form";
}

// Two managers: the SLA page of one follows what the other creates and changes (policies and
// the calendars they may name), and keeps what is being typed, saying that the policy was
// changed meanwhile; the calendars page follows too.
TEST_P(WorkflowAdminTest, TheSlaPagesFollowAnotherManagerAndKeepUnsavedEdits)
{
    MainWindow& window = startAs(u"mona"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::SlaPolicies);
    auto* page = static_cast<SlaPoliciesPage*>(dialog.page(AdminDialog::Page::SlaPolicies));
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* calendarChoice = page->findChild<QComboBox*>(u"slaCalendar"_s);
    auto* name = page->findChild<QLineEdit*>(u"slaNameEdit"_s);
    auto* response = page->findChild<QSpinBox*>(u"slaResponse"_s);
    auto* resolve = page->findChild<QSpinBox*>(u"slaResolve"_s);

    // The other manager adds a calendar and a policy on it: both are offered at once.
    const qint64 office = createCalendar(admin(), u"Office"_s, u"mon"_s, u"09:00"_s, u"17:00"_s);
    const qint64 standard = createSlaPolicy(admin(), u"Standard"_s, office, 120, 960);
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1; }));
    EXPECT_GE(calendarChoice->findData(office), 0) << "the new calendar is offered";
    list->setCurrentRow(0);
    EXPECT_EQ(name->text(), u"Standard"_s);
    EXPECT_EQ(calendarChoice->currentData().toLongLong(), office);

    // Their change is shown while nothing is typed.
    Reply done = admin().call(u"sla.policy.update"_s,
                              QJsonObject {{"id"_L1, standard}, {"response_minutes"_L1, 60}});
    ASSERT_TRUE(done.ok()) << done.describe();
    ASSERT_TRUE(waitUntil([&] { return response->value() == 60; }));
    EXPECT_FALSE(page->hasUnsavedEdits());

    // Typed edits stay through their next change and a new calendar, with a warning.
    name->setText(u"Standard hours"_s);
    ASSERT_TRUE(page->hasUnsavedEdits());
    done = admin().call(u"sla.policy.update"_s,
                        QJsonObject {{"id"_L1, standard}, {"resolve_minutes"_L1, 900}});
    ASSERT_TRUE(done.ok()) << done.describe();
    ASSERT_TRUE(waitUntil([&] { return page->statusText().startsWith(u"Another manager"_s); }))
        << page->statusText().toStdString();
    EXPECT_EQ(name->text(), u"Standard hours"_s);
    EXPECT_EQ(resolve->value(), 960) << "the editor keeps what was there when editing began";
    const qint64 weekend = createCalendar(admin(), u"Weekend"_s, u"sat"_s, u"10:00"_s, u"14:00"_s);
    ASSERT_TRUE(waitUntil([&] { return calendarChoice->findData(weekend) >= 0; }));
    EXPECT_EQ(name->text(), u"Standard hours"_s);
    EXPECT_EQ(calendarChoice->currentData().toLongLong(), office) << "the choice is kept";

    // Saving replaces their change with these edits; the editor then follows again.
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return page->statusText() == u"Saved."_s; }))
        << page->statusText().toStdString();
    QTest::qWait(2 * AdminController::ConfigSettleMs); // the reloads after the save
    const Reply listed = admin().call(u"sla.policy.list"_s, {});
    ASSERT_TRUE(listed.ok()) << listed.describe();
    const QJsonObject stored = listed.object().value("policies"_L1).toArray().at(0).toObject();
    EXPECT_EQ(stored.value("name"_L1).toString(), u"Standard hours"_s);
    EXPECT_EQ(stored.value("resolve_minutes"_L1).toInt(), 960);
    EXPECT_FALSE(page->hasUnsavedEdits());
    done = admin().call(u"sla.policy.update"_s,
                        QJsonObject {{"id"_L1, standard}, {"response_minutes"_L1, 30}});
    ASSERT_TRUE(done.ok()) << done.describe();
    ASSERT_TRUE(waitUntil([&] { return response->value() == 30; }));
    EXPECT_EQ(page->statusText(), QString()) << "the status spoke of an older version";

    // Deleted while being edited: the edits stay, and saving creates the policy again.
    name->setText(u"Standard again"_s);
    done = admin().call(u"sla.policy.delete"_s, QJsonObject {{"id"_L1, standard}});
    ASSERT_TRUE(done.ok()) << done.describe();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 0; }));
    EXPECT_EQ(page->statusText(),
              u"Another manager deleted this policy. Saving creates it again."_s);
    EXPECT_EQ(name->text(), u"Standard again"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1; }));
    const QJsonObject recreated = admin()
                                      .call(u"sla.policy.list"_s, {})
                                      .object()
                                      .value("policies"_L1)
                                      .toArray()
                                      .at(0)
                                      .toObject();
    EXPECT_EQ(recreated.value("name"_L1).toString(), u"Standard again"_s);
    EXPECT_EQ(recreated.value("calendar"_L1).toInteger(), office);

    // The calendars page lists what the other manager adds.
    dialog.showPage(AdminDialog::Page::Calendars);
    auto* calendars = static_cast<CalendarsPage*>(dialog.page(AdminDialog::Page::Calendars));
    auto* calendarList = calendars->findChild<QListWidget*>(u"adminList"_s);
    ASSERT_TRUE(waitUntil([&] { return calendarList->count() == 2; }));
    createCalendar(admin(), u"Night"_s, u"tue"_s, u"20:00"_s, u"23:00"_s);
    ASSERT_TRUE(waitUntil([&] { return calendarList->count() == 3; }));
    // ... and keeps a calendar being edited when the other manager changes it.
    calendarList->setCurrentItem(rowWith(calendarList, u"Weekend"_s));
    ASSERT_EQ(calendars->form().id, weekend);
    calendars->nameEdit()->setText(u"Weekend desk"_s);
    done = admin().call(u"calendar.update"_s,
                        QJsonObject {{"id"_L1, weekend}, {"name"_L1, u"Saturdays"_s}});
    ASSERT_TRUE(done.ok()) << done.describe();
    ASSERT_TRUE(waitUntil([&] { return calendars->statusText().startsWith(u"Another manager"_s); }))
        << calendars->statusText().toStdString();
    EXPECT_EQ(calendars->nameEdit()->text(), u"Weekend desk"_s);
    EXPECT_TRUE(calendars->hasUnsavedEdits());

    // Delete asks first; a calendar a policy counts in is not deleted, and the page says why.
    auto* deleteCalendar = calendars->findChild<QPushButton*>(u"adminDelete"_s);
    answerNextQuestion(QMessageBox::Discard); // the unsaved "Weekend desk"
    calendarList->setCurrentItem(rowWith(calendarList, u"Office"_s));
    ASSERT_TRUE(waitUntil([&] { return calendars->form().id == office; }));
    ASSERT_TRUE(waitUntil([&] { return deleteCalendar->isEnabled(); }));
    answerNextQuestion(QMessageBox::No);
    deleteCalendar->click();
    EXPECT_FALSE(calendars->isBusy()) << "answered No: nothing sent";
    answerNextQuestion(QMessageBox::Yes);
    deleteCalendar->click();
    ASSERT_TRUE(waitUntil([&] { return !calendars->statusText().isEmpty(); }));
    EXPECT_EQ(calendars->statusText(), u"Not deleted: an SLA policy uses this calendar"_s);
    EXPECT_EQ(calendarList->count(), 3);
    calendarList->setCurrentItem(rowWith(calendarList, u"Night"_s));
    ASSERT_TRUE(waitUntil([&] { return deleteCalendar->isEnabled(); }));
    answerNextQuestion(QMessageBox::Yes);
    deleteCalendar->click();
    ASSERT_TRUE(waitUntil([&] { return calendarList->count() == 2 && !calendars->isBusy(); }));
    EXPECT_EQ(calendars->statusText(), u"Calendar deleted."_s);
    EXPECT_TRUE(calendars->nameEdit()->text().isEmpty());
    EXPECT_FALSE(deleteCalendar->isEnabled()) << "a new calendar is not stored yet";

    // The policy is deleted from its page: its list empties and the server has none.
    dialog.showPage(AdminDialog::Page::SlaPolicies);
    list->setCurrentRow(0);
    ASSERT_EQ(name->text(), u"Standard again"_s);
    auto* deletePolicy = page->findChild<QPushButton*>(u"adminDelete"_s);
    // (The page reads the calendars again after the deletion: Delete waits for that.)
    ASSERT_TRUE(waitUntil([&] { return deletePolicy->isEnabled(); }));
    answerNextQuestion(QMessageBox::Yes);
    deletePolicy->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 0 && !page->isBusy(); }));
    EXPECT_EQ(page->statusText(), u"Policy deleted."_s);
    EXPECT_TRUE(
        admin().call(u"sla.policy.list"_s, {}).object().value("policies"_L1).toArray().isEmpty());
}

TEST_P(WorkflowAdminTest, TheRulesPageFollowsAnotherManagerAndKeepsUnsavedEdits)
{
    MainWindow& window = startAs(u"mona"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::Rules);
    auto* page = static_cast<RulesPage*>(dialog.page(AdminDialog::Page::Rules));
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* name = page->findChild<QLineEdit*>(u"ruleNameEdit"_s);
    const auto ruleRows = [this] {
        return admin().call(u"rule.list"_s, {}).object().value("rules"_L1).toArray();
    };

    // The other manager adds a rule: it is listed at once.
    Reply done = admin().call(u"rule.create"_s, jsonObject(R"({"name": "Printers",
        "trigger": {"event": "created"},
        "conditions": [{"field": "title", "op": "contains", "value": "printer"}],
        "actions": [{"type": "add_tag", "value": "printer"}]})"));
    ASSERT_TRUE(done.ok()) << done.describe();
    const qint64 printers = done.object().value("id"_L1).toInteger();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1; }));
    list->setCurrentRow(0);
    EXPECT_EQ(page->form().id, printers);
    EXPECT_EQ(name->text(), u"Printers"_s);

    // Their change is shown while nothing is typed.
    done = admin().call(u"rule.update"_s, QJsonObject {{"id"_L1, printers}, {"enabled"_L1, false}});
    ASSERT_TRUE(done.ok()) << done.describe();
    ASSERT_TRUE(waitUntil([&] { return list->item(0)->text() == u"Printers (disabled)"_s; }));
    EXPECT_FALSE(page->form().enabled);
    EXPECT_FALSE(page->hasUnsavedEdits());

    // Typed edits stay through their next change, with a warning.
    name->setText(u"Printers to L2"_s);
    ASSERT_TRUE(page->hasUnsavedEdits());
    done = admin().call(u"rule.update"_s, QJsonObject {{"id"_L1, printers}, {"enabled"_L1, true}});
    ASSERT_TRUE(done.ok()) << done.describe();
    ASSERT_TRUE(waitUntil([&] { return page->statusText().startsWith(u"Another manager"_s); }))
        << page->statusText().toStdString();
    EXPECT_EQ(list->item(0)->text(), u"Printers"_s);
    EXPECT_EQ(name->text(), u"Printers to L2"_s);
    EXPECT_FALSE(page->form().enabled) << "the editor keeps what was there when editing began";

    // Saving replaces their change with these edits; the editor then follows again.
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return page->statusText() == u"Saved."_s && !page->isBusy(); }))
        << page->statusText().toStdString();
    EXPECT_EQ(ruleRows().at(0)["name"_L1].toString(), u"Printers to L2"_s);
    EXPECT_FALSE(ruleRows().at(0)["enabled"_L1].toBool());
    EXPECT_FALSE(page->hasUnsavedEdits());
    done = admin().call(u"rule.update"_s, QJsonObject {{"id"_L1, printers}, {"enabled"_L1, true}});
    ASSERT_TRUE(done.ok()) << done.describe();
    ASSERT_TRUE(waitUntil([&] { return page->form().enabled; }));
    EXPECT_EQ(page->statusText(), QString()) << "the status spoke of an older version";

    // Deleted while being edited: the edits stay, and saving creates the rule again.
    name->setText(u"Printers again"_s);
    done = admin().call(u"rule.delete"_s, QJsonObject {{"id"_L1, printers}});
    ASSERT_TRUE(done.ok()) << done.describe();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 0; }));
    EXPECT_EQ(page->statusText(), u"Another manager deleted this rule. Saving creates it again."_s);
    EXPECT_EQ(name->text(), u"Printers again"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1 && !page->isBusy(); }));
    const QJsonObject recreated = ruleRows().at(0).toObject();
    EXPECT_EQ(recreated.value("name"_L1).toString(), u"Printers again"_s);
    EXPECT_EQ(page->form().id, recreated.value("id"_L1).toInteger());

    // Deleting it here (asked first) empties the editor: nothing of it is left as an unsaved
    // edit.
    auto* deleteRule = page->findChild<QPushButton*>(u"adminDelete"_s);
    ASSERT_TRUE(waitUntil([&] { return deleteRule->isEnabled(); }));
    answerNextQuestion(QMessageBox::Yes);
    deleteRule->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 0 && !page->isBusy(); }));
    EXPECT_EQ(page->statusText(), u"Rule deleted."_s);
    EXPECT_TRUE(name->text().isEmpty());
    EXPECT_FALSE(page->hasUnsavedEdits());
    EXPECT_TRUE(ruleRows().isEmpty());
}

namespace {

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(table->cellWidget(row, column));
    ASSERT_NE(edit, nullptr) << row << "," << column;
    edit->setText(text);
}

} // namespace

TEST_P(WorkflowAdminTest, AnAdminAddsAStateAndATransitionThatTicketsThenTake)
{
    const QJsonObject ticket = createTicket(
        *rita, QJsonObject {{"title"_L1, u"Laptop will not boot"_s}, {"description"_L1, u"d"_s}});
    createUser(u"ada"_s, u"admin"_s);
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    auto* tabs = dialog.findChild<QTabWidget*>();
    EXPECT_TRUE(tabs->isTabVisible(static_cast<int>(AdminDialog::Page::Lifecycles)));
    dialog.showPage(AdminDialog::Page::Lifecycles);
    auto* page = static_cast<LifecyclesPage*>(dialog.page(AdminDialog::Page::Lifecycles));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    // One lifecycle per ticket type: incident, service request, problem, change, task.
    ASSERT_TRUE(waitUntil([&] { return list->count() == 5 && !page->isBusy(); }));
    EXPECT_EQ(page->type(), TicketType::Incident);
    auto* states = page->findChild<QTableWidget*>(u"lifecycleStates"_s);
    auto* transitions = page->findChild<QTableWidget*>(u"lifecycleTransitions"_s);
    const int stateCount = states->rowCount();
    const int transitionCount = transitions->rowCount();
    ASSERT_GT(stateCount, 0);

    // A state no transition leads to: refused before it is sent, on that state's name.
    page->findChild<QPushButton*>(u"lifecycleAddState"_s)->click();
    ASSERT_EQ(states->rowCount(), stateCount + 1);
    setCell(states, stateCount, 0, u"triage"_s);
    setCell(states, stateCount, 1, u"Triage"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !page->statusText().isEmpty(); }));
    EXPECT_EQ(page->problemField(), u"states[%1].name"_s.arg(stateCount));
    EXPECT_TRUE(page->statusText().startsWith(u"State %1, name"_s.arg(stateCount + 1)))
        << page->statusText().toStdString();

    // A transition into it from "new" with an unknown state beside it: named too.
    page->findChild<QPushButton*>(u"lifecycleAddTransition"_s)->click();
    ASSERT_EQ(transitions->rowCount(), transitionCount + 1);
    setCell(transitions, transitionCount, 0, u"new, nowhere"_s);
    setCell(transitions, transitionCount, 1, u"triage"_s);
    setCell(transitions, transitionCount, 2, u"Triage"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil(
        [&] { return page->problemField() == u"transitions[%1].from"_s.arg(transitionCount); }));
    EXPECT_TRUE(page->statusText().startsWith(u"Transition %1, from"_s.arg(transitionCount + 1)))
        << page->statusText().toStdString();

    setCell(transitions, transitionCount, 0, u"new"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return page->statusText().startsWith(u"Saved"_s); }))
        << page->statusText().toStdString();
    EXPECT_TRUE(page->problemField().isEmpty());

    // The lifecycle is in force: the ticket takes the new transition.
    const Reply moved =
        admin().call(u"ticket.transition"_s,
                     QJsonObject {{"id"_L1, ticket.value("id"_L1)}, {"status"_L1, u"triage"_s}});
    ASSERT_TRUE(moved.ok()) << moved.describe();
    EXPECT_EQ(moved.object().value("status"_L1).toString(), u"triage"_s);

    // Taking the state away while the ticket is in it passes the form's checks, but the server
    // refuses: the states are named.
    states->removeRow(stateCount);
    transitions->removeRow(transitionCount);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return page->problemField() == u"states"_s; }))
        << page->statusText().toStdString();
    EXPECT_TRUE(page->statusText().startsWith(u"States"_s)) << page->statusText().toStdString();
    EXPECT_TRUE(page->statusText().contains(u"triage"_s)) << page->statusText().toStdString();
}

TEST_P(WorkflowAdminTest, AnAgentMarksThemselfAwayAndBackFromTheFileMenu)
{
    MainWindow& window = startAs(u"alex"_s);
    const auto availability = [&] {
        return admin()
            .call(u"user.get"_s, QJsonObject {{"id"_L1, m_alex}})
            .object()
            .value("availability"_L1)
            .toString();
    };
    window.actions()[Actions::Away]->trigger();
    ASSERT_TRUE(waitUntil([&] { return availability() == u"away"_s; }));
    window.actions()[Actions::Away]->trigger();
    ASSERT_TRUE(waitUntil([&] { return availability() == u"available"_s; }));
}

TEST_P(WorkflowAdminTest, AManagerHearsOfAnEscalationToTheirGroupAtOnce)
{
    const qint64 mona = admin()
                            .call(u"user.list"_s, QJsonObject {{"role"_L1, u"manager"_s}})
                            .items()
                            .at(0)
                            .toObject()
                            .value("id"_L1)
                            .toInteger();
    const qint64 l2 =
        admin()
            .call(u"group.create"_s,
                  QJsonObject {{"name"_L1, u"Network L2"_s}, {"tier"_L1, 2}, {"manager"_L1, mona}})
            .object()
            .value("id"_L1)
            .toInteger();
    MainWindow& window = startAs(u"mona"_s);
    QAction* notifications = window.actions()[Actions::ShowNotifications];
    ASSERT_TRUE(waitUntil([&] { return notifications->text() == u"&Notifications…"_s; }));
    const QJsonObject ticket = createTicket(
        *rita, QJsonObject {{"title"_L1, u"VPN is down"_s}, {"description"_L1, u"d"_s}});
    const Reply escalated = admin().call(
        u"ticket.escalate"_s, QJsonObject {{"id"_L1, ticket.value("id"_L1)}, {"group"_L1, l2}});
    ASSERT_TRUE(escalated.ok()) << escalated.describe();
    ASSERT_TRUE(waitUntil([&] { return notifications->text().contains(u"1 unread"_s); }))
        << notifications->text().toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"VPN is down"_s));
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkflowAdminTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
