// The mail pages of the administration window (issue 19), offscreen against a real server with
// a mail key: an admin fills in a mailbox with a port no server can have and sees the port named
// and its field marked, then a certificate that is no PEM; corrected, the mailbox is listed, the
// password field stays empty, and Test connection says in words which step failed. On the Outgoing
// mail tab a saved password is reported as stored and never shown. The pages render their
// controllers; nothing is mocked.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/mailboxespage.h"
#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "clientfixture.h"
#include "testhelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class MailAdminUiTest : public ClientFixture
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

TEST_P(MailAdminUiTest, AMailboxWithAWrongPortIsMarkedThenCreatedAndTested)
{
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    auto* page = dialog.findChild<MailboxesPage*>(u"mailboxesPage"_s);
    ASSERT_NE(page, nullptr);
    showTab(dialog, page);
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    EXPECT_EQ(list->count(), 0);

    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    page->findChild<QLineEdit*>(u"mailboxNameEdit"_s)->setText(u"IT Service Desk"_s);
    page->findChild<QLineEdit*>(u"mailboxHostEdit"_s)->setText(u"127.0.0.1"_s);
    auto* port = page->findChild<QSpinBox*>(u"mailboxPortBox"_s);
    port->setValue(70000);
    auto* security = page->findChild<QComboBox*>(u"mailboxSecurityBox"_s);
    security->setCurrentIndex(security->findData(u"none"_s));
    page->findChild<QLineEdit*>(u"mailboxUsernameEdit"_s)->setText(u"desk@example.test"_s);
    auto* password = page->findChild<QLineEdit*>(u"mailboxPasswordEdit"_s);
    password->setText(u"imap-secret"_s);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !page->statusText().isEmpty(); }));
    EXPECT_EQ(page->problemField(), u"port"_s);
    EXPECT_TRUE(page->statusText().startsWith(u"IMAP port"_s)) << page->statusText().toStdString();
    EXPECT_FALSE(port->styleSheet().isEmpty()) << "the field is marked";
    EXPECT_EQ(list->count(), 0);

    // A certificate that is no PEM is named too; left empty, none is stored.
    port->setValue(freePort());
    auto* certificate = page->findChild<QPlainTextEdit*>(u"mailboxCertificateEdit"_s);
    certificate->setPlainText(u"not a certificate"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return page->problemField() == u"certificate"_s; }));
    EXPECT_TRUE(page->statusText().startsWith(u"Trusted certificate"_s))
        << page->statusText().toStdString();
    EXPECT_TRUE(port->styleSheet().isEmpty()) << "only the field now refused is marked";
    certificate->clear();
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1 && !page->isBusy(); }))
        << page->statusText().toStdString();
    EXPECT_EQ(page->statusText(), u"Mailbox created."_s);
    EXPECT_TRUE(list->currentItem()->text().startsWith(u"IT Service Desk"_s));
    EXPECT_TRUE(port->styleSheet().isEmpty()) << "the mark is gone once saved";
    EXPECT_TRUE(password->text().isEmpty()) << "the password is never shown";
    EXPECT_TRUE(password->placeholderText().contains(u"stored"_s));

    auto* test = page->findChild<QPushButton*>(u"mailboxTest"_s);
    ASSERT_TRUE(test->isEnabled());
    test->click();
    ASSERT_TRUE(waitUntil(
        [&] { return page->statusText().startsWith(u"Connecting"_s) && !page->isBusy(); }, 60000))
        << page->statusText().toStdString();
    EXPECT_TRUE(page->statusText().startsWith(u"Connecting to the host and port failed"_s));

    // Delete asks first: No keeps the mailbox, Yes deletes it.
    auto* remove = page->findChild<QPushButton*>(u"adminDelete"_s);
    ASSERT_TRUE(remove->isEnabled());
    answerNextQuestion(QMessageBox::No);
    remove->click();
    EXPECT_FALSE(page->isBusy()) << "answered No: nothing sent";
    answerNextQuestion(QMessageBox::Yes);
    remove->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 0 && !page->isBusy(); }));
    EXPECT_EQ(page->statusText(), u"Deleted. What the mailbox filed stays."_s);
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_TRUE(admin().call(u"mailbox.list"_s).items().isEmpty());
}

TEST_P(MailAdminUiTest, OutgoingMailShowsThatAPasswordIsStored)
{
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    auto* page = dialog.findChild<OutgoingMailPage*>(u"outgoingMailPage"_s);
    ASSERT_NE(page, nullptr);
    showTab(dialog, page);
    auto* state = page->findChild<QLabel*>(u"smtpPasswordState"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && !state->text().isEmpty(); }));
    EXPECT_EQ(state->text(), u"No password is stored."_s);

    page->findChild<QLineEdit*>(u"smtpHostEdit"_s)->setText(u"smtp.example.org"_s);
    page->findChild<QLineEdit*>(u"smtpUsernameEdit"_s)->setText(u"relay"_s);
    auto* password = page->findChild<QLineEdit*>(u"smtpPasswordEdit"_s);
    password->setText(u"relay-secret"_s);
    auto* from = page->findChild<QLineEdit*>(u"smtpFromAddressEdit"_s);
    from->setText(u"not an address"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !page->statusText().isEmpty(); }));
    EXPECT_EQ(page->problemField(), u"from_address"_s);
    EXPECT_TRUE(page->statusText().startsWith(u"From address"_s))
        << page->statusText().toStdString();
    EXPECT_FALSE(from->styleSheet().isEmpty());

    from->setText(u"desk@example.org"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(
        waitUntil([&] { return state->text() == u"A password is stored."_s && !page->isBusy(); }));
    EXPECT_EQ(page->statusText(), u"Saved."_s);
    EXPECT_TRUE(password->text().isEmpty()) << "the password is never shown";
    EXPECT_EQ(page->findChild<QLineEdit*>(u"smtpHostEdit"_s)->text(), u"smtp.example.org"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, MailAdminUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
