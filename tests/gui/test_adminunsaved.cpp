// Unsaved edits on the administration pages, offscreen against a real server: choosing another
// record in the list, New, or closing the window asks before the edits are lost; Cancel keeps
// them with the list still on the record being edited, Discard shows what was chosen. Without
// edits nothing is asked.
#include "client/app/actions.h"
#include "client/app/admin/admindialog.h"
#include "client/app/admin/mailtemplatespage.h"
#include "client/app/admin/slapages.h"
#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "clientfixture.h"
#include "provisioning.h"
#include "testhelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class AdminUnsavedTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_ada = createUser(u"ada"_s, u"admin"_s);
    }

    QStringList serverArguments() const override
    {
        return {u"--mail-key-file"_s, m_keyDir.filePath(u"mail.key"_s)};
    }

    QTemporaryDir m_keyDir;
    qint64 m_ada = 0;
};

// Closes the administration window as Close does; returns the question it asked, if any (a
// question would wait for an answer: a watch closes it).
QString closeWithoutQuestion(AdminDialog& dialog)
{
    QString unexpected;
    QTimer watch;
    watch.setSingleShot(true);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            unexpected = box->text();
            box->reject();
        }
    });
    watch.start(2000);
    dialog.reject();
    return unexpected;
}

} // namespace

TEST_P(AdminUnsavedTest, ChoosingAnotherPolicyNewAndCloseAskBeforeEditsAreLost)
{
    const qint64 office = createCalendar(admin(), u"Office"_s, u"mon"_s, u"09:00"_s, u"17:00"_s);
    createSlaPolicy(admin(), u"Gold"_s, office, 60, 480);
    createSlaPolicy(admin(), u"Silver"_s, office, 120, 960);
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.show();
    dialog.showPage(AdminDialog::Page::SlaPolicies);
    auto* page = static_cast<SlaPoliciesPage*>(dialog.page(AdminDialog::Page::SlaPolicies));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* name = page->findChild<QLineEdit*>(u"slaNameEdit"_s);
    ASSERT_TRUE(waitUntil([&] { return list->count() == 2 && !page->isBusy(); }));
    QListWidgetItem* gold = rowWith(list, u"Gold"_s);
    QListWidgetItem* silver = rowWith(list, u"Silver"_s);
    ASSERT_TRUE(gold && silver);

    // Nothing typed: the chosen policy is shown at once, without a question.
    list->setCurrentItem(gold);
    EXPECT_EQ(name->text(), u"Gold"_s);
    list->setCurrentItem(silver);
    EXPECT_EQ(name->text(), u"Silver"_s);
    list->setCurrentItem(gold);
    ASSERT_EQ(name->text(), u"Gold"_s);

    // Typed, then another policy chosen: Cancel keeps the edits and the list on their policy.
    name->setText(u"Gold plus"_s);
    ASSERT_TRUE(page->hasUnsavedEdits());
    auto asked = answerNextQuestion(QMessageBox::Cancel);
    list->setCurrentItem(silver);
    ASSERT_TRUE(waitUntil([&] { return !asked->isEmpty(); }, 10000));
    EXPECT_TRUE(asked->contains(u"not saved"_s)) << asked->toStdString();
    EXPECT_EQ(name->text(), u"Gold plus"_s) << "the edits stay";
    EXPECT_EQ(list->currentItem(), gold) << "the list shows the policy being edited";
    EXPECT_TRUE(page->hasUnsavedEdits());

    // Discard shows the one chosen.
    asked = answerNextQuestion(QMessageBox::Discard);
    list->setCurrentItem(silver);
    ASSERT_TRUE(waitUntil([&] { return name->text() == u"Silver"_s; }))
        << name->text().toStdString();
    EXPECT_FALSE(asked->isEmpty());
    EXPECT_EQ(list->currentItem(), silver);
    EXPECT_FALSE(page->hasUnsavedEdits());

    // New asks too.
    name->setText(u"Silver lining"_s);
    asked = answerNextQuestion(QMessageBox::Cancel);
    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    EXPECT_FALSE(asked->isEmpty());
    EXPECT_EQ(name->text(), u"Silver lining"_s);
    EXPECT_EQ(list->currentItem(), silver);

    // So does closing the window, from another page: it names the page and shows it.
    dialog.showPage(AdminDialog::Page::Calendars);
    asked = answerNextQuestion(QMessageBox::Cancel);
    dialog.reject();
    EXPECT_TRUE(asked->contains(u"SLA policies"_s)) << asked->toStdString();
    EXPECT_TRUE(dialog.isVisible()) << "Cancel keeps the window open";
    EXPECT_EQ(dialog.findChild<QTabWidget*>()->currentWidget(), page);
    EXPECT_EQ(name->text(), u"Silver lining"_s);
    answerNextQuestion(QMessageBox::Discard);
    dialog.reject();
    EXPECT_FALSE(dialog.isVisible());

    // Nothing was saved on the way.
    const Reply listed = admin().call(u"sla.policy.list"_s, {});
    ASSERT_TRUE(listed.ok()) << listed.describe();
    QStringList names;
    for (const QJsonValue& policy : listed.object().value("policies"_L1).toArray())
        names.append(policy.toObject().value("name"_L1).toString());
    names.sort();
    EXPECT_EQ(names, (QStringList {u"Gold"_s, u"Silver"_s}));
}

