// The tray applet on a real X server (Xvfb), run by trayhost.sh: with a real system-tray host
// (trayer, XEmbed) the icon docks there and no window opens; without one the applet shows its
// small window instead of silently doing nothing.
#include "client/core/session.h"
#include "client/tray/fallbackwindow.h"
#include "client/tray/trayapp.h"
#include "trayfixture.h"

#include <QSystemTrayIcon>

using namespace frontline;
using namespace frontline::client::tray;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class TrayHostTest : public TrayFixture
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariable("QT_QPA_PLATFORM") != u"xcb"_s)
            GTEST_SKIP() << "needs an X server with or without a tray host (tests/gui/trayhost.sh)";
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
    }
};

} // namespace

TEST_P(TrayHostTest, WithTrayHostTheIconDocks)
{
    if (qEnvironmentVariable("FRONTLINE_TRAY_HOST") != u"present"_s)
        GTEST_SKIP() << "run by trayhost.sh with trayer running";
    ASSERT_TRUE(waitUntil([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 5000))
        << "trayer owns the system-tray selection";
    TrayApp& tray = startTray(u"rita"_s);
    EXPECT_TRUE(tray.usesTrayIcon());
    EXPECT_EQ(tray.fallbackWindow(), nullptr) << "no window where the tray is";
    auto* icon = tray.findChild<QSystemTrayIcon*>();
    ASSERT_NE(icon, nullptr);
    EXPECT_TRUE(icon->isVisible());
    ASSERT_TRUE(waitUntil([icon] { return icon->geometry().isValid(); }, 5000))
        << "docked in the tray host";
    EXPECT_TRUE(icon->toolTip().contains(tray.session()->user().shownName()))
        << "the tooltip says who is connected: " << icon->toolTip().toStdString();
}

TEST_P(TrayHostTest, WithoutTrayHostTheWindowStandsIn)
{
    if (qEnvironmentVariable("FRONTLINE_TRAY_HOST") != u"absent"_s)
        GTEST_SKIP() << "run by trayhost.sh before trayer starts";
    EXPECT_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
    TrayApp& tray = startTray(u"rita"_s);
    EXPECT_FALSE(tray.usesTrayIcon());
    ASSERT_NE(tray.fallbackWindow(), nullptr);
    EXPECT_TRUE(tray.fallbackWindow()->isVisible());
}

INSTANTIATE_TEST_SUITE_P(Backends, TrayHostTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
