#include "forgotpassworddialog.h"

#include "client/core/account/passwordreset.h"
#include "client/widgets/safetext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ForgotPasswordDialog::ForgotPasswordDialog(PasswordReset& reset, const QString& login,
                                           QWidget* parent)
    : QDialog(parent)
    , m_reset(reset)
    , m_steps(new QStackedWidget(this))
    , m_login(new QLineEdit(login, this))
    , m_code(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_send(new QPushButton(tr("&Send me a code"), this))
    , m_confirm(new QPushButton(tr("&Set new password"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Forgot password"));
    m_login->setObjectName(u"loginLineEdit"_s);
    m_code->setObjectName(u"codeLineEdit"_s);
    m_password->setObjectName(u"newPasswordLineEdit"_s);
    m_repeat->setObjectName(u"repeatPasswordLineEdit"_s);
    m_send->setObjectName(u"sendCodeButton"_s);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_code->setInputMask(QString());
    m_code->setMaxLength(8);

    auto* first = new QWidget(m_steps);
    auto* firstForm = new QFormLayout(first);
    firstForm->addRow(plainLabel(tr("Enter your user name or e-mail address. If an account "
                                    "matches, a code is mailed to its address.")));
    firstForm->addRow(tr("User name or &e-mail"), m_login);
    firstForm->addRow(QString(), m_send);
    auto* second = new QWidget(m_steps);
    auto* secondForm = new QFormLayout(second);
    secondForm->addRow(plainLabel(tr("Enter the code from the mail (valid 15 minutes) and your "
                                     "new password.")));
    secondForm->addRow(tr("&Code"), m_code);
    secondForm->addRow(tr("&New password"), m_password);
    secondForm->addRow(tr("&Repeat"), m_repeat);
    secondForm->addRow(QString(), m_confirm);
    m_steps->addWidget(first);
    m_steps->addWidget(second);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        showStatus(tr("Sending…"), false);
        m_reset.request(m_login->text());
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_password->text() != m_repeat->text()) {
            showStatus(tr("The two passwords differ."), true);
            m_repeat->setFocus();
            return;
        }
        m_reset.confirm(m_login->text(), m_code->text(), m_password->text());
    });
    connect(&m_reset, &PasswordReset::busyChanged, this, [this] {
        m_send->setEnabled(!m_reset.isBusy());
        m_confirm->setEnabled(!m_reset.isBusy());
    });
    connect(&m_reset, &PasswordReset::requested, this, [this] {
        m_steps->setCurrentIndex(1);
        m_code->setFocus();
        showStatus(tr("If the account exists, a code is on its way to its e-mail address."), false);
    });
    connect(&m_reset, &PasswordReset::done, this, &QDialog::accept);
    connect(&m_reset, &PasswordReset::refused, this,
            [this](const QString& field, const QString& message) {
                if (field == u"code"_s)
                    showStatus(tr("Code: %1").arg(message), true);
                else if (field == u"password"_s)
                    showStatus(tr("New password: %1").arg(message), true);
                else if (field == u"login"_s)
                    showStatus(tr("User name or e-mail: %1").arg(message), true);
                else
                    showStatus(message, true);
            });
}

QString ForgotPasswordDialog::login() const
{
    return m_login->text().trimmed();
}

QString ForgotPasswordDialog::statusText() const
{
    return m_status->text();
}

void ForgotPasswordDialog::showStatus(const QString& text, bool error)
{
    setPlainText(m_status, text);
    m_status->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

} // namespace frontline::client::ui