TEST_P(AdminUnsavedTest, AnEditedMailTemplateIsNotDroppedForAnotherWithoutAsking)
{
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    auto* page = dialog.findChild<MailTemplatesPage*>(u"mailTemplatesPage"_s);
    ASSERT_NE(page, nullptr);
    showTab(dialog, page);
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* body = page->findChild<QPlainTextEdit*>(u"templateBodyEdit"_s);
    ASSERT_TRUE(waitUntil([&] { return list->count() == 36 && !body->toPlainText().isEmpty(); }));
    const QString firstText = body->toPlainText();
    list->setCurrentRow(1);
    const QString secondText = body->toPlainText();
    ASSERT_NE(secondText, firstText) << "shown at once: nothing was typed";
    list->setCurrentRow(0);
    ASSERT_EQ(body->toPlainText(), firstText);

    body->appendPlainText(u"Our phone line: 0800 123"_s);
    EXPECT_TRUE(page->hasUnsavedEdits());
    auto asked = answerNextQuestion(QMessageBox::Cancel);
    list->setCurrentRow(1);
    ASSERT_TRUE(waitUntil([&] { return !asked->isEmpty(); }, 10000));
    EXPECT_TRUE(body->toPlainText().endsWith(u"Our phone line: 0800 123"_s));
    EXPECT_EQ(list->currentRow(), 0);

    answerNextQuestion(QMessageBox::Discard);
    list->setCurrentRow(1);
    ASSERT_TRUE(waitUntil([&] { return body->toPlainText() == secondText; }));
    list->setCurrentRow(0);
    EXPECT_EQ(body->toPlainText(), firstText) << "the discarded text was not kept";
    EXPECT_FALSE(page->hasUnsavedEdits());

    // Another admin saves the template shown while nothing is typed: read again, the editor
    // shows their text and nothing counts as unsaved.
    const QJsonObject first = admin()
                                  .call(u"mail.template.list"_s, {})
                                  .object()
                                  .value("items"_L1)
                                  .toArray()
                                  .at(0)
                                  .toObject();
    const Reply set = admin().call(u"mail.template.set"_s,
                                   QJsonObject {{"kind"_L1, first.value("kind"_L1)},
                                                {"language"_L1, first.value("language"_L1)},
                                                {"subject"_L1, first.value("subject"_L1)},
                                                {"body"_L1, u"Set by another admin."_s}});
    ASSERT_TRUE(set.ok()) << set.describe();
    page->reload();
    ASSERT_TRUE(waitUntil([&] { return body->toPlainText() == u"Set by another admin."_s; }));
    EXPECT_FALSE(page->hasUnsavedEdits());
    EXPECT_EQ(list->currentRow(), 0);

    // Nothing typed: Close closes without a question.
    dialog.show();
    EXPECT_EQ(closeWithoutQuestion(dialog), QString());
    EXPECT_FALSE(dialog.isVisible());
}

