#include "securitypage.h"

#include "client/core/admin/securityadmin.h"
#include "client/widgets/safetext.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

SecurityPage::SecurityPage(SecurityAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
{
    setObjectName(u"securityPage"_s);
    m_list->hide(); // one record
    m_new->hide();
    const QList<std::pair<Role, QString>> roles {
        {Role::Admin, tr("Administrators")},
        {Role::Manager, tr("Managers")},
        {Role::Agent, tr("Agents")},
        {Role::Requester, tr("Requesters (end users)")},
    };
    for (const auto& [role, label] : roles) {
        auto* box = new QCheckBox(label);
        box->setObjectName(u"requireTotp_"_s + toString(role));
        box->setToolTip(tr("Checked: everyone in this role must sign in with a second factor (an "
                           "authenticator app's code)."));
        m_roles.insert(role, box);
        m_form->addRow(
            roles.constFirst().first == role ? tr("Must use two-factor sign-in") : QString(), box);
    }
    auto* note = plainLabel(
        tr("People in these roles who have not set up two-factor sign-in are asked to at their "
           "next login, and can do nothing else until they have."));
    note->setWordWrap(true);
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(note);
    extra->addStretch(1);

    followBusy(m_admin);
    connect(&m_admin, &SecurityAdmin::loaded, this, [this] {
        if (!hasUnsavedEdits())
            render();
    });
    connect(&m_admin, &SecurityAdmin::saved, this, [this] {
        render();
        showStatus(tr("Saved."), false);
    });
    connect(&m_admin, &SecurityAdmin::refused, this,
            [this](const QString& field, const QString& message) { showRefusal(field, message); });
}

void SecurityPage::reload()
{
    m_admin.load();
}

void SecurityPage::render()
{
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setChecked(m_admin.settings().requiresTotp(it.key()));
    markEditorClean();
}

void SecurityPage::save()
{
    api::SecuritySettings settings;
    for (Role role : {Role::Requester, Role::Agent, Role::Manager, Role::Admin}) {
        if (m_roles.value(role)->isChecked())
            settings.requireTotp.append(role);
    }
    m_admin.save(settings);
}

} // namespace frontline::client::ui
