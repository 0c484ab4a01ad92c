#include "twofactordialog.h"

#include "client/core/errortext.h"
#include "client/core/twofactor.h"
#include "client/widgets/safetext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

TwoFactorDialog::TwoFactorDialog(TwoFactor& controller, bool required, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_required(required)
    , m_pages(new QStackedWidget)
    , m_problem(plainLabel())
    , m_state(plainLabel())
    , m_setUp(new QPushButton(tr("&Set up two-factor sign-in…")))
    , m_regenerate(new QPushButton(tr("&New recovery codes…")))
    , m_turnOff(new QPushButton(tr("&Turn off…")))
    , m_qrCode(new QLabel)
    , m_secret(plainLabel())
    , m_confirmCode(new QLineEdit)
    , m_codes(new QPlainTextEdit)
    , m_password(new QLineEdit)
    , m_disableCode(new QLineEdit)
{
    setObjectName(u"twoFactorDialog"_s);
    setWindowTitle(tr("Security: two-factor sign-in"));
    m_problem->setObjectName(u"twoFactorProblem"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_pages->addWidget(statusPage());
    m_pages->addWidget(enrolPage());
    m_pages->addWidget(codesPage());
    m_pages->addWidget(disablePage());

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_problem);
    layout->addWidget(close);

    connect(&m_controller, &TwoFactor::statusChanged, this, &TwoFactorDialog::render);
    connect(&m_controller, &TwoFactor::enrolmentStarted, this, [this] {
        m_qrCode->setPixmap(QPixmap::fromImage(m_controller.qrCode()));
        setPlainText(m_secret, m_controller.secretText());
        m_confirmCode->clear();
        showPage(Page::Enrol);
        m_confirmCode->setFocus();
    });
    connect(&m_controller, &TwoFactor::recoveryCodesReady, this, [this] {
        m_codes->setPlainText(m_controller.recoveryCodesText());
        showPage(Page::Codes);
    });
    connect(&m_controller, &TwoFactor::refused, this, &TwoFactorDialog::showProblem);
    connect(&m_controller, &TwoFactor::busyChanged, this,
            [this] { m_pages->setEnabled(!m_controller.isBusy()); });

    render();
    m_controller.refresh();
    if (m_required && !m_controller.status().enabled)
        m_controller.begin();
    resize(480, sizeHint().height());
}

TwoFactorDialog::Page TwoFactorDialog::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QWidget* TwoFactorDialog::statusPage()
{
    auto* page = new QWidget;
    m_state->setObjectName(u"twoFactorState"_s);
    m_state->setWordWrap(true);
    m_setUp->setObjectName(u"setUpButton"_s);
    m_regenerate->setObjectName(u"regenerateButton"_s);
    m_turnOff->setObjectName(u"turnOffButton"_s);
    connect(m_setUp, &QPushButton::clicked, &m_controller, &TwoFactor::begin);
    connect(m_regenerate, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString code = QInputDialog::getText(
            this, tr("New recovery codes"),
            tr("The current code from your authenticator app (the old recovery codes stop "
               "working):"),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            m_controller.regenerate(code);
    });
    connect(m_turnOff, &QPushButton::clicked, this, [this] {
        m_password->clear();
        m_disableCode->clear();
        showPage(Page::Disable);
        m_password->setFocus();
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_state);
    layout->addWidget(m_setUp);
    layout->addWidget(m_regenerate);
    layout->addWidget(m_turnOff);
    layout->addStretch();
    return page;
}

QWidget* TwoFactorDialog::enrolPage()
{
    auto* page = new QWidget;
    m_qrCode->setObjectName(u"qrCode"_s);
    m_qrCode->setAlignment(Qt::AlignCenter);
    m_secret->setObjectName(u"secretText"_s);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_confirmCode->setObjectName(u"confirmCodeEdit"_s);
    m_confirmCode->setMaxLength(6);
    m_confirmCode->setPlaceholderText(tr("6-digit code"));
    auto* confirm = new QPushButton(tr("&Confirm"));
    confirm->setObjectName(u"confirmButton"_s);
    confirm->setDefault(true);
    connect(confirm, &QPushButton::clicked, this,
            [this] { m_controller.confirm(m_confirmCode->text()); });
    connect(m_confirmCode, &QLineEdit::returnPressed, confirm, &QPushButton::click);
    auto* layout = new QVBoxLayout(page);
    auto* intro = plainLabel(
        tr("1. Scan this code with an authenticator app (such as FreeOTP, Aegis, Google or "
           "Microsoft Authenticator)."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_qrCode);
    auto* manual = plainLabel(tr("Or type this key into the app:"));
    layout->addWidget(manual);
    layout->addWidget(m_secret);
    auto* form = new QFormLayout;
    form->addRow(tr("2. The app's &code"), m_confirmCode);
    layout->addLayout(form);
    layout->addWidget(confirm);
    return page;
}

QWidget* TwoFactorDialog::codesPage()
{
    auto* page = new QWidget;
    m_codes->setObjectName(u"recoveryCodes"_s);
    m_codes->setReadOnly(true);
    m_codes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* copy = new QPushButton(tr("C&opy the codes"));
    copy->setObjectName(u"copyCodesButton"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_controller.recoveryCodesText()); });
    auto* done = new QPushButton(tr("I have kept them: &done"));
    done->setObjectName(u"codesDoneButton"_s);
    connect(done, &QPushButton::clicked, this, [this] {
        m_controller.clearRecoveryCodes();
        m_codes->clear();
        if (m_required)
            accept();
        else
            showPage(Page::Status);
    });
    auto* text = plainLabel(
        tr("Two-factor sign-in is on. Keep these recovery codes somewhere safe (printed, or in a "
           "password manager): each lets you sign in once without your phone. They are shown "
           "only now."));
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addWidget(m_codes);
    layout->addWidget(copy);
    layout->addWidget(done);
    return page;
}

QWidget* TwoFactorDialog::disablePage()
{
    auto* page = new QWidget;
    m_password->setObjectName(u"disablePasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_disableCode->setObjectName(u"disableCodeEdit"_s);
    m_disableCode->setPlaceholderText(tr("6-digit code or a recovery code"));
    auto* turnOff = new QPushButton(tr("&Turn off two-factor sign-in"));
    turnOff->setObjectName(u"confirmTurnOffButton"_s);
    connect(turnOff, &QPushButton::clicked, this,
            [this] { m_controller.disable(m_password->text(), m_disableCode->text()); });
    auto* back = new QPushButton(tr("&Back"));
    connect(back, &QPushButton::clicked, this, [this] { showPage(Page::Status); });
    auto* form = new QFormLayout;
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Code"), m_disableCode);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(turnOff);
    layout->addWidget(back);
    layout->addStretch();
    return page;
}

void TwoFactorDialog::showPage(Page page)
{
    m_problem->hide();
    m_pages->setCurrentIndex(static_cast<int>(page));
}

void TwoFactorDialog::render()
{
    const api::TotpStatus& status = m_controller.status();
    QString text;
    if (status.enabled)
        text = tr("Two-factor sign-in is on: you sign in with your password and a code from "
                  "your authenticator app. Recovery codes left: %1.")
                   .arg(status.recoveryCodesLeft);
    else if (status.required || m_required)
        text = tr("Your role must sign in with a second factor. Set it up now to continue.");
    else
        text = tr("Two-factor sign-in is off. With it, your password alone is not enough to "
                  "sign in: a code from an app on your phone is needed too.");
    setPlainText(m_state, text);
    m_setUp->setVisible(!status.enabled);
    m_regenerate->setVisible(status.enabled);
    m_turnOff->setVisible(status.enabled && !status.required);
    if (page() == Page::Disable && !status.enabled)
        showPage(Page::Status);
}

void TwoFactorDialog::showProblem(const QString& field, const QString& message)
{
    setPlainText(m_problem,
                 field.isEmpty() ? message : ErrorText::fieldLabel(field) + u": "_s + message);
    m_problem->show();
    if (field == u"password"_s)
        m_password->setFocus();
    else if (field == u"code"_s)
        (page() == Page::Disable ? m_disableCode : m_confirmCode)->setFocus();
}

} // namespace frontline::client::ui
