#include "traysettingsdialog.h"

#include "client/core/autostart.h"
#include "client/core/clientsettings.h"
#include "client/core/mailpreferences.h"
#include "client/core/session.h"
#include "client/widgets/mailpreferencesbox.h"
#include "client/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {

namespace {
const QString NotifyKey = u"tray/notifications"_s;
}

bool TraySettingsDialog::notificationsEnabled(ClientSettings& settings)
{
    return settings.value(NotifyKey) != "off";
}

TraySettingsDialog::TraySettingsDialog(Session& session, Autostart& autostart,
                                       MailPreferences& mail, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_autostart(autostart)
    , m_autostartBox(new QCheckBox(tr("&Start Frontline when I log in")))
    , m_notifyBox(new QCheckBox(tr("Show &desktop notifications for replies and announcements")))
    , m_appearance(new QComboBox)
    , m_mail(mail)
    , m_mailBox(new ui::MailPreferencesBox(mail))
{
    setObjectName(u"traySettings"_s);
    setWindowTitle(tr("Frontline settings"));
    m_autostartBox->setObjectName(u"autostartBox"_s);
    m_autostartBox->setChecked(autostart.isEnabled());
    m_autostartBox->setToolTip(autostart.location());
    m_notifyBox->setObjectName(u"notifyBox"_s);
    m_notifyBox->setChecked(notificationsEnabled(session.settings()));

    m_appearance->setObjectName(u"appearanceBox"_s);
    m_appearance->addItem(tr("As the system"), int(ClientSettings::Appearance::System));
    m_appearance->addItem(tr("Light"), int(ClientSettings::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(ClientSettings::Appearance::Dark));
    m_appearance->setCurrentIndex(m_appearance->findData(int(session.settings().appearance())));

    auto* form = new QFormLayout;
    auto* user =
        new QLabel(session.user().displayName.isEmpty()
                       ? session.user().username
                       : tr("%1 (%2)").arg(session.user().displayName, session.user().username));
    user->setTextFormat(Qt::PlainText);
    auto* server = new QLabel(session.endpoint().toString());
    server->setTextFormat(Qt::PlainText);
    form->addRow(tr("Logged in as"), user);
    form->addRow(tr("Server"), server);
    form->addRow(tr("&Appearance"), m_appearance);

    auto* logout = new QPushButton(tr("&Log out"));
    logout->setObjectName(u"logoutButton"_s);
    connect(logout, &QPushButton::clicked, this, [this] {
        Q_EMIT logoutRequested();
        reject();
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(logout, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &TraySettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_autostartBox);
    layout->addWidget(m_notifyBox);
    layout->addWidget(m_mailBox);
    layout->addStretch();
    layout->addWidget(buttons);
    // The mail choices are the server's: the dialog closes once they are stored.
    connect(&m_mail, &MailPreferences::saved, this, [this] { QDialog::accept(); });
}

void TraySettingsDialog::accept()
{
    m_session.settings().setValue(NotifyKey, m_notifyBox->isChecked() ? "on" : "off");
    const auto appearance = ClientSettings::Appearance(m_appearance->currentData().toInt());
    if (appearance != m_session.settings().appearance()) {
        m_session.settings().setAppearance(appearance);
        ui::Theme::apply(appearance);
    }
    if (m_autostartBox->isChecked() != m_autostart.isEnabled()) {
        QString error;
        if (!m_autostart.setEnabled(m_autostartBox->isChecked(), &error)) {
            QMessageBox::warning(
                this, windowTitle(),
                tr("The start with the session could not be changed (%1).").arg(error));
            return;
        }
    }
    if (m_mailBox->isChanged()) {
        m_mailBox->save(); // saved() closes, failed() shows why and keeps the dialog open
        return;
    }
    QDialog::accept();
}

} // namespace frontline::client::tray
