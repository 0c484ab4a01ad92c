#pragma once

#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "client/app/navigationpane.h"
#include "client/core/ticketlistmodel.h"
#include "serverfixture.h"

#include <QTemporaryDir>

#include <memory>

namespace frontline::test {

// A running server and the agent client logged in to it as one of its users, offscreen.
class ClientFixture : public ServerFixture
{
protected:
    void TearDown() override
    {
        m_app.reset();
        ServerFixture::TearDown();
    }

    client::ui::MainWindow& startAs(const QString& username)
    {
        client::ui::AppController::Options options;
        options.settingsPath = m_dir.filePath(username + QStringLiteral(".ini"));
        options.dataDir = m_dir.path();
        options.endpoint =
            rpc::ServerEndpoint {QStringLiteral("127.0.0.1"), server().port(), false};
        options.username = username;
        options.password = QString::fromLatin1(Password);
        options.useKeychain = false;
        m_app = std::make_unique<client::ui::AppController>(options);
        m_app->start();
        EXPECT_TRUE(waitUntil([this] { return m_app->mainWindow() != nullptr; }, 15000));
        return *m_app->mainWindow();
    }

    // Shows the named queue of the navigation pane and waits for its first page.
    void showQueue(client::ui::MainWindow& window, const QString& name)
    {
        const auto found =
            window.navigation()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        ASSERT_EQ(found.size(), 1) << name.toStdString();
        window.navigation()->setCurrentItem(found.first());
        ASSERT_TRUE(waitUntil([&] { return !window.queue().isLoading(); }));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<client::ui::AppController> m_app;
};

} // namespace frontline::test