// The session ends (signed out from elsewhere) while the administration window runs its own event
// loop over the main window, with edits in it: the window and the main window close without a
// question and the login dialog asks again. Deleting the main window under that loop had
// destroyed the dialog twice.
TEST_P(AdminUnsavedTest, ASessionEndedUnderTheAdministrationWindowClosesItAndAsksForALogin)
{
    QPointer<MainWindow> window = &startAs(u"ada"_s);
    QPointer<AdminDialog> opened;
    bool revoked = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = window ? window->findChild<AdminDialog*>() : nullptr;
        auto* page = dialog ? dialog->page(AdminDialog::Page::SlaPolicies) : nullptr;
        if (!page || !page->isVisible() || page->isBusy())
            return;
        poll.stop();
        opened = dialog;
        page->findChild<QLineEdit*>(u"slaNameEdit"_s)->setText(u"Typed, never saved"_s);
        EXPECT_TRUE(page->hasUnsavedEdits());
        const Reply done =
            admin().call(u"session.revoke_all"_s, QJsonObject {{"user_id"_L1, m_ada}});
        EXPECT_TRUE(done.ok()) << done.describe();
        revoked = true;
    });
    poll.start();
    // The menu's action opens the window modally (exec()): what follows runs inside its loop.
    QTimer::singleShot(0, window,
                       [&] { window->actions()[Actions::ManageSlaPolicies]->trigger(); });
    ASSERT_TRUE(waitUntil([&] { return revoked && !window; }, 15000))
        << "the main window goes once the session has ended";
    EXPECT_FALSE(opened) << "the administration window went with it";
    EXPECT_EQ(m_app->mainWindow(), nullptr);
    EXPECT_TRUE(waitUntil([] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        return std::any_of(windows.begin(), windows.end(), [](QWidget* widget) {
            return widget->inherits("frontline::client::ui::LoginDialog") && widget->isVisible();
        });
    })) << "the login asks again";
}

