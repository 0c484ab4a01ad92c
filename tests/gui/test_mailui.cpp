// The e-mail channel's client screens (issue 19), offscreen against a real server: in Mail
// templates an admin types and the preview (rendered by the server) follows, inserts a
// placeholder from the list, sees an unknown one named, saves and resets; Mail outbox shows a
// mail whose relay is down with its attempt and error, and Retry now sends it to the sender
// again; the Settings dialog stores which notification mails the user gets. Nothing is mocked.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/mailoutboxpage.h"
#include "client/app/admin/mailtemplatespage.h"
#include "client/app/appcontroller.h"
#include "client/app/dialogs/settingsdialog.h"
#include "client/app/mainwindow.h"
#include "client/core/admin/mailoutboxmodel.h"
#include "client/core/mailpreferences.h"
#include "clientfixture.h"
#include "testhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class MailUiTest : public ClientFixture
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

TEST_P(MailUiTest, TypingInATemplateChangesThePreview)
{
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    auto* page = dialog.findChild<MailTemplatesPage*>(u"mailTemplatesPage"_s);
    ASSERT_NE(page, nullptr);
    showTab(dialog, page);
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* previewSubject = page->findChild<QLabel*>(u"templatePreviewSubject"_s);
    auto* previewBody = page->findChild<QPlainTextEdit*>(u"templatePreviewBody"_s);
    ASSERT_TRUE(waitUntil([&] { return list->count() == 36 && !previewSubject->text().isEmpty(); }))
        << list->count();
    EXPECT_TRUE(previewSubject->text().startsWith(u"[#1234]"_s)) << "the sample ticket";

    auto* body = page->findChild<QPlainTextEdit*>(u"templateBodyEdit"_s);
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, u"See you, the desk team."_s);
    ASSERT_TRUE(waitUntil(
        [&] { return previewBody->toPlainText().contains(u"See you, the desk team."_s); }));

    auto* placeholders = page->findChild<QComboBox*>(u"templatePlaceholderBox"_s);
    placeholders->setCurrentIndex(placeholders->findData(u"ticket.title"_s));
    ASSERT_GE(placeholders->currentIndex(), 0);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, u"About: "_s);
    page->findChild<QPushButton*>(u"templateInsert"_s)->click();
    EXPECT_TRUE(body->toPlainText().endsWith(u"About: {{ticket.title}}"_s));
    ASSERT_TRUE(waitUntil([&] {
        return previewBody->toPlainText().contains(
            u"About: Printer on the 3rd floor prints blank pages"_s);
    }));

    QTest::keyClicks(body, u" {{ticket.colour}}"_s);
    ASSERT_TRUE(waitUntil([&] { return page->problemField() == u"body"_s; }));
    EXPECT_TRUE(page->statusText().startsWith(u"Body"_s)) << page->statusText().toStdString();
    EXPECT_FALSE(body->styleSheet().isEmpty()) << "the field is marked";
    for (int i = 0; i < int(u" {{ticket.colour}}"_s.size()); ++i)
        QTest::keyClick(body, Qt::Key_Backspace);
    ASSERT_TRUE(waitUntil([&] { return page->problemField().isEmpty(); }));
    EXPECT_TRUE(body->styleSheet().isEmpty());

    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return page->statusText() == u"Template saved."_s; }));
    EXPECT_TRUE(list->currentItem()->text().endsWith(u"(edited)"_s))
        << list->currentItem()->text().toStdString();

    page->findChild<QPushButton*>(u"templateReset"_s)->click();
    ASSERT_TRUE(
        waitUntil([&] { return page->statusText() == u"The default text is used again."_s; }));
    EXPECT_FALSE(list->currentItem()->text().endsWith(u"(edited)"_s));
    EXPECT_FALSE(body->toPlainText().contains(u"See you"_s));
    ASSERT_TRUE(waitUntil([&] { return !previewBody->toPlainText().contains(u"See you"_s); }));
}

