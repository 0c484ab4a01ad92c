// Unsaved edits on the administration pages, offscreen against a real server: choosing another
// record in the list, New, or closing the window asks before the edits are lost; Cancel keeps
// them with the list still on the record being edited, Discard shows what was chosen. Without
// edits nothing is asked.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/mailtemplatespage.h"
#include "client/app/admin/slapages.h"
#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "clientfixture.h"
#include "provisioning.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

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
        createUser(u"ada"_s, u"admin"_s);
    }

    QStringList serverArguments() const override
    {
        return {u"--mail-key-file"_s, m_keyDir.filePath(u"mail.key"_s)};
    }

    QTemporaryDir m_keyDir;
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
    QString asked;
    answerNextQuestion(QMessageBox::Cancel, 10000, &asked);
    list->setCurrentItem(silver);
    ASSERT_TRUE(waitUntil([&] { return !asked.isEmpty(); }));
    EXPECT_TRUE(asked.contains(u"not saved"_s)) << asked.toStdString();
    EXPECT_EQ(name->text(), u"Gold plus"_s) << "the edits stay";
    EXPECT_EQ(list->currentItem(), gold) << "the list shows the policy being edited";
    EXPECT_TRUE(page->hasUnsavedEdits());

    // Discard shows the one chosen.
    asked.clear();
    answerNextQuestion(QMessageBox::Discard, 10000, &asked);
    list->setCurrentItem(silver);
    ASSERT_TRUE(waitUntil([&] { return name->text() == u"Silver"_s; }))
        << name->text().toStdString();
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(list->currentItem(), silver);
    EXPECT_FALSE(page->hasUnsavedEdits());

    // New asks too.
    name->setText(u"Silver lining"_s);
    asked.clear();
    answerNextQuestion(QMessageBox::Cancel, 10000, &asked);
    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(name->text(), u"Silver lining"_s);
    EXPECT_EQ(list->currentItem(), silver);

    // So does closing the window, from another page: it names the page and shows it.
    dialog.showPage(AdminDialog::Page::Calendars);
    asked.clear();
    answerNextQuestion(QMessageBox::Cancel, 10000, &asked);
    dialog.reject();
    EXPECT_TRUE(asked.contains(u"SLA policies"_s)) << asked.toStdString();
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
    QString asked;
    answerNextQuestion(QMessageBox::Cancel, 10000, &asked);
    list->setCurrentRow(1);
    ASSERT_TRUE(waitUntil([&] { return !asked.isEmpty(); }));
    EXPECT_TRUE(body->toPlainText().endsWith(u"Our phone line: 0800 123"_s));
    EXPECT_EQ(list->currentRow(), 0);

    answerNextQuestion(QMessageBox::Discard);
    list->setCurrentRow(1);
    ASSERT_TRUE(waitUntil([&] { return body->toPlainText() == secondText; }));
    list->setCurrentRow(0);
    EXPECT_EQ(body->toPlainText(), firstText) << "the discarded text was not kept";
    EXPECT_FALSE(page->hasUnsavedEdits());
}

INSTANTIATE_TEST_SUITE_P(Backends, AdminUnsavedTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