// Every administration page that edits a record tells its unsaved edits: none once a record
// is shown (also after what the page reads later: members, organisations), one once a field is
// changed, kept when the page is read again (its tab shown again), none again once the field
// holds what was shown; and a save leaves none.
TEST_P(AdminUnsavedTest, EveryEditingPageTellsItsUnsavedEditsAndKeepsThemWhenReadAgain)
{
    frontline::test::createGroup(admin(), u"Desk"_s, 1);
    const auto made = [this](const QString& method, const QJsonObject& params) {
        const Reply reply = admin().call(method, params);
        EXPECT_TRUE(reply.ok()) << method.toStdString() << ": " << reply.describe();
    };
    made(u"category.create"_s, {{"name"_L1, u"Printers"_s}});
    made(u"canned.create"_s, {{"title"_L1, u"Reboot"_s}, {"body"_L1, u"Please reboot."_s}});
    made(u"org.create"_s, {{"name"_L1, u"Acme"_s}, {"domains"_L1, QJsonArray {u"acme.test"_s}}});
    made(u"webhook.create"_s,
         {{"url"_L1, u"http://127.0.0.1:9/hook"_s}, {"events"_L1, QJsonArray {u"*"_s}}});
    const Reply field = admin().call(u"field.create"_s,
                                     QJsonObject {{"name"_L1, u"asset_tag"_s},
                                                  {"label"_L1, u"Asset tag"_s},
                                                  {"type"_L1, u"text"_s}});
    ASSERT_TRUE(field.ok()) << field.describe();
    made(u"ci.class.create"_s,
         {{"name"_L1, u"workstation"_s},
          {"label"_L1, u"Workstation"_s},
          {"fields"_L1, QJsonArray {QJsonObject {{"field"_L1, u"asset_tag"_s}}}}});
    made(u"mailbox.create"_s,
         {{"name"_L1, u"IT Desk"_s},
          {"address"_L1, u"desk@example.test"_s},
          {"host"_L1, u"127.0.0.1"_s},
          {"port"_L1, 1143},
          {"security"_L1, u"none"_s},
          {"username"_L1, u"desk"_s},
          {"password"_L1, u"secret"_s},
          {"folder"_L1, u"INBOX"_s}});
    // A requester of Acme's domain joins it: the users page shows a chosen organisation.
    made(u"user.create"_s,
         {{"username"_L1, u"bob"_s},
          {"password"_L1, u"correct horse battery"_s},
          {"display_name"_L1, u"Bob"_s},
          {"email"_L1, u"bob@acme.test"_s},
          {"role"_L1, u"requester"_s}});
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.show();

    struct Case
    {
        AdminDialog::Page page;
        QString field; // a line edited, or a box toggled
        bool record; // a stored record is chosen first (else the editor of a new one)
        QString row = {}; // the record's row holds this (empty: the last row)
    };
    const QList<Case> cases {
        {AdminDialog::Page::Users, u"displayNameEdit"_s, true, u"Bob"_s},
        {AdminDialog::Page::Groups, u"groupNameEdit"_s, true},
        {AdminDialog::Page::Categories, u"categoryNameEdit"_s, true},
        {AdminDialog::Page::Canned, u"cannedTitleEdit"_s, true},
        {AdminDialog::Page::Lifecycles, u"lifecycleInitialEdit"_s, true},
        {AdminDialog::Page::Mailboxes, u"mailboxNameEdit"_s, true},
        {AdminDialog::Page::OutgoingMail, u"smtpFromNameEdit"_s, false},
        {AdminDialog::Page::Security, u"requireTotp_agent"_s, false},
        {AdminDialog::Page::Directories, u"directoryNameEdit"_s, false},
        {AdminDialog::Page::Organisations, u"orgNameEdit"_s, true},
        {AdminDialog::Page::Webhooks, u"webhookUrlEdit"_s, true},
        {AdminDialog::Page::Fields, u"fieldLabelEdit"_s, true},
        {AdminDialog::Page::CiClasses, u"ciClassLabelEdit"_s, true},
    };
    for (const Case& each : cases) {
        AdminPage* page = dialog.page(each.page);
        const std::string name = page->objectName().toStdString();
        SCOPED_TRACE(name);
        auto* list = page->findChild<QListWidget*>(u"adminList"_s);
        const auto settled = [&] {
            // What a page reads after showing a record (members, organisations) has come.
            EXPECT_TRUE(waitUntil([&] { return !page->isBusy(); }));
            waitUntil([] { return false; }, 200);
        };
        dialog.showPage(each.page);
        ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && (!each.record || list->count()); }));
        if (each.record) {
            list->setCurrentItem(each.row.isEmpty() ? list->item(list->count() - 1)
                                                    : rowWith(list, each.row));
            ASSERT_NE(list->currentItem(), nullptr);
        }
        settled();
        EXPECT_FALSE(page->hasUnsavedEdits()) << "as shown";

        auto* line = page->findChild<QLineEdit*>(each.field);
        auto* box = page->findChild<QAbstractButton*>(each.field);
        ASSERT_TRUE(line || box) << each.field.toStdString();
        const QString shown = line ? line->text() : QString();
        const auto edit = [&] {
            if (line)
                line->setText(shown + u" (edited)"_s);
            else
                box->toggle();
        };
        if (each.page == AdminDialog::Page::Users) {
            ASSERT_EQ(page->findChild<QComboBox*>(u"userOrgBox"_s)->currentText(), u"Acme"_s);
        }
        edit();
        EXPECT_TRUE(page->hasUnsavedEdits()) << "after an edit";

        // Read again, as when its tab is shown again: the edit stays, and still counts.
        page->reload();
        settled();
        if (line) {
            EXPECT_EQ(line->text(), shown + u" (edited)"_s) << "the edit stays";
        }
        EXPECT_TRUE(page->hasUnsavedEdits()) << "after a reread";

        // Back to what was shown: nothing is unsaved.
        if (line)
            line->setText(shown);
        else
            box->toggle();
        EXPECT_FALSE(page->hasUnsavedEdits()) << "the field holds what was shown again";
    }

    // Another admin renames the attribute a CI class has: the class's editor shows the new
    // label, which is no edit of this admin's.
    AdminPage* classes = dialog.page(AdminDialog::Page::CiClasses);
    auto* attributes = classes->findChild<QListWidget*>(u"ciClassFieldList"_s);
    ASSERT_NE(attributes, nullptr);
    ASSERT_EQ(attributes->count(), 1);
    ASSERT_TRUE(admin()
                    .call(u"field.update"_s,
                          QJsonObject {{"id"_L1, field.object().value("id"_L1)},
                                       {"label"_L1, u"Inventory number"_s}})
                    .ok());
    dialog.showPage(AdminDialog::Page::CiClasses);
    ASSERT_TRUE(waitUntil([&] {
        return !classes->isBusy() && attributes->count() == 1
            && attributes->item(0)->text().contains(u"Inventory number"_s);
    }));
    EXPECT_FALSE(classes->hasUnsavedEdits());

    // A save leaves nothing unsaved, and the page shows what was stored; what is typed while
    // the save is on its way stays, unsaved.
    dialog.showPage(AdminDialog::Page::Groups);
    AdminPage* groups = dialog.page(AdminDialog::Page::Groups);
    auto* groupName = groups->findChild<QLineEdit*>(u"groupNameEdit"_s);
    ASSERT_TRUE(waitUntil([&] { return !groups->isBusy() && groupName->text() == u"Desk"_s; }));
    groupName->setText(u"Service desk"_s);
    ASSERT_TRUE(groups->hasUnsavedEdits());
    groups->findChild<QPushButton*>(u"adminSave"_s)->click();
    groupName->setText(u"Service desk team"_s); // before the answer: it needs the event loop
    ASSERT_TRUE(waitUntil([&] { return !groups->isBusy() && !groups->statusText().isEmpty(); }));
    waitUntil([] { return false; }, 300);
    EXPECT_EQ(groups->statusText(), u"Saved."_s);
    EXPECT_EQ(groupName->text(), u"Service desk team"_s) << "the reread after the save keeps it";
    EXPECT_TRUE(groups->hasUnsavedEdits());
    groupName->setText(u"Service desk"_s);
    EXPECT_FALSE(groups->hasUnsavedEdits()) << "what the save stored is no edit";
    const QListWidgetItem* row = groups->findChild<QListWidget*>(u"adminList"_s)->currentItem();
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->text(), u"Service desk (L1)"_s) << "the list shows what was stored";

    // The same on the users page, which shows the person as the answer stored them.
    dialog.showPage(AdminDialog::Page::Users);
    AdminPage* users = dialog.page(AdminDialog::Page::Users);
    auto* displayName = users->findChild<QLineEdit*>(u"displayNameEdit"_s);
    ASSERT_TRUE(waitUntil([&] { return !users->isBusy() && displayName->text() == u"Bob"_s; }));
    displayName->setText(u"Bob B."_s);
    users->findChild<QPushButton*>(u"adminSave"_s)->click();
    displayName->setText(u"Bob Brown"_s);
    ASSERT_TRUE(waitUntil([&] { return !users->isBusy() && !users->statusText().isEmpty(); }));
    EXPECT_EQ(users->statusText(), u"Saved."_s);
    EXPECT_EQ(displayName->text(), u"Bob Brown"_s);
    EXPECT_TRUE(users->hasUnsavedEdits());
    displayName->setText(u"Bob B."_s);
    EXPECT_FALSE(users->hasUnsavedEdits());

    // Nothing is left unsaved anywhere: Close closes without a question.
    EXPECT_EQ(closeWithoutQuestion(dialog), QString());
    EXPECT_FALSE(dialog.isVisible());
}

INSTANTIATE_TEST_SUITE_P(Backends, AdminUnsavedTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
