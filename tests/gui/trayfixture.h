#pragma once

#include "client/tray/trayapp.h"
#include "serverfixture.h"

#include <QTemporaryDir>

#include <memory>

namespace frontline::test {

// A running server and the tray applet logged in to it as one of its users.
class TrayFixture : public ServerFixture
{
protected:
    void TearDown() override
    {
        m_tray.reset();
        ServerFixture::TearDown();
    }

    client::tray::TrayApp& startTray(const QString& username)
    {
        client::tray::TrayApp::Options options;
        options.settingsPath = m_dir.filePath(username + QStringLiteral(".ini"));
        options.dataDir = m_dir.path();
        options.autostartDir = m_dir.filePath(QStringLiteral("config"));
        options.endpoint =
            rpc::ServerEndpoint {QStringLiteral("127.0.0.1"), server().port(), false};
        options.username = username;
        options.password = QString::fromLatin1(Password);
        options.useKeychain = false;
        m_tray = std::make_unique<client::tray::TrayApp>(options);
        m_tray->start();
        EXPECT_TRUE(waitUntil([this] { return m_tray->isReady(); }, 15000));
        return *m_tray;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<client::tray::TrayApp> m_tray;
};

} // namespace frontline::test
