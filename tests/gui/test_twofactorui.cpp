// Two-factor sign-in in the agent client, offscreen against a real server: Settings -> Security
// sets it up (the QR code is shown, the first code confirms, the recovery codes are shown once
// and copied), and the login dialog then asks for the code after the password, with a switch to
// a recovery code. The dialogs render the controllers of client/core; nothing is mocked.
#include "auth/totp.h"
#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "client/core/session.h"
#include "client/core/twofactor.h"
#include "client/widgets/logindialog.h"
#include "client/widgets/twofactordialog.h"
#include "clientfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class TwoFactorUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"alice"_s, u"agent"_s);
    }
};

} // namespace

TEST_P(TwoFactorUiTest, SettingUpShowsTheQrCodeThenTheRecoveryCodesOnce)
{
    MainWindow& window = startAs(u"alice"_s);
    TwoFactor controller(*m_app->session());
    TwoFactorDialog dialog(controller, false, &window);
    dialog.show();
    auto* setUp = dialog.findChild<QPushButton*>(u"setUpButton"_s);
    ASSERT_TRUE(waitUntil([&] { return !controller.isBusy() && setUp->isVisible(); }));
    setUp->click();
    auto* qr = dialog.findChild<QLabel*>(u"qrCode"_s);
    ASSERT_TRUE(waitUntil([&] { return dialog.page() == TwoFactorDialog::Page::Enrol; }));
    EXPECT_FALSE(qr->pixmap().isNull()) << "a QR code to scan";
    EXPECT_GT(qr->pixmap().width(), 100);
    const QString secretText = dialog.findChild<QLabel*>(u"secretText"_s)->text();
    ASSERT_FALSE(secretText.isEmpty()) << "the key to type in instead";
    const QByteArray secret = server::Totp::fromBase32(QString(secretText).remove(u' '));

    auto* code = dialog.findChild<QLineEdit*>(u"confirmCodeEdit"_s);
    code->setText(server::Totp::generate(secret, QDateTime::currentSecsSinceEpoch()));
    dialog.findChild<QPushButton*>(u"confirmButton"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return dialog.page() == TwoFactorDialog::Page::Codes; }));
    auto* codes = dialog.findChild<QPlainTextEdit*>(u"recoveryCodes"_s);
    const QStringList shown = codes->toPlainText().split(u'\n');
    EXPECT_EQ(shown.size(), 10);
    EXPECT_EQ(shown.at(0).size(), 11) << "xxxxx-xxxxx";
    dialog.findChild<QPushButton*>(u"copyCodesButton"_s)->click();
    EXPECT_EQ(QApplication::clipboard()->text(), codes->toPlainText());
    dialog.findChild<QPushButton*>(u"codesDoneButton"_s)->click();
    EXPECT_EQ(dialog.page(), TwoFactorDialog::Page::Status);
    EXPECT_TRUE(codes->toPlainText().isEmpty()) << "shown once";
    EXPECT_TRUE(controller.recoveryCodes().isEmpty());
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"twoFactorState"_s)->text().contains(u"on"_s));
    EXPECT_TRUE(dialog.findChild<QPushButton*>(u"turnOffButton"_s)->isVisibleTo(&dialog));
}

TEST_P(TwoFactorUiTest, TheLoginDialogAsksForTheCodeAndTakesARecoveryCode)
{
    QStringList recovery;
    {
        auto alice = connectAs(u"alice"_s);
        const Reply begun = alice->call(u"auth.totp.begin"_s);
        ASSERT_TRUE(begun.ok()) << begun.describe();
        const QByteArray secret =
            server::Totp::fromBase32(begun.object().value("secret"_L1).toString());
        const Reply confirmed = alice->call(
            u"auth.totp.confirm"_s,
            QJsonObject {
                {"code"_L1, server::Totp::generate(secret, QDateTime::currentSecsSinceEpoch())}});
        ASSERT_TRUE(confirmed.ok()) << confirmed.describe();
        for (const QJsonValue& c : confirmed.object().value("codes"_L1).toArray())
            recovery.append(c.toString());
    }

    AppController::Options options;
    options.settingsPath = m_dir.filePath(u"alice.ini"_s);
    options.dataDir = m_dir.path();
    options.endpoint = rpc::ServerEndpoint {u"127.0.0.1"_s, server().port(), false};
    options.username = u"alice"_s;
    options.password = QString::fromLatin1(Password);
    options.useKeychain = false;
    m_app = std::make_unique<AppController>(options);
    m_app->start();
    ASSERT_TRUE(waitUntil([&] {
        return m_app->loginDialog() && m_app->loginDialog()->isAskingForCode();
    })) << "the right password, then the code step";
    LoginDialog* login = m_app->loginDialog();
    auto* codeEdit = login->findChild<QLineEdit*>(u"codeEdit"_s);
    EXPECT_TRUE(codeEdit->isVisibleTo(login));
    EXPECT_TRUE(login->statusText().contains(u"authenticator"_s))
        << login->statusText().toStdString();
    EXPECT_EQ(codeEdit->maxLength(), 6);

    login->submit();
    EXPECT_TRUE(login->statusText().startsWith(u"Code"_s)) << "an empty code is named";
    login->setCode(u"12345x"_s);
    login->submit();
    ASSERT_TRUE(waitUntil([&] { return login->statusText().contains(u"not correct"_s); }))
        << login->statusText().toStdString();

    login->setUseRecoveryCode(true);
    EXPECT_GT(codeEdit->maxLength(), 6) << "room for xxxxx-xxxxx";
    login->setCode(recovery.at(2));
    login->submit();
    ASSERT_TRUE(waitUntil([&] { return m_app->mainWindow() != nullptr; }, 15000));
    EXPECT_TRUE(m_app->mainWindow()->isVisible());
}

INSTANTIATE_TEST_SUITE_P(Backends, TwoFactorUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
