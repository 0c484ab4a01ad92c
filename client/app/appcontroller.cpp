#include "appcontroller.h"

#include "client/app/mainwindow.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/errortext.h"
#include "client/core/outbox.h"
#include "client/core/session.h"
#include "client/core/twofactor.h"
#include "client/widgets/logindialog.h"
#include "client/widgets/twofactordialog.h"
#include "client/widgets/windowclosing.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>

#include <utility>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

Q_LOGGING_CATEGORY(lcApp, "frontline.client.app")

AppController::AppController(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<ClientSettings>(m_options.settingsPath))
{ }

AppController::~AppController()
{
    delete m_window;
    delete m_login;
}

MainWindow* AppController::mainWindow() const
{
    return m_window;
}

LoginDialog* AppController::loginDialog() const
{
    return m_login;
}

bool AppController::usesKeychain() const
{
    return m_credentials && m_credentials->persists();
}

void AppController::start()
{
    if (m_options.endpoint)
        m_settings->setEndpoints(QList {*m_options.endpoint} + m_options.alternates);
    if (!m_options.username.isEmpty())
        m_settings->setLastUsername(m_options.username);
    if (!m_options.useKeychain) {
        createSession(std::make_unique<MemoryCredentialStore>());
        return;
    }
    KeychainCredentialStore::probe([this](bool available) {
        if (available) {
            createSession(std::make_unique<KeychainCredentialStore>());
            return;
        }
        qCWarning(lcApp)
            << "no keychain answers on this desktop: the login is not kept between runs";
        createSession(std::make_unique<MemoryCredentialStore>());
    });
}

void AppController::createSession(std::unique_ptr<CredentialStore> store)
{
    m_credentials = std::move(store);
    m_session = std::make_unique<Session>(*m_settings, *m_credentials);
    m_directory = std::make_unique<Directory>(*m_session);
    m_outbox = std::make_unique<Outbox>(*m_session);
    connect(m_session.get(), &Session::loggedIn, this, &AppController::onLoggedIn);
    connect(m_session.get(), &Session::resumeUnavailable, this, [this] { showLogin(); });
    connect(m_session.get(), &Session::loggedOut, this, [this](const QString& reason) {
        closeMainWindow();
        showLogin(reason.isEmpty() ? QString() : tr("You were logged out: %1").arg(reason));
    });
    connect(m_session.get(), &Session::connectionProblem, this, [this](const QString& message) {
        if (!m_login && !m_window)
            showLogin(tr("The server does not answer (%1). Trying again…").arg(message));
    });
    // A login given on the command line that the server refuses: ask, saying why.
    connect(m_session.get(), &Session::loginFailed, this, [this](const rpc::RpcError& error) {
        if (!m_login)
            showLogin(ErrorText::describe(error));
    });
    connect(m_session.get(), &Session::certificateChanged, this,
            &AppController::onCertificateChanged);
    // A login given on the command line for an account with a second factor: ask for the code.
    connect(m_session.get(), &Session::secondFactorNeeded, this, [this](bool wrongCode) {
        if (m_login)
            return; // the dialog asks itself
        showLogin();
        m_login->askForCode(wrongCode);
    });
    connect(m_directory.get(), &Directory::loaded, this, &AppController::showMainWindow);

    if (!m_options.username.isEmpty() && !m_options.password.isEmpty()) {
        m_session->login(m_options.username, std::exchange(m_options.password, {}), usesKeychain());
        return;
    }
    m_session->resumeStored();
}

void AppController::showLogin(const QString& message)
{
    if (!m_login) {
        m_login = new LoginDialog(*m_session, usesKeychain());
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_window)
                QApplication::quit();
        });
    }
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    if (!message.isEmpty())
        m_login->showMessage(message);
}

void AppController::onLoggedIn()
{
    if (m_login)
        m_login->close();
    if (m_session->enrolmentRequired()) {
        askToEnrol();
        return;
    }
    const rpc::ServerEndpoint endpoint = m_session->deskEndpoint(); // kept across a fail-over
    QString dir = m_options.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : m_options.dataDir;
    QDir().mkpath(dir);
    const QString file =
        u"outbox-%1@%2_%3.json"_s.arg(m_session->user().username, endpoint.host).arg(endpoint.port);
    m_outbox->setStoragePath(QDir(dir).filePath(file));
    m_directory->refresh();
}

TwoFactorDialog* AppController::enrolmentDialog() const
{
    return m_enrolment;
}

void AppController::askToEnrol()
{
    auto* controller = new TwoFactor(*m_session);
    auto* dialog = new TwoFactorDialog(*controller, true);
    controller->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_enrolment = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_session->enrolmentRequired())
            m_session->logout();
        else
            onLoggedIn();
    });
    dialog->show();
}

void AppController::showMainWindow()
{
    if (m_window || !m_session->isReady())
        return;
    m_window = new MainWindow(*m_session, *m_directory, *m_outbox);
    m_windowLoopLevel = QThread::currentThread()->loopLevel();
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::logoutRequested, m_session.get(), &Session::logout);
    connect(m_window, &MainWindow::languageChanged, this, &AppController::languageChanged);
    m_window->show();
    Q_EMIT mainWindowShown();
}

void AppController::closeMainWindow()
{
    deleteWindowWhenUnwound(std::exchange(m_window, nullptr), m_windowLoopLevel);
}

void AppController::onCertificateChanged(const QByteArray& expected, const QByteArray& actual)
{
    QMessageBox box(
        QMessageBox::Warning, tr("The server's certificate changed"),
        tr("The server %1 presents a different certificate than the one trusted before.\n\n"
           "Trusted: %2\nNow: %3\n\n"
           "This happens when the server's certificate was renewed, or when someone is "
           "intercepting the connection. Ask your administrator before accepting.")
            .arg(m_session->endpoint().toString(), QString::fromLatin1(expected.toHex(':')),
                 QString::fromLatin1(actual.toHex(':'))),
        QMessageBox::NoButton, m_window ? static_cast<QWidget*>(m_window) : m_login.data());
    box.setTextFormat(Qt::PlainText);
    QPushButton* accept = box.addButton(tr("Trust the new certificate"), QMessageBox::AcceptRole);
    box.addButton(tr("Refuse"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton*>(accept)) {
        m_session->acceptChangedCertificate();
        return;
    }
    m_session->cancel();
    showLogin(tr("The connection was refused: the server's certificate is not the trusted one."));
}

} // namespace frontline::client::ui
