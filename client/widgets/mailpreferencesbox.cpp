#include "mailpreferencesbox.h"

#include "client/core/mailpreferences.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

MailPreferencesBox::MailPreferencesBox(MailPreferences& prefs, QWidget* parent)
    : QGroupBox(tr("E-mail notifications"), parent)
    , m_prefs(prefs)
    , m_language(new QComboBox)
    , m_kindsBox(new QWidget)
    , m_status(plainLabel(tr("Loading…")))
{
    setObjectName(u"mailPreferencesBox"_s);
    m_language->setObjectName(u"mailLanguageBox"_s);
    m_status->setObjectName(u"mailPreferencesStatus"_s);
    m_status->setWordWrap(true);
    for (const QString& language : {u"en"_s, u"de"_s, u"fr"_s})
        m_language->addItem(MailPreferences::languageLabel(language), language);
    auto* form = new QFormLayout;
    form->addRow(tr("Mails in"), m_language);
    m_language->setToolTip(tr("The language of the notification e-mails the help desk sends you."));
    auto* kinds = new QVBoxLayout(m_kindsBox);
    kinds->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(plainLabel(tr("Send me a mail when:")));
    layout->addWidget(m_kindsBox);
    layout->addWidget(m_status);
    setEnabled(false);

    connect(&m_prefs, &MailPreferences::loaded, this, &MailPreferencesBox::showPreferences);
    connect(&m_prefs, &MailPreferences::failed, this, [this](const QString& message) {
        setPlainText(m_status, message);
        Theme::setStyleSheet(m_status, u"color: {ErrorText};"_s);
        m_status->show();
    });
    if (m_prefs.isLoaded())
        showPreferences();
    else
        m_prefs.load();
}

void MailPreferencesBox::showPreferences()
{
    m_status->hide();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_prefs.language())));
    auto* layout = static_cast<QVBoxLayout*>(m_kindsBox->layout());
    for (const QString& kind : m_prefs.kinds()) {
        QCheckBox*& box = m_kinds[kind];
        if (!box) {
            box = new QCheckBox(MailPreferences::kindLabel(kind));
            box->setObjectName(u"mailKind_"_s + kind);
            box->setToolTip(tr("Checked: the help desk sends you an e-mail when this happens."));
            layout->addWidget(box);
        }
        box->setChecked(m_prefs.wants(kind));
    }
    setEnabled(true);
}

QString MailPreferencesBox::language() const
{
    return m_language->currentData().toString();
}

QStringList MailPreferencesBox::wanted() const
{
    QStringList kinds;
    for (const QString& kind : m_prefs.kinds()) {
        if (const QCheckBox* box = m_kinds.value(kind); box && box->isChecked())
            kinds.append(kind);
    }
    return kinds;
}

bool MailPreferencesBox::isChanged() const
{
    if (!m_prefs.isLoaded())
        return false;
    if (language() != m_prefs.language())
        return true;
    for (const QString& kind : m_prefs.kinds()) {
        if (const QCheckBox* box = m_kinds.value(kind);
            box && box->isChecked() != m_prefs.wants(kind))
            return true;
    }
    return false;
}

void MailPreferencesBox::save()
{
    m_status->hide();
    m_prefs.save(language(), wanted());
}

} // namespace frontline::client::ui
