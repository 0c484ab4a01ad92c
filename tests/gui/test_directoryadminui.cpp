// The directory's administration pages in the agent client, offscreen against a real server:
// an admin creates a person (a wrong e-mail is named and marked on its field first), finds
// them, disables them (they can no longer log in); gives a group a manager, an escalation
// target and a member; and routes a new category to a group, then retires it. The pages render
// their controllers (client/core/admin); nothing here is mocked.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/categoriespage.h"
#include "client/app/admin/groupspage.h"
#include "client/app/admin/userspage.h"
#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "client/core/session.h"
#include "client/widgets/userpicker.h"
#include "clientfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class DirectoryAdminUiTest : public ClientFixture
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

TEST_P(DirectoryAdminUiTest, AnAdminCreatesFindsAndDisablesAPerson)
{
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::Users);
    auto* page = static_cast<UsersPage*>(dialog.page(AdminDialog::Page::Users));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    ASSERT_TRUE(waitUntil([&] { return rowWith(list, u"(ada)"_s) && !page->isBusy(); }));

    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    page->findChild<QLineEdit*>(u"usernameEdit"_s)->setText(u"frank"_s);
    page->findChild<QLineEdit*>(u"displayNameEdit"_s)->setText(u"Frank Castle"_s);
    auto* email = page->findChild<QLineEdit*>(u"emailEdit"_s);
    email->setText(u"frank at example"_s);
    page->findChild<QLineEdit*>(u"passwordEdit"_s)->setText(u"correct horse battery"_s);
    auto* role = page->findChild<QComboBox*>(u"roleBox"_s);
    role->setCurrentIndex(role->findData(u"agent"_s));
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !page->statusText().isEmpty(); }));
    EXPECT_TRUE(page->statusText().startsWith(u"E-mail"_s)) << page->statusText().toStdString();
    EXPECT_EQ(page->problemField(), u"email"_s);
    EXPECT_FALSE(email->styleSheet().isEmpty()) << "the field is marked";

    email->setText(u"frank@example.com"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return rowWith(list, u"Frank Castle (frank)"_s) != nullptr; }));
    EXPECT_TRUE(page->statusText().startsWith(u"User created"_s))
        << page->statusText().toStdString();
    EXPECT_TRUE(email->styleSheet().isEmpty()) << "the mark is gone once saved";
    EXPECT_EQ(list->currentItem(), rowWith(list, u"(frank)"_s)) << "the new person is selected";

    // Found by a part of the name.
    auto* search = page->findChild<QLineEdit*>(u"userSearchEdit"_s);
    search->setText(u"castle"_s);
    Q_EMIT search->returnPressed();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1 && !page->isBusy(); }));

    // Disabled: listed as such, and the login is refused.
    page->findChild<QCheckBox*>(u"disabledBox"_s)->setChecked(true);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1 && rowWith(list, u"disabled"_s); }));
    EXPECT_EQ(page->statusText(), u"Saved."_s);
    TestClient frank(server().port());
    ASSERT_TRUE(frank.open());
    EXPECT_FALSE(frank.login(u"frank"_s, u"correct horse battery"_s).ok());
}

