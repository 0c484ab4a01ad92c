#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace frontline::client {
class PasswordReset;
}

namespace frontline::client::ui {

// "Forgot password?" from the login dialogs: first the user name or address (the server mails
// a code), then the code and the new password. Renders a PasswordReset controller.
class ForgotPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForgotPasswordDialog)

public:
    ForgotPasswordDialog(PasswordReset& reset, const QString& login, QWidget* parent = nullptr);

    QString login() const;
    QString statusText() const;

private:
    void showStatus(const QString& text, bool error);

    PasswordReset& m_reset;
    QStackedWidget* m_steps;
    QLineEdit* m_login;
    QLineEdit* m_code;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QPushButton* m_send;
    QPushButton* m_confirm;
    QLabel* m_status;
};

} // namespace frontline::client::ui
