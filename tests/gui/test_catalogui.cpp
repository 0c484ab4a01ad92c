// The service catalog in the agent client (issue 21), offscreen against a real server: the
// admin designs "New laptop" in the Catalog tab (fields added, made required and reordered show
// in the requester's form previewed beside the designer, an approval step and two tasks), saves
// it, and a second item of the same name is refused with the problem shown under the name; the
// ticket pane of a service request lists its two fulfilment tasks and follows one being
// resolved live, and a task's pane leads back to its request.
//
// A named person's step finds its approver by search among more than 200 staff, is saved and
// shows that person's name when read again; a step naming nobody is refused under the step.
//
// With FRONTLINE_SCREENSHOT_DIR set (scripts/screenshots.sh runs this under Xvfb), the Catalog
// tab with "New laptop" is saved there as admin-catalog.png.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/catalogeditors.h"
#include "client/app/admin/catalogpage.h"
#include "client/app/mainwindow.h"
#include "client/app/requestprogresspanel.h"
#include "client/app/ticketpane.h"
#include "client/core/admin/catalogadmin.h"
#include "client/core/requesttasks.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/userpicker.h"
#include "clientfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

QStringList previewNames(const CatalogFormDesigner* designer)
{
    QStringList names;
    for (const api::FieldDefinition& field : designer->preview()->fields())
        names.append(field.name + (field.required ? u"*"_s : QString()));
    return names;
}

class CatalogUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        purchasing = createGroup(u"Purchasing"_s, 1);
        accounts = createGroup(u"Accounts"_s, 1);
        for (const QJsonObject& field : {QJsonObject {{"name"_L1, u"cost_centre"_s},
                                                      {"label"_L1, u"Cost centre"_s},
                                                      {"type"_L1, u"text"_s},
                                                      {"visible_to_requester"_L1, true}},
                                         QJsonObject {{"name"_L1, u"screens"_s},
                                                      {"label"_L1, u"Extra screens"_s},
                                                      {"type"_L1, u"number"_s},
                                                      {"min"_L1, 0},
                                                      {"max"_L1, 3},
                                                      {"visible_to_requester"_L1, true}}}) {
            const Reply reply = admin().call(u"field.create"_s, field);
            ASSERT_TRUE(reply.ok()) << reply.describe();
        }
    }

    qint64 purchasing = 0;
    qint64 accounts = 0;
};

} // namespace

