#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace frontline::client {
class TwoFactor;
}

namespace frontline::client::ui {

// Settings -> Security (the agent client; the applet's menu too): renders a TwoFactor
// controller. Off: a button to set up; setting up: the QR code to scan, the secret as text to
// type in instead, and the first code to confirm; then the recovery codes, once, with a copy
// button; on: new recovery codes, or turning it off with the password and a code.
class TwoFactorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwoFactorDialog)

public:
    // `required`: the user's role must use a second factor and this session may do nothing
    // else until it is set up (the dialog says so and starts the set-up at once).
    TwoFactorDialog(TwoFactor& controller, bool required, QWidget* parent = nullptr);

    enum class Page { Status, Enrol, Codes, Disable };
    Page page() const;

private:
    QWidget* statusPage();
    QWidget* enrolPage();
    QWidget* codesPage();
    QWidget* disablePage();
    void showPage(Page page);
    void render();
    void showProblem(const QString& field, const QString& message);

    TwoFactor& m_controller;
    bool m_required;
    QStackedWidget* m_pages;
    QLabel* m_problem;
    // Status
    QLabel* m_state;
    QPushButton* m_setUp;
    QPushButton* m_regenerate;
    QPushButton* m_turnOff;
    // Enrol
    QLabel* m_qrCode;
    QLabel* m_secret;
    QLineEdit* m_confirmCode;
    // Codes
    QPlainTextEdit* m_codes;
    // Disable (and the code for new recovery codes)
    QLineEdit* m_password;
    QLineEdit* m_disableCode;
};

} // namespace frontline::client::ui
