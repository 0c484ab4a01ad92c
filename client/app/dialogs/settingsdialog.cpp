#include "settingsdialog.h"

#include "client/core/clientsettings.h"
#include "client/core/mailpreferences.h"
#include "client/widgets/mailpreferencesbox.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

SettingsDialog::SettingsDialog(ClientSettings& settings, MailPreferences& mail, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox)
    , m_appearance(new QComboBox)
    , m_mail(mail)
    , m_mailBox(new MailPreferencesBox(mail))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(u"languageBox"_s);
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()),
                        QString());
    // Each language in its own name, so that one finds one's own whatever the current one.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_appearance->setObjectName(u"appearanceBox"_s);
    m_appearance->addItem(tr("As the system"), int(ClientSettings::Appearance::System));
    m_appearance->addItem(tr("Light"), int(ClientSettings::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(ClientSettings::Appearance::Dark));
    m_appearance->setCurrentIndex(m_appearance->findData(int(settings.appearance())));
    auto* note = plainLabel(tr("The language changes at once for new windows; restart Frontline to "
                               "change it everywhere."));
    note->setWordWrap(true);
    note->setEnabled(false);
    auto* security = new QPushButton(tr("Two-factor sign-in…"));
    security->setObjectName(u"securityButton"_s);
    connect(security, &QPushButton::clicked, this, &SettingsDialog::securityRequested);
    auto* away = new QPushButton(tr("Hand over my approvals…"));
    away->setObjectName(u"delegationButton"_s);
    connect(away, &QPushButton::clicked, this, &SettingsDialog::delegationRequested);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language"), m_language);
    m_language->setToolTip(tr("The language of this program's windows; applies after a restart."));
    form->addRow(tr("&Appearance"), m_appearance);
    m_appearance->setToolTip(tr("Light or dark colours, or as the system's setting."));
    form->addRow(tr("Security"), security);
    form->addRow(tr("Approvals"), away);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_mailBox);
    layout->addWidget(buttons);
    // The mail choices are the server's: the dialog closes once they are stored.
    connect(&m_mail, &MailPreferences::saved, this, [this] { QDialog::accept(); });
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        Q_EMIT languageChanged(language);
    }
    const auto appearance = ClientSettings::Appearance(m_appearance->currentData().toInt());
    if (appearance != m_settings.appearance()) {
        m_settings.setAppearance(appearance);
        Theme::apply(appearance);
    }
    if (m_mailBox->isChanged()) {
        m_mailBox->save(); // saved() closes, failed() shows why and keeps the dialog open
        return;
    }
    QDialog::accept();
}

} // namespace frontline::client::ui
