#include "settingsdialog.h"

#include "client/core/clientsettings.h"
#include "client/widgets/safetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

SettingsDialog::SettingsDialog(ClientSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox)
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
    auto* note = plainLabel(tr("The language changes at once for new windows; restart Frontline to "
                               "change it everywhere."));
    note->setWordWrap(true);
    note->setEnabled(false);
    auto* security = new QPushButton(tr("Two-factor sign-in…"));
    security->setObjectName(u"securityButton"_s);
    connect(security, &QPushButton::clicked, this, &SettingsDialog::securityRequested);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("Security"), security);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        Q_EMIT languageChanged(language);
    }
    QDialog::accept();
}

} // namespace frontline::client::ui