TEST_P(CatalogUiTest, TheDesignerShowsItsFormInThePreviewAndARefusalUnderItsField)
{
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.resize(1280, 760);
    dialog.showPage(AdminDialog::Page::Catalog);
    EXPECT_EQ(dialog.findChild<QTabWidget*>()->tabText(18).remove(u'&'), u"Catalog"_s);
    auto* page = static_cast<CatalogPage*>(dialog.page(AdminDialog::Page::Catalog));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* name = page->findChild<QLineEdit*>(u"catalogNameEdit"_s);
    auto* icon = page->findChild<QComboBox*>(u"catalogIconBox"_s);
    auto* save = page->findChild<QPushButton*>(u"adminSave"_s);
    CatalogFormDesigner* designer = page->designer();
    auto* choices = designer->findChild<QComboBox*>(u"catalogFieldChoice"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && choices->count() == 2; }))
        << "the field catalogue's fields are offered";

    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    name->setText(u"New laptop"_s);
    icon->setCurrentIndex(icon->findData(u"laptop"_s));
    // Two fields added from the catalogue: the preview is the requester's form at once.
    choices->setCurrentIndex(choices->findData(u"cost_centre"_s));
    designer->findChild<QPushButton*>(u"catalogAddField"_s)->click();
    EXPECT_EQ(previewNames(designer), QStringList {u"cost_centre"_s});
    EXPECT_EQ(choices->count(), 1) << "a field is on the form once";
    designer->findChild<QPushButton*>(u"catalogAddField"_s)->click();
    EXPECT_EQ(previewNames(designer), (QStringList {u"cost_centre"_s, u"screens"_s}));
    // Required here, then moved up: the preview follows each change.
    designer->setRequired(1, true);
    EXPECT_EQ(previewNames(designer), (QStringList {u"cost_centre"_s, u"screens*"_s}));
    designer->list()->setCurrentRow(1);
    designer->findChild<QPushButton*>(u"catalogFieldUp"_s)->click();
    EXPECT_EQ(previewNames(designer), (QStringList {u"screens*"_s, u"cost_centre"_s}));
    ASSERT_NE(designer->preview()->input(u"screens"_s), nullptr) << "the number's own input";
    // Removed and added back: at the end again.
    designer->list()->setCurrentRow(1);
    designer->findChild<QPushButton*>(u"catalogFieldRemove"_s)->click();
    EXPECT_EQ(previewNames(designer), QStringList {u"screens*"_s});
    designer->addField(u"cost_centre"_s, true);
    EXPECT_EQ(previewNames(designer), (QStringList {u"screens*"_s, u"cost_centre*"_s}));

    // The chain: the requester's manager, then any one of Purchasing.
    ApprovalChainEditor* chain = page->approvals();
    chain->addStep();
    chain->addStep();
    auto* kind = qobject_cast<QComboBox*>(chain->input(1, u"kind"_s));
    kind->setCurrentIndex(kind->findData(u"group"_s));
    auto* approver = qobject_cast<QComboBox*>(chain->input(1, u"group"_s));
    approver->setCurrentIndex(approver->findData(purchasing));
    // The tasks: order the laptop, then create the account.
    TaskListEditor* tasks = page->tasks();
    tasks->addTask({u"Order the laptop"_s, QString(), purchasing, 1});
    tasks->addTask({u"Create the account"_s, QString(), accounts, 2});
    const api::CatalogItem draft = page->draft();
    EXPECT_EQ(draft.approvals,
              (QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}},
                           QJsonObject {{"kind"_L1, u"group"_s},
                                        {"group"_L1, purchasing},
                                        {"rule"_L1, u"any"_s}}}));
    ASSERT_EQ(draft.tasks.size(), 2);
    EXPECT_EQ(draft.tasks.at(1).group, accounts);

    save->click();
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && list->count() == 1; }));
    EXPECT_TRUE(page->statusText().startsWith(u"Saved"_s)) << page->statusText().toStdString();
    EXPECT_TRUE(list->item(0)->text().startsWith(u"New laptop"_s));
    const Reply stored = admin().call(u"catalog.item.list"_s, QJsonObject {{"all"_L1, true}});
    ASSERT_TRUE(stored.ok()) << stored.describe();
    const QJsonObject item = stored.object().value("items"_L1).toArray().at(0).toObject();
    EXPECT_EQ(item.value("form"_L1).toArray().at(0).toObject().value("field"_L1).toString(),
              u"screens"_s);
    EXPECT_EQ(item.value("tasks"_L1).toArray().size(), 2);
    EXPECT_EQ(item.value("approvals"_L1).toArray().size(), 2);

    // The item shown again from the list, as stored.
    ASSERT_TRUE(page->selectItem(u"New laptop"_s));
    EXPECT_EQ(name->text(), u"New laptop"_s);
    EXPECT_EQ(previewNames(designer), (QStringList {u"screens*"_s, u"cost_centre*"_s}));
    EXPECT_EQ(page->tasks()->count(), 2);
    page->sections()->setCurrentIndex(CatalogPage::FormSection);
    screenshot(&dialog, u"admin-catalog.png"_s);

    // A second item of the same name: the server refuses it, said under the name.
    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    name->setText(u"New laptop"_s);
    save->click();
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && !page->inlineProblem().isEmpty(); }));
    EXPECT_EQ(page->markedInput(), name);
    EXPECT_TRUE(page->inlineProblem().startsWith(u"Name:"_s))
        << page->inlineProblem().toStdString();
    EXPECT_EQ(list->count(), 1);
    // A task without a title: named by the shared rules before sending, under the task.
    name->setText(u"Desk phone"_s);
    page->tasks()->addTask({QString(), QString(), accounts, 1});
    save->click();
    EXPECT_EQ(page->markedInput(), page->tasks()->input(0, u"title"_s));
    EXPECT_TRUE(page->inlineProblem().startsWith(u"Task 1:"_s))
        << page->inlineProblem().toStdString();
    EXPECT_EQ(page->sections()->currentIndex(), CatalogPage::TasksSection);
}

