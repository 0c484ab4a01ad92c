// The organisations tab of the administration window, offscreen against a real server: an admin
// creates an organisation (a bad domain is named and marked first), sees its members counted,
// previews a CSV import whose refused row blocks it, then imports a good file; on the users page
// a requester gets an organisation, the VIP mark and the viewer right; the queue's organisation
// filter narrows the list. The pages render their controllers; nothing here is mocked.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/importdialog.h"
#include "client/app/admin/orgspage.h"
#include "client/app/admin/userspage.h"
#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "client/app/navigationpane.h"
#include "client/core/session.h"
#include "clientfixture.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class OrgAdminUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
    }
};

} // namespace

TEST_P(OrgAdminUiTest, AnAdminCreatesAnOrganisationAndImportsMore)
{
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::Organisations);
    auto* page = static_cast<OrgsPage*>(dialog.page(AdminDialog::Page::Organisations));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));

    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    page->findChild<QLineEdit*>(u"orgNameEdit"_s)->setText(u"Acme"_s);
    auto* domains = page->findChild<QLineEdit*>(u"orgDomainsEdit"_s);
    domains->setText(u"acme.test, not a domain"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !page->statusText().isEmpty(); }));
    EXPECT_EQ(page->problemField(), u"domains"_s);
    EXPECT_FALSE(domains->styleSheet().isEmpty()) << "the field is marked";

    domains->setText(u"acme.test"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return rowWith(list, u"Acme"_s) != nullptr; }));
    EXPECT_TRUE(page->statusText().startsWith(u"Organisation created"_s))
        << page->statusText().toStdString();
    EXPECT_TRUE(rowWith(list, u"Acme (0 members)"_s)) << list->item(0)->text().toStdString();

    // A requester of the domain is counted.
    const Reply bob = admin().call(u"user.create"_s,
                                   QJsonObject {{"username"_L1, u"bob"_s},
                                                {"password"_L1, QString::fromLatin1(Password)},
                                                {"display_name"_L1, u"Bob"_s},
                                                {"email"_L1, u"bob@acme.test"_s},
                                                {"role"_L1, u"requester"_s}});
    ASSERT_TRUE(bob.ok()) << bob.describe();
    page->reload();
    ASSERT_TRUE(waitUntil([&] { return rowWith(list, u"Acme (1 member)"_s) != nullptr; }));
    EXPECT_EQ(page->findChild<QLabel*>(u"orgMembersLabel"_s)->text(), u"1"_s);

    // Import: the preview shows the refused row and the import stays off; a good file imports.
    QTemporaryDir dir;
    const auto writeFile = [&](const QString& name, const QByteArray& text) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return file.fileName();
    };
    page->findChild<QPushButton*>(u"importOrgsButton"_s)->click();
    ImportDialog* import = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (import = page->findChild<ImportDialog*>()) != nullptr; }));
    auto* table = import->findChild<QTableView*>(u"importPreview"_s);
    auto* importButton = import->findChild<QPushButton*>(u"importButton"_s);
    import->chooseFile(
        writeFile(u"bad.csv"_s, "name,domains\nGlobex,globex.test\nInitech,acme.test\n"));
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == 2; }));
    EXPECT_TRUE(import->statusText().contains(u"1 refused"_s))
        << import->statusText().toStdString();
    EXPECT_FALSE(importButton->isEnabled());
    import->chooseFile(writeFile(u"good.csv"_s, "name,domains\nGlobex,globex.test\n"));
    ASSERT_TRUE(waitUntil([&] { return importButton->isEnabled(); }));
    importButton->click();
    ASSERT_TRUE(waitUntil([&] { return import->statusText().startsWith(u"Imported"_s); }));
    ASSERT_TRUE(waitUntil([&] { return rowWith(list, u"Globex"_s) != nullptr; }));
    import->close();

    // The users page: Bob gets the VIP mark and the viewer right.
    dialog.showPage(AdminDialog::Page::Users);
    auto* users = static_cast<UsersPage*>(dialog.page(AdminDialog::Page::Users));
    auto* userList = users->findChild<QListWidget*>(u"adminList"_s);
    auto* org = users->findChild<QComboBox*>(u"userOrgBox"_s);
    ASSERT_TRUE(waitUntil(
        [&] { return rowWith(userList, u"(bob)"_s) && org->count() == 3 && !users->isBusy(); }));
    userList->setCurrentItem(rowWith(userList, u"(bob)"_s));
    EXPECT_EQ(org->currentText(), u"Acme"_s);
    users->findChild<QCheckBox*>(u"vipBox"_s)->setChecked(true);
    users->findChild<QCheckBox*>(u"orgViewerBox"_s)->setChecked(true);
    users->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return users->statusText() == u"Saved."_s; }))
        << users->statusText().toStdString();
    const QJsonObject saved =
        admin().call(u"user.get"_s, QJsonObject {{"id"_L1, bob.object().value("id"_L1)}}).object();
    EXPECT_TRUE(saved.value("vip"_L1).toBool());
    EXPECT_TRUE(saved.value("org_viewer"_L1).toBool());
}

TEST_P(OrgAdminUiTest, TheQueueNarrowsToOneOrganisation)
{
    admin().call(u"org.create"_s,
                 QJsonObject {{"name"_L1, u"Acme"_s}, {"domains"_L1, QJsonArray {u"acme.test"_s}}});
    for (const auto& [name, mail] :
         {std::pair {u"bob"_s, u"bob@acme.test"_s}, std::pair {u"nan"_s, u"nan@nowhere.test"_s}}) {
        ASSERT_TRUE(admin()
                        .call(u"user.create"_s,
                              QJsonObject {{"username"_L1, name},
                                           {"password"_L1, QString::fromLatin1(Password)},
                                           {"display_name"_L1, name},
                                           {"email"_L1, mail},
                                           {"role"_L1, u"requester"_s}})
                        .ok());
        auto client = connectAs(name);
        createTicket(*client,
                     QJsonObject {{"title"_L1, QString(name + u"'s printer"_s)},
                                  {"description"_L1, u"jam"_s}});
    }
    MainWindow& window = startAs(u"ada"_s);
    auto* table = window.findChild<QTableView*>();
    auto* filter = window.findChild<QComboBox*>(u"orgFilterBox"_s);
    ASSERT_TRUE(waitUntil([&] { return filter->count() == 2; }));
    NavigationPane* nav = window.navigation();
    const QList<QTreeWidgetItem*> allOpen =
        nav->findItems(u"All open"_s, Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(allOpen.size(), 1);
    nav->setCurrentItem(allOpen.first());
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == 2; }));
    filter->setCurrentIndex(1);
    Q_EMIT filter->activated(1);
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == 1; }));
}

INSTANTIATE_TEST_SUITE_P(Backends, OrgAdminUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
