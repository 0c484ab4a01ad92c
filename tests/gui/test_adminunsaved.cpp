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

#include <QApplication>
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

    // Nothing typed: Close closes without a question. (A question would wait for an answer:
    // the watch closes it and says so.)
    dialog.show();
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
    EXPECT_EQ(unexpected, QString());
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

INSTANTIATE_TEST_SUITE_P(Backends, AdminUnsavedTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