TEST_P(MailUiTest, TheOutboxShowsAWaitingMailAndRetriesIt)
{
    const Reply smtp =
        admin().call(u"config.set"_s,
                     QJsonObject {{"key"_L1, u"smtp"_s},
                                  {"value"_L1,
                                   QJsonObject {{"enabled"_L1, true},
                                                {"host"_L1, u"127.0.0.1"_s},
                                                {"port"_L1, int(freePort())},
                                                {"security"_L1, u"none"_s},
                                                {"from_address"_L1, u"desk@example.com"_s}}}});
    ASSERT_TRUE(smtp.ok()) << smtp.describe();
    createUser(u"ann"_s, u"requester"_s);
    auto ann = connectAs(u"ann"_s);
    createTicket(*ann, {{"title"_L1, u"VPN drops"_s}, {"description"_L1, u"Every hour."_s}});

    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.show();
    auto* page = dialog.findChild<MailOutboxPage*>(u"mailOutboxPage"_s);
    ASSERT_NE(page, nullptr);
    showTab(dialog, page);
    auto* table = page->findChild<QTableView*>(u"outboxTable"_s);
    auto* model = table->model();
    // Refreshed live: the sender's failed first attempt shows up without a click.
    ASSERT_TRUE(waitUntil(
        [&] {
            // Claimed for the attempt (Sending) first, then queued again with its error.
            return model->rowCount() == 1
                && model->index(0, MailOutboxModel::Attempts).data().toInt() == 1
                && model->index(0, MailOutboxModel::State).data().toString() == u"Queued"_s;
        },
        15000));
    EXPECT_EQ(model->index(0, MailOutboxModel::State).data().toString(), u"Queued"_s);
    EXPECT_EQ(model->index(0, MailOutboxModel::Recipient).data().toString(), u"ann@example.com"_s);
    EXPECT_FALSE(model->index(0, MailOutboxModel::LastError).data().toString().isEmpty());
    EXPECT_FALSE(model->index(0, MailOutboxModel::NextTry).data().toString().isEmpty());
    EXPECT_TRUE(page->findChild<QLabel*>(u"outboxCounts"_s)->text().startsWith(u"1 queued"_s));

    auto* retry = page->findChild<QPushButton*>(u"outboxRetry"_s);
    EXPECT_FALSE(retry->isEnabled()) << "nothing selected";
    table->selectRow(0);
    ASSERT_TRUE(retry->isEnabled());
    retry->click();
    ASSERT_TRUE(waitUntil([&] { return page->statusText().contains(u"sent again now"_s); }));

    auto* filter = page->findChild<QComboBox*>(u"outboxStateBox"_s);
    filter->setCurrentIndex(filter->findData(u"sent"_s));
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() == 0 && !page->isBusy(); }));
}

TEST_P(MailUiTest, SettingsStoreWhichNotificationMailsTheUserGets)
{
    MainWindow& window = startAs(u"ada"_s);
    MailPreferences mail(*m_app->session());
    SettingsDialog dialog(m_app->session()->settings(), mail, &window);
    ASSERT_TRUE(waitUntil([&] { return dialog.findChild<QCheckBox*>(u"mailKind_closed"_s); }));
    auto* closed = dialog.findChild<QCheckBox*>(u"mailKind_closed"_s);
    EXPECT_TRUE(closed->isChecked());
    EXPECT_NE(dialog.findChild<QCheckBox*>(u"mailKind_sla_breached"_s), nullptr)
        << "staff mails for an admin";
    closed->setChecked(false);
    auto* language = dialog.findChild<QComboBox*>(u"mailLanguageBox"_s);
    language->setCurrentIndex(language->findData(u"de"_s));
    dialog.accept();
    ASSERT_TRUE(waitUntil([&] { return dialog.result() == QDialog::Accepted; }));

    // Stored on the server: a second controller (another window, the applet) reads them back.
    MailPreferences again(*m_app->session());
    bool loaded = false;
    QObject::connect(&again, &MailPreferences::loaded, [&] { loaded = true; });
    again.load();
    ASSERT_TRUE(waitUntil([&] { return loaded; }));
    EXPECT_EQ(again.language(), u"de"_s);
    EXPECT_FALSE(again.wants(u"closed"_s));
}

INSTANTIATE_TEST_SUITE_P(Backends, MailUiTest, ::testing::Values(TestBackend::Sqlite), backendName);
