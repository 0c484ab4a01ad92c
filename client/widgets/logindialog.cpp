#include "logindialog.h"

#include "client/core/account/passwordreset.h"
#include "client/core/clientsettings.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "client/widgets/forgotpassworddialog.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

LoginDialog::LoginDialog(Session& session, bool keychainPersists, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_tls(new QCheckBox(tr("Encrypted (TLS)")))
    , m_username(new QLineEdit)
    , m_password(new QLineEdit)
    , m_remember(new QCheckBox(tr("Stay logged in on this computer")))
    , m_codeLabel(new QLabel(tr("&Code")))
    , m_code(new QLineEdit)
    , m_recovery(new QCheckBox(tr("Use a recovery code")))
    , m_status(plainLabel())
    , m_progress(new QProgressBar)
    , m_login(new QPushButton(tr("Log in")))
    , m_forgot(new QPushButton(tr("&Forgot password?")))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Log in to Frontline"));
    m_host->setObjectName(u"hostEdit"_s);
    m_host->setToolTip(
        tr("The help desk server's host name or IP address, as your IT department gave it."));
    m_port->setObjectName(u"portSpin"_s);
    m_username->setObjectName(u"usernameEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_status->setObjectName(u"loginStatus"_s);
    m_login->setObjectName(u"loginButton"_s);
    m_code->setObjectName(u"codeEdit"_s);
    m_recovery->setObjectName(u"recoveryCodeCheck"_s);
    m_codeLabel->setBuddy(m_code);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    connect(m_recovery, &QCheckBox::toggled, this, [this] {
        showCodeKind();
        m_code->clear();
        m_code->setFocus();
    });
    showCodeKind();

    const rpc::ServerEndpoint endpoint = session.endpoint();
    m_host->setText(endpoint.host);
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("Port"));
    m_port->setToolTip(
        tr("The server's port, a number from 1 to 65535 (7415 unless told otherwise)."));
    m_port->setValue(endpoint.port);
    m_tls->setChecked(endpoint.tls);
    m_tls->setToolTip(tr("Checked: the connection is encrypted; needed for any server that is not "
                         "on this computer."));
    m_username->setText(session.settings().lastUsername());
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setToolTip(
        tr("Checked: the login is kept in the system's keychain and you are not asked again."));
    m_username->setToolTip(
        tr("Your help desk user name; with a directory account, your network login."));
    m_password->setToolTip(
        tr("Your help desk password; with a directory account, your network password."));
    m_remember->setChecked(keychainPersists);
    m_remember->setEnabled(keychainPersists);
    if (!keychainPersists)
        m_remember->setToolTip(
            tr("No keychain was found on this desktop, so you log in at every start."));
    m_status->setWordWrap(true);
    m_status->hide();
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto* server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    server->addWidget(m_port);
    server->addWidget(m_tls);
    auto* form = new QFormLayout;
    // A label of a row that is a layout has no buddy of its own: give it the host field, so
    // that its mnemonic works and the "&" is not shown.
    auto* serverLabel = new QLabel(tr("&Server"));
    serverLabel->setBuddy(m_host);
    form->addRow(serverLabel, server);
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Password"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(m_codeLabel, m_code);
    form->addRow(QString(), m_recovery);
    m_codeLabel->hide();
    m_code->hide();
    m_recovery->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_login, QDialogButtonBox::AcceptRole);
    m_login->setDefault(true);
    m_forgot->setObjectName(u"forgotPasswordButton"_s);
    m_forgot->setFlat(true);
    buttons->addButton(m_forgot, QDialogButtonBox::HelpRole);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_forgot, &QPushButton::clicked, this, &LoginDialog::forgotPassword);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* title = plainLabel(tr("Frontline help desk"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(&session, &Session::loggedIn, this, [this] {
        setBusy(false);
        QDialog::accept();
    });
    connect(&session, &Session::loginFailed, this, [this](const rpc::RpcError& error) {
        leaveCodeStep(); // the login starts again from the password (throttled, say)
        setBusy(false);
        showStatus(ErrorText::describe(error), true);
        m_password->selectAll();
        m_password->setFocus();
    });
    connect(&session, &Session::secondFactorNeeded, this, [this](bool wrongCode) {
        setBusy(false);
        askForCode(wrongCode);
    });
    connect(&session, &Session::connectionProblem, this, [this](const QString& message) {
        showStatus(tr("The server does not answer (%1). Trying again…").arg(message), true);
    });
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
    resize(460, sizeHint().height());
}

void LoginDialog::showCodeKind()
{
    const bool recovery = m_recovery->isChecked();
    m_code->setPlaceholderText(recovery ? tr("xxxxx-xxxxx") : tr("6-digit code"));
    m_code->setMaxLength(recovery ? 16 : 6);
    m_code->setToolTip(recovery ? tr("One of the recovery codes you kept when you set up "
                                     "two-factor sign-in. Each works once.")
                                : tr("The code your authenticator app shows for Frontline."));
}

void LoginDialog::askForCode(bool wrongCode)
{
    m_askingForCode = true;
    for (QWidget* field : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port),
                           static_cast<QWidget*>(m_tls), static_cast<QWidget*>(m_username),
                           static_cast<QWidget*>(m_password)})
        field->setEnabled(false);
    m_codeLabel->show();
    m_code->show();
    m_recovery->show();
    m_login->setText(tr("Verify"));
    showStatus(wrongCode ? tr("The code is not correct or was already used. Wait for the next "
                              "code, or use a recovery code.")
                         : tr("Enter the code from your authenticator app."),
               wrongCode);
    m_code->clear();
    m_code->setFocus();
}

