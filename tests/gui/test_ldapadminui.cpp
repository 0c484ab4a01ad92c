// The Directories tab of the administration window (issue 20), offscreen against a real server
// and a real slapd: an admin fills in a directory with a wrong URL and sees the URL named; fixed,
// the directory is listed, the password field stays empty, Test connection says how many users
// the filter matches, and Sync now shows the counts. The page renders LdapAdmin; nothing is
// mocked.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/directoriespage.h"
#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "clientfixture.h"
#include "ldapserver.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class LdapAdminUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        bool isError = false;
        QString why;
        m_ldap = LdapServer::start(&why, &isError);
        if (!m_ldap && isError)
            FAIL() << why.toStdString();
        if (!m_ldap)
            GTEST_SKIP() << why.toStdString();
        createUser(u"ada"_s, u"admin"_s);
    }

    std::unique_ptr<LdapServer> m_ldap;
};

} // namespace

TEST_P(LdapAdminUiTest, ADirectoryIsNamedWhenWrongThenSavedTestedAndSynced)
{
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    auto* page = dialog.findChild<DirectoriesPage*>(u"directoriesPage"_s);
    ASSERT_NE(page, nullptr);
    auto* tabs = dialog.findChild<QTabWidget*>();
    tabs->setCurrentIndex(tabs->indexOf(page));
    EXPECT_TRUE(tabs->isTabVisible(tabs->indexOf(page)));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    EXPECT_EQ(list->count(), 0);

    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    page->findChild<QLineEdit*>(u"directoryNameEdit"_s)->setText(u"Example"_s);
    auto* url = page->findChild<QLineEdit*>(u"directoryUrlEdit"_s);
    url->setText(u"http://127.0.0.1"_s);
    page->findChild<QLineEdit*>(u"directoryCaFileEdit"_s)->setText(m_ldap->caFile());
    page->findChild<QLineEdit*>(u"directoryBindDnEdit"_s)
        ->setText(QLatin1String(LdapServer::ServiceDn));
    auto* password = page->findChild<QLineEdit*>(u"directoryBindPasswordEdit"_s);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    password->setText(QLatin1String(LdapServer::ServicePassword));
    page->findChild<QLineEdit*>(u"directoryBaseDnEdit"_s)
        ->setText(QLatin1String(LdapServer::BaseDn));
    page->findChild<QLineEdit*>(u"directoryFilterEdit"_s)
        ->setText(QLatin1String(LdapServer::Filter));
    auto* mappings = page->findChild<QTableWidget*>(u"directoryMappingsTable"_s);
    mappings->setRowCount(1);
    mappings->setItem(0, 0, new QTableWidgetItem(QLatin1String(LdapServer::AdminsGroup)));
    mappings->setItem(0, 1, new QTableWidgetItem(u"admin"_s));
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !page->statusText().isEmpty(); }));
    EXPECT_TRUE(page->statusText().startsWith(u"URL"_s)) << page->statusText().toStdString();
    EXPECT_FALSE(url->styleSheet().isEmpty()) << "the field is marked";
    EXPECT_EQ(list->count(), 0);

    url->setText(m_ldap->ldapUrl());
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1 && !page->isBusy(); }));
    EXPECT_EQ(page->statusText(), u"Saved."_s);
    EXPECT_TRUE(list->currentItem()->text().startsWith(u"Example"_s));
    EXPECT_TRUE(password->text().isEmpty()) << "the password is never shown";
    EXPECT_TRUE(password->placeholderText().contains(u"stored"_s));
    EXPECT_EQ(mappings->rowCount(), 1);

    auto* result = page->findChild<QLabel*>(u"directoryResultLabel"_s);
    auto* test = page->findChild<QPushButton*>(u"directoryTestButton"_s);
    ASSERT_TRUE(test->isEnabled());
    test->click();
    ASSERT_TRUE(waitUntil([&] { return result->text().contains(u"matches"_s); }, 30000))
        << result->text().toStdString();
    EXPECT_TRUE(result->text().contains(u"5 user"_s)) << result->text().toStdString();
    EXPECT_TRUE(result->text().contains(u"alice"_s));

    page->findChild<QPushButton*>(u"directorySyncButton"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return result->text().startsWith(u"Created"_s); }, 30000))
        << result->text().toStdString();
    EXPECT_TRUE(result->text().startsWith(u"Created 5, updated 0, disabled 0"_s))
        << result->text().toStdString();

    // Another admin removes it while this one edits it: the edits stay, the page says so, and
    // saving adds it again (its rows are positions: it is found by its name).
    auto* remove = page->findChild<QPushButton*>(u"adminDelete"_s);
    auto* name = page->findChild<QLineEdit*>(u"directoryNameEdit"_s);
    name->setText(u"Example corp"_s);
    ASSERT_TRUE(page->hasUnsavedEdits());
    const Reply cleared =
        admin().call(u"config.set"_s,
                     QJsonObject {{"key"_L1, u"ldap"_s},
                                  {"value"_L1, QJsonObject {{"directories"_L1, QJsonArray {}}}}});
    ASSERT_TRUE(cleared.ok()) << cleared.describe();
    page->reload();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 0 && !page->isBusy(); }));
    EXPECT_EQ(name->text(), u"Example corp"_s) << "the edit stays";
    EXPECT_EQ(page->statusText(), u"Another admin removed this directory. Saving adds it again."_s);
    EXPECT_FALSE(remove->isEnabled());
    password->setText(QLatin1String(LdapServer::ServicePassword)); // the stored one went with it
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1 && !page->isBusy(); }));
    EXPECT_EQ(page->statusText(), u"Saved."_s);
    EXPECT_TRUE(list->currentItem()->text().startsWith(u"Example corp"_s));
    EXPECT_FALSE(page->hasUnsavedEdits());

    // Removing it asks first and says what becomes of the accounts it made.
    ASSERT_TRUE(waitUntil([&] { return remove->isEnabled(); }));
    answerNextQuestion(QMessageBox::Yes);
    remove->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 0 && !page->isBusy(); }));
    EXPECT_EQ(page->statusText(), u"Removed. Its accounts stay, and cannot sign in."_s);
    EXPECT_FALSE(remove->isEnabled());
}

INSTANTIATE_TEST_SUITE_P(Backends, LdapAdminUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