TEST_P(DirectoryAdminUiTest, AGroupGetsAManagerAnEscalationAndAMember)
{
    const qint64 alex = createUser(u"alex"_s, u"agent"_s);
    createUser(u"mona"_s, u"manager"_s);
    createUser(u"rita"_s, u"requester"_s);
    createGroup(u"Service Desk"_s, 1);
    createGroup(u"Network"_s, 2);
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::Groups);
    auto* page = static_cast<GroupsPage*>(dialog.page(AdminDialog::Page::Groups));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* manager = page->findChild<QComboBox*>(u"groupManager"_s);
    auto* escalation = page->findChild<QComboBox*>(u"groupEscalation"_s);
    ASSERT_TRUE(waitUntil([&] { return list->count() == 2 && !page->isBusy(); }));
    list->setCurrentItem(rowWith(list, u"Service Desk"_s));
    EXPECT_EQ(page->findChild<QLineEdit*>(u"groupNameEdit"_s)->text(), u"Service Desk"_s);
    EXPECT_EQ(page->findChild<QSpinBox*>(u"groupTier"_s)->value(), 1);
    QStringList managers;
    for (int i = 1; i < manager->count(); ++i)
        managers << manager->itemText(i);
    EXPECT_EQ(managers, (QStringList {u"ADA"_s, u"Administrator"_s, u"ALEX"_s, u"MONA"_s}))
        << "staff only, by name";
    ASSERT_EQ(escalation->count(), 2) << "nobody, or the other group";

    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); })) << "its members are in";
    manager->setCurrentIndex(manager->findText(u"MONA"_s));
    escalation->setCurrentIndex(escalation->findText(u"Network (L2)"_s));
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return page->statusText() == u"Saved."_s && !page->isBusy(); }))
        << page->statusText().toStdString();
    // Another group, then back: the form shows what the server kept.
    list->setCurrentItem(rowWith(list, u"Network"_s));
    EXPECT_EQ(manager->currentIndex(), 0);
    list->setCurrentItem(rowWith(list, u"Service Desk"_s));
    EXPECT_EQ(manager->currentText(), u"MONA"_s);
    EXPECT_EQ(escalation->currentText(), u"Network (L2)"_s);

    auto* members = page->findChild<QListWidget*>(u"groupMembers"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    EXPECT_EQ(members->count(), 0);
    page->findChild<UserPicker*>()->setUser(alex, u"ALEX"_s);
    const auto buttons = page->findChildren<QPushButton*>();
    const auto add = std::find_if(buttons.begin(), buttons.end(),
                                  [](QPushButton* b) { return b->text() == u"Add"_s; });
    ASSERT_NE(add, buttons.end());
    (*add)->click();
    ASSERT_TRUE(waitUntil([&] { return members->count() == 1 && !page->isBusy(); }));
    EXPECT_EQ(members->item(0)->text(), u"ALEX"_s);
}

TEST_P(DirectoryAdminUiTest, ACategoryRoutesToAGroupAndIsRetired)
{
    createGroup(u"Service Desk"_s, 1);
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::Categories);
    auto* page = static_cast<CategoriesPage*>(dialog.page(AdminDialog::Page::Categories));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* group = page->findChild<QComboBox*>(u"categoryGroupBox"_s);
    ASSERT_TRUE(waitUntil([&] { return group->count() == 2 && !page->isBusy(); }))
        << "no group, and the Service Desk";
    const int before = list->count();

    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    page->findChild<QLineEdit*>(u"categoryNameEdit"_s)->setText(u"Printers"_s);
    group->setCurrentIndex(1);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == before + 1 && !page->isBusy(); }));
    EXPECT_TRUE(page->statusText().startsWith(u"Category created"_s));
    EXPECT_EQ(list->currentItem()->text(), u"Printers"_s);
    EXPECT_EQ(group->currentText(), u"Service Desk (L1)"_s) << "the form shows what was saved";

    page->findChild<QCheckBox*>(u"categoryActiveBox"_s)->setChecked(false);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return rowWith(list, u"Printers — retired"_s) != nullptr; }));

    // A name already taken is refused by the server and named.
    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    page->findChild<QLineEdit*>(u"categoryNameEdit"_s)->setText(u"Printers"_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return page->problemField() == u"name"_s; }));
    EXPECT_TRUE(page->statusText().startsWith(u"Name"_s)) << page->statusText().toStdString();
}

TEST_P(DirectoryAdminUiTest, ACannedResponseIsWrittenThenDeletedAfterAQuestion)
{
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::Canned);
    auto* page = static_cast<CannedPage*>(dialog.page(AdminDialog::Page::Canned));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    auto* remove = page->findChild<QPushButton*>(u"adminDelete"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    const int before = list->count();
    EXPECT_FALSE(remove->isEnabled()) << "nothing stored is shown yet";

    page->findChild<QLineEdit*>(u"cannedTitleEdit"_s)->setText(u"Printer driver"_s);
    page->findChild<QPlainTextEdit*>(u"cannedBodyEdit"_s)
        ->setPlainText(u"Hello {{requester.first_name}}, the driver is on the intranet."_s);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == before + 1 && !page->isBusy(); }));
    EXPECT_EQ(page->statusText(), u"Canned response created."_s);
    ASSERT_TRUE(remove->isEnabled());

    answerNextQuestion(QMessageBox::No);
    remove->click();
    EXPECT_EQ(list->count(), before + 1) << "answered No: kept";
    answerNextQuestion(QMessageBox::Yes);
    remove->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == before && !page->isBusy(); }));
    EXPECT_EQ(page->statusText(), u"Deleted."_s);
    EXPECT_FALSE(remove->isEnabled());
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryAdminUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