void LoginDialog::leaveCodeStep()
{
    if (!std::exchange(m_askingForCode, false))
        return;
    m_codeLabel->hide();
    m_code->hide();
    m_recovery->hide();
    m_login->setText(tr("Log in"));
    setBusy(false);
}

void LoginDialog::setCode(const QString& code)
{
    m_code->setText(code);
}

void LoginDialog::setUseRecoveryCode(bool use)
{
    m_recovery->setChecked(use);
}

void LoginDialog::setUsername(const QString& username)
{
    m_username->setText(username);
}

void LoginDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

QString LoginDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void LoginDialog::showStatus(const QString& text, bool error)
{
    setPlainText(m_status, text);
    Theme::setStyleSheet(m_status, error ? u"color: {ErrorText};"_s : QString());
    m_status->show();
}

void LoginDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_login->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_recovery->setEnabled(!busy);
    if (m_askingForCode)
        return; // the account's fields stay as they were sent
    for (QWidget* field : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port),
                           static_cast<QWidget*>(m_tls), static_cast<QWidget*>(m_username),
                           static_cast<QWidget*>(m_password)})
        field->setEnabled(!busy);
}

void LoginDialog::submit()
{
    if (m_askingForCode) {
        if (m_code->text().trimmed().isEmpty()) {
            showStatus(tr("Code: enter the code from your authenticator app, or a recovery "
                          "code."),
                       true);
            m_code->setFocus();
            return;
        }
        showStatus(tr("Checking the code…"), false);
        setBusy(true);
        m_session.submitSecondFactor(m_code->text());
        return;
    }
    if (m_host->text().trimmed().isEmpty()) {
        showStatus(tr("Server: enter the server's host name or address."), true);
        m_host->setFocus();
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        showStatus(tr("User name: enter your user name."), true);
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showStatus(tr("Password: enter your password."), true);
        m_password->setFocus();
        return;
    }
    rpc::ServerEndpoint endpoint;
    endpoint.host = m_host->text().trimmed();
    endpoint.port = quint16(m_port->value());
    endpoint.tls = m_tls->isChecked();
    m_session.setEndpoint(endpoint);
    showStatus(tr("Connecting to %1…").arg(endpoint.toString()), false);
    setBusy(true);
    m_session.login(m_username->text().trimmed(), m_password->text(), m_remember->isChecked());
}

void LoginDialog::forgotPassword()
{
    if (m_host->text().trimmed().isEmpty()) {
        showStatus(tr("Server: enter the server's host name or address."), true);
        m_host->setFocus();
        return;
    }
    rpc::ServerEndpoint endpoint;
    endpoint.host = m_host->text().trimmed();
    endpoint.port = quint16(m_port->value());
    endpoint.tls = m_tls->isChecked();
    m_session.setEndpoint(endpoint);
    PasswordReset reset(m_session);
    ForgotPasswordDialog dialog(reset, m_username->text().trimmed(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.login().contains(u'@'))
        m_username->setText(dialog.login());
    m_password->clear();
    m_password->setFocus();
    showStatus(tr("Your password is changed: log in with the new one."), false);
}

void LoginDialog::reject()
{
    m_session.cancel();
    QDialog::reject();
}

} // namespace frontline::client::ui
