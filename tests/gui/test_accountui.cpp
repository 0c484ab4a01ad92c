// Settings -> API tokens, offscreen against a real server: an agent creates a token, sees its
// secret once (with Copy), finds it listed with its scopes, and revokes it; a scope the server
// would refuse is named without a token being made. The dialog renders its controller.
#include "client/app/appcontroller.h"
#include "client/app/dialogs/apitokensdialog.h"
#include "client/app/mainwindow.h"
#include "client/core/account/apitokens.h"
#include "clientfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class AccountUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"alex"_s, u"agent"_s);
    }
};

} // namespace

TEST_P(AccountUiTest, ATokenIsCreatedShownOnceListedAndRevoked)
{
    MainWindow& window = startAs(u"alex"_s);
    ApiTokens tokens(*m_app->session());
    ApiTokensDialog dialog(tokens, &window);
    dialog.show();
    auto* list = dialog.findChild<QTreeWidget*>(u"tokenList"_s);
    auto* status = dialog.findChild<QLabel*>(u"statusLabel"_s);
    ASSERT_TRUE(waitUntil([&] { return !tokens.isBusy(); }));
    EXPECT_EQ(list->topLevelItemCount(), 0);

    dialog.findChild<QLineEdit*>(u"nameLineEdit"_s)->setText(u"monitoring"_s);
    dialog.findChild<QLineEdit*>(u"scopesLineEdit"_s)->setText(u"ticket. *"_s);
    dialog.findChild<QPushButton*>(u"createButton"_s)->click();
    EXPECT_TRUE(status->text().contains(u"scopes[1]"_s)) << status->text().toStdString();
    EXPECT_TRUE(dialog.shownSecret().isEmpty());

    dialog.findChild<QLineEdit*>(u"scopesLineEdit"_s)->setText(u"ticket."_s);
    dialog.findChild<QPushButton*>(u"createButton"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->topLevelItemCount() == 1; }));
    const QString secret = dialog.shownSecret();
    EXPECT_TRUE(secret.startsWith(u"flt_"_s));
    EXPECT_TRUE(status->text().contains(u"not shown again"_s)) << status->text().toStdString();
    EXPECT_EQ(list->topLevelItem(0)->text(0), u"monitoring"_s);
    EXPECT_EQ(list->topLevelItem(0)->text(1), u"ticket."_s);
    dialog.findChild<QPushButton*>(u"copyButton"_s)->click();
    EXPECT_EQ(QApplication::clipboard()->text(), secret);

    list->setCurrentItem(list->topLevelItem(0));
    answerNextQuestion(QMessageBox::Yes);
    dialog.findChild<QPushButton*>(u"revokeButton"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->topLevelItemCount() == 0; }));
    EXPECT_TRUE(status->text().contains(u"revoked"_s)) << status->text().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
