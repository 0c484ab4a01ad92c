#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace frontline::client {
class Session;
}

namespace frontline::client::ui {

// Server, user name and password, and whether to stay logged in (the token then goes to the
// keychain). While the server does not answer it says so and keeps trying; a refused login
// says why, in the user's language. When the account uses a second factor, the dialog then asks
// for the code of the authenticator app (or, switched, a recovery code).
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(Session& session, bool keychainPersists, QWidget* parent = nullptr);

    void setUsername(const QString& username);
    void setPassword(const QString& password);
    void submit();
    QString statusText() const;
    // The code step: after the right password of an account with a second factor.
    void askForCode(bool wrongCode);
    bool isAskingForCode() const { return m_askingForCode; }
    void setCode(const QString& code);
    void setUseRecoveryCode(bool use);
    void showMessage(const QString& text) { showStatus(text, true); }
    // "Forgot password?": the reset dialog on the server in the fields (ForgotPasswordDialog).
    void forgotPassword();

protected:
    void reject() override;

private:
    void setBusy(bool busy);
    void showStatus(const QString& text, bool error);
    void showCodeKind();
    void leaveCodeStep();

    Session& m_session;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QCheckBox* m_tls;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QCheckBox* m_recovery;
    bool m_askingForCode = false;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_login;
    QPushButton* m_forgot;
};

} // namespace frontline::client::ui
