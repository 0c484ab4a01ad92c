#pragma once

#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "client/app/navigationpane.h"
#include "client/core/ticketlistmodel.h"
#include "serverfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

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

// Helpers of the GUI tests (defined once here: the sanitizer builds are unity builds).

// Saves a picture of `widget` as `name` into $FRONTLINE_SCREENSHOT_DIR, if that is set (for the
// manual's screenshots).
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FRONTLINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    widget->raise();
    QApplication::processEvents();
    EXPECT_TRUE(widget->grab().save(dir + u'/' + name)) << name.toStdString();
}

// The first row of `list` whose text contains `text`, or null.
inline QListWidgetItem* rowWith(QListWidget* list, const QString& text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(text))
            return list->item(row);
    }
    return nullptr;
}

// Answers with `answer` the question box (QMessageBox::question) that the next click opens: the
// box runs an event loop of its own, in which this looks for it every 10 ms. The test fails if
// no box comes within `timeoutMs` or the box has no such button (then it is closed). Returns
// the question once it was answered (empty before).
inline std::shared_ptr<QString> answerNextQuestion(QMessageBox::StandardButton answer,
                                                   int timeoutMs = 10000)
{
    auto asked = std::make_shared<QString>();
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, deadline, asked] {
        QMessageBox* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* shown = qobject_cast<QMessageBox*>(widget);
                !box && shown && shown->isVisible())
                box = shown;
        }
        if (!box || !box->isVisible()) {
            if (deadline.hasExpired()) {
                ADD_FAILURE() << "no question was asked";
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        *asked = box->text();
        if (QAbstractButton* button = box->button(answer)) {
            button->click();
        } else {
            ADD_FAILURE() << "the question has no such answer: " << box->text().toStdString();
            box->reject();
        }
    });
    timer->start();
    return asked;
}

// Brings `page` to the front of the admin dialog's tabs (any widget with one QTabWidget).
inline void showTab(QWidget& dialog, QWidget* page)
{
    auto* tabs = dialog.findChild<QTabWidget*>();
    tabs->setCurrentIndex(tabs->indexOf(page));
}

} // namespace frontline::test