// Two administrators at once: the open Catalog tab lists what the other one adds, shows the
// other's change of the item on its editor, and keeps its own unsaved edits (saying the item
// changed meanwhile) until they are saved.
TEST_P(CatalogUiTest, TheCatalogTabFollowsAnotherAdministratorAndKeepsUnsavedEdits)
{
    const auto create = [&](const QString& name) {
        const Reply reply = admin().call(u"catalog.item.create"_s,
                                         QJsonObject {{"name"_L1, name},
                                                      {"description"_L1, u"First"_s},
                                                      {"icon"_L1, u"package"_s}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    };
    const auto describe = [&](qint64 id, const QString& description) {
        const Reply reply = admin().call(
            u"catalog.item.update"_s, QJsonObject {{"id"_L1, id}, {"description"_L1, description}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
    };
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::Catalog);
    auto* page = static_cast<CatalogPage*>(dialog.page(AdminDialog::Page::Catalog));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* name = page->findChild<QLineEdit*>(u"catalogNameEdit"_s);
    auto* description = page->findChild<QPlainTextEdit*>(u"catalogDescriptionEdit"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    ASSERT_EQ(list->count(), 0);

    const qint64 phone = create(u"Desk phone"_s);
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1; }))
        << "an item another administrator adds is listed without a reload";
    ASSERT_TRUE(page->selectItem(u"Desk phone"_s));
    EXPECT_EQ(description->toPlainText(), u"First"_s);

    describe(phone, u"Second"_s);
    EXPECT_TRUE(waitUntil([&] { return description->toPlainText() == u"Second"_s; }))
        << "the editor shows the item as it now is";
    EXPECT_FALSE(page->hasUnsavedEdits());

    name->setText(u"Desk phone with headset"_s);
    ASSERT_TRUE(page->hasUnsavedEdits());
    describe(phone, u"Third"_s);
    create(u"Monitor"_s); // pushed after the change: once listed, the change was read too
    ASSERT_TRUE(waitUntil([&] { return list->count() == 2; }));
    EXPECT_EQ(name->text(), u"Desk phone with headset"_s) << "unsaved edits stay";
    EXPECT_EQ(description->toPlainText(), u"Second"_s);
    EXPECT_TRUE(page->statusText().contains(u"Another administrator changed this item"_s))
        << page->statusText().toStdString();
    // A group added meanwhile is offered around the edits, which stay.
    auto* group = page->findChild<QComboBox*>(u"catalogGroupBox"_s);
    createGroup(u"Facilities"_s, 1);
    EXPECT_TRUE(waitUntil([&] { return group->findText(u"Facilities"_s) >= 0; }));
    EXPECT_EQ(name->text(), u"Desk phone with headset"_s);

    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    description->setPlainText(u"Typed while saving"_s); // before the answer can arrive
    ASSERT_TRUE(waitUntil([&] {
        return !page->isBusy() && page->statusText().startsWith(u"Saved"_s);
    })) << page->statusText().toStdString();
    const Reply stored = admin().call(u"catalog.item.get"_s, QJsonObject {{"id"_L1, phone}});
    ASSERT_TRUE(stored.ok()) << stored.describe();
    EXPECT_EQ(stored.object().value("name"_L1).toString(), u"Desk phone with headset"_s);
    EXPECT_EQ(stored.object().value("description"_L1).toString(), u"Second"_s)
        << "Save sends what the editor showed when it was clicked";
    QTest::qWait(2 * CatalogAdmin::ConfigSettleMs); // the reloads after the save
    EXPECT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    EXPECT_EQ(description->toPlainText(), u"Typed while saving"_s)
        << "what was typed while the save was on its way is no saved edit";
    EXPECT_TRUE(page->hasUnsavedEdits());

    description->setPlainText(u"Second"_s); // back to what was saved: nothing unsaved
    EXPECT_FALSE(page->hasUnsavedEdits());
    describe(phone, u"Fourth"_s);
    EXPECT_TRUE(waitUntil([&] { return description->toPlainText() == u"Fourth"_s; }))
        << "once saved, the editor follows again";
    EXPECT_EQ(page->statusText(), QString()) << "the status spoke of an older version";
}

TEST_P(CatalogUiTest, ARequestsPaneListsItsTasksAndFollowsThemLive)
{
    const Reply item = admin().call(
        u"catalog.item.create"_s,
        QJsonObject {
            {"name"_L1, u"New laptop"_s},
            {"icon"_L1, u"laptop"_s},
            {"tasks"_L1,
             QJsonArray {
                 QJsonObject {{"title"_L1, u"Order the laptop"_s}, {"group"_L1, purchasing}},
                 QJsonObject {{"title"_L1, u"Create the account"_s}, {"group"_L1, accounts}}}}});
    ASSERT_TRUE(item.ok()) << item.describe();
    const qint64 requester = createUser(u"rita"_s, u"requester"_s);
    const Reply filed =
        admin().call(u"catalog.request"_s,
                     QJsonObject {{"item"_L1, item.object().value("id"_L1).toInteger()},
                                  {"requester"_L1, requester}});
    ASSERT_TRUE(filed.ok()) << filed.describe();
    const qint64 request = filed.object().value("id"_L1).toInteger();

    MainWindow& window = startAs(u"ada"_s);
    window.openTicket(request);
    RequestProgressPanel* panel = window.pane()->requestProgress();
    QTreeWidget* taskList = panel->taskList();
    ASSERT_TRUE(
        waitUntil([&] { return !panel->isHidden() && taskList->topLevelItemCount() == 2; }));
    EXPECT_EQ(panel->findChild<QLabel*>(u"requestCatalogItem"_s)->text(),
              u"Requested from the catalog: New laptop"_s);
    EXPECT_TRUE(taskList->topLevelItem(0)->text(0).endsWith(u"Order the laptop"_s));
    EXPECT_EQ(taskList->topLevelItem(0)->text(1), u"Purchasing"_s);
    EXPECT_EQ(taskList->topLevelItem(1)->text(1), u"Accounts"_s);
    EXPECT_EQ(panel->summaryText(), u"Fulfilment: 0 of 2 tasks done."_s);
    EXPECT_TRUE(panel->parentButton()->isHidden());

    // Another agent resolves the first task: the pane follows without being asked.
    const qint64 order = taskList->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
    const QString before = taskList->topLevelItem(0)->text(2);
    const Reply resolved = admin().call(
        u"ticket.transition"_s, QJsonObject {{"id"_L1, order}, {"status"_L1, u"resolved"_s}});
    ASSERT_TRUE(resolved.ok()) << resolved.describe();
    ASSERT_TRUE(waitUntil([&] {
        return panel->summaryText() == u"Fulfilment: 1 of 2 tasks done."_s;
    })) << panel->summaryText().toStdString();
    EXPECT_NE(taskList->topLevelItem(0)->text(2), before) << "its status shown anew";

    // Enter on a task opens it; its pane leads back to the request.
    qint64 opened = 0;
    QObject::connect(window.pane(), &TicketPane::openTicketRequested,
                     [&](qint64 id) { opened = id; });
    Q_EMIT taskList->itemActivated(taskList->topLevelItem(0), 0);
    EXPECT_EQ(opened, order);
    window.openTicket(order);
    ASSERT_TRUE(waitUntil([&] {
        return window.detail().isLoaded() && window.detail().ticketId() == order
            && !panel->parentButton()->isHidden()
            && panel->parentButton()->text().contains(u"New laptop"_s);
    })) << panel->parentButton()->text().toStdString();
    EXPECT_TRUE(taskList->isHidden()) << "a task has no tasks";
    panel->parentButton()->click();
    EXPECT_EQ(opened, request);
}

TEST_P(CatalogUiTest, ANamedPersonIsFoundBySearchAmongMoreStaffThanAListShows)
{
    // 260 agents by one import; the 250th is the approver, beyond any first page of 200.
    QString csv = u"username,display_name,email,role\n"_s;
    for (int i = 1; i <= 260; ++i) {
        const QString number = u"%1"_s.arg(i, 3, 10, QChar(u'0'));
        const QString name = i == 250 ? u"Staff 250 Quarterman"_s : u"Staff "_s + number;
        csv += u"staff%1,%2,staff%1@example.test,agent\n"_s.arg(number, name);
    }
    const Reply imported =
        admin().call(u"user.import"_s, QJsonObject {{"csv"_L1, csv}, {"dry_run"_L1, false}});
    ASSERT_TRUE(imported.ok()) << imported.describe();
    ASSERT_EQ(imported.object().value("created"_L1).toInt(), 260) << imported.describe();
    const QJsonArray found =
        admin().call(u"user.list"_s, QJsonObject {{"query"_L1, u"staff250"_s}}).items();
    ASSERT_EQ(found.size(), 1);
    const qint64 quarterman = found.at(0).toObject().value("id"_L1).toInteger();
    const QString shown = u"Staff 250 Quarterman <staff250@example.test>"_s;

    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::Catalog);
    auto* page = static_cast<CatalogPage*>(dialog.page(AdminDialog::Page::Catalog));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* save = page->findChild<QPushButton*>(u"adminSave"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));

    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    page->findChild<QLineEdit*>(u"catalogNameEdit"_s)->setText(u"Office keys"_s);
    ApprovalChainEditor* chain = page->approvals();
    chain->addStep();
    auto* kind = qobject_cast<QComboBox*>(chain->input(0, u"kind"_s));
    kind->setCurrentIndex(kind->findData(u"user"_s));
    auto* person = qobject_cast<UserPicker*>(chain->input(0, u"user"_s));
    ASSERT_NE(person, nullptr) << "a named person's step is a people search";

    // Nobody chosen: refused before sending, said under the step.
    save->click();
    EXPECT_EQ(page->markedInput(), person);
    EXPECT_TRUE(page->inlineProblem().startsWith(u"Approval step 1:"_s))
        << page->inlineProblem().toStdString();
    EXPECT_EQ(page->sections()->currentIndex(), CatalogPage::ApprovalsSection);
    EXPECT_EQ(list->count(), 0);
    // A name typed but not chosen from what the search offers names nobody either.
    person->setText(u"Quarterman"_s);
    save->click();
    EXPECT_EQ(page->markedInput(), person);
    EXPECT_TRUE(page->inlineProblem().startsWith(u"Approval step 1:"_s))
        << page->inlineProblem().toStdString();

    // Part of the name typed: the search offers the one person, chosen.
    person->clear();
    QTest::keyClicks(person, u"quarterm"_s);
    QAbstractItemModel* offered = person->completer()->model();
    ASSERT_TRUE(waitUntil([&] { return offered->rowCount() == 1; }));
    EXPECT_EQ(offered->index(0, 0).data().toString(), shown);
    person->setText(offered->index(0, 0).data().toString());
    EXPECT_EQ(chain->steps().at(0).user, quarterman);

    save->click();
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && list->count() == 1; }));
    EXPECT_TRUE(page->statusText().startsWith(u"Saved"_s)) << page->statusText().toStdString();
    const Reply stored = admin().call(u"catalog.item.list"_s, QJsonObject {{"all"_L1, true}});
    ASSERT_TRUE(stored.ok()) << stored.describe();
    EXPECT_EQ(stored.object().value("items"_L1).toArray().at(0).toObject().value("approvals"_L1),
              (QJsonArray {QJsonObject {{"kind"_L1, u"user"_s}, {"user"_L1, quarterman}}}));

    // Read again from the server (another window, as a later session would): her name, not
    // her id.
    AdminDialog again(*m_app->session(), &window);
    again.showPage(AdminDialog::Page::Catalog);
    auto* reread = static_cast<CatalogPage*>(again.page(AdminDialog::Page::Catalog));
    auto* rereadList = reread->findChild<QListWidget*>(u"adminList"_s);
    ASSERT_TRUE(waitUntil([&] { return !reread->isBusy() && rereadList->count() == 1; }));
    ASSERT_TRUE(reread->selectItem(u"Office keys"_s));
    auto* shownPerson = qobject_cast<UserPicker*>(reread->approvals()->input(0, u"user"_s));
    ASSERT_NE(shownPerson, nullptr);
    ASSERT_TRUE(waitUntil([&] { return shownPerson->text() == shown; }))
        << shownPerson->text().toStdString();
    EXPECT_EQ(reread->approvals()->steps().at(0).user, quarterman);
    EXPECT_TRUE(reread->approvals()->input(0, u"group"_s)->isHidden());

    // She leaves: saving the chain again is refused by the server, said under her step.
    const Reply disabled = admin().call(u"user.disable"_s, QJsonObject {{"id"_L1, quarterman}});
    ASSERT_TRUE(disabled.ok()) << disabled.describe();
    reread->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !reread->isBusy() && !reread->inlineProblem().isEmpty(); }));
    EXPECT_EQ(reread->markedInput(), shownPerson);
    EXPECT_TRUE(reread->inlineProblem().startsWith(u"Approval step 1:"_s))
        << reread->inlineProblem().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogUiTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
