#include "userspage.h"

#include "api/authapi.h"
#include "api/directoryapi.h"
#include "client/core/admin/useradmin.h"
#include "client/widgets/userpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

UsersPage::UsersPage(Session& session, UserAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_search(new QLineEdit)
    , m_username(new QLineEdit)
    , m_displayName(new QLineEdit)
    , m_email(new QLineEdit)
    , m_role(new QComboBox)
    , m_password(new QLineEdit)
    , m_disabled(new QCheckBox(tr("Disabled (cannot log in)")))
    , m_org(new QComboBox)
    , m_vip(new QCheckBox(tr("VIP (automation rules can treat them first)")))
    , m_orgViewer(new QCheckBox(tr("Organisation viewer (sees all of the organisation's tickets)")))
    , m_manager(new UserPicker(session))
    , m_more(new QPushButton(tr("Show &more people")))
    , m_resetTwoFactor(new QPushButton(tr("Reset &two-factor")))
    , m_unlock(new QPushButton(tr("Un&lock")))
    , m_signOut(new QPushButton(tr("Sign &out everywhere")))
{
    setObjectName(u"usersPage"_s);
    m_search->setObjectName(u"userSearchEdit"_s);
    m_username->setObjectName(u"usernameEdit"_s);
    m_displayName->setObjectName(u"displayNameEdit"_s);
    m_email->setObjectName(u"emailEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_role->setObjectName(u"roleBox"_s);
    m_disabled->setObjectName(u"disabledBox"_s);
    m_org->setObjectName(u"userOrgBox"_s);
    m_vip->setObjectName(u"vipBox"_s);
    m_orgViewer->setObjectName(u"orgViewerBox"_s);
    m_manager->setObjectName(u"userManagerEdit"_s);
    m_manager->setPlaceholderText(tr("Nobody (type a name to find the manager)"));
    m_more->setObjectName(u"usersMore"_s);
    m_resetTwoFactor->setObjectName(u"resetTwoFactorButton"_s);
    m_resetTwoFactor->setToolTip(
        tr("Turns off this person's two-factor sign-in (a lost phone): they sign in with the "
           "password and set it up again."));
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setToolTip(tr("Forgets this person's failed logins, so they can try again now."));
    m_signOut->setObjectName(u"signOutEverywhereButton"_s);
    m_signOut->setToolTip(tr("Ends every session of this person on every device"));
    m_search->setPlaceholderText(tr("Find people…"));
    m_role->addItem(tr("Requester (end user)"), u"requester"_s);
    m_role->addItem(tr("Agent"), u"agent"_s);
    m_role->addItem(tr("Manager"), u"manager"_s);
    m_role->addItem(tr("Administrator"), u"admin"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("&Find"), m_search);
    m_form->addRow(tr("User &name"), m_username);
    m_username->setToolTip(tr("The name the person logs in with; letters, digits, dots, dashes and "
                              "underscores. It cannot be changed later."));
    m_form->addRow(tr("&Display name"), m_displayName);
    m_displayName->setToolTip(tr("The name others see on tickets and replies."));
    m_form->addRow(tr("&E-mail"), m_email);
    m_email->setToolTip(
        tr("Where notification mails go, and how mails from this person are matched to them."));
    m_form->addRow(tr("&Role"), m_role);
    m_role->setToolTip(tr("Requester: own tickets only. Agent: works the queues. Manager: also "
                          "reports. Administrator: also configures the desk."));
    m_form->addRow(tr("&Password"), m_password);
    m_form->addRow(QString(), m_disabled);
    m_disabled->setToolTip(tr("Checked: the account cannot log in; its tickets and history stay."));
    m_form->addRow(tr("&Organisation"), m_org);
    m_org->setToolTip(tr("The customer organisation this person belongs to."));
    m_form->addRow(QString(), m_vip);
    m_vip->setToolTip(tr(
        "Marks the person as a VIP; automation rules can give their tickets a higher priority."));
    m_form->addRow(QString(), m_orgViewer);
    m_orgViewer->setToolTip(
        tr("Checked: this requester also sees the other tickets of their organisation."));
    m_form->addRow(tr("&Manager"), m_manager);
    m_manager->setToolTip(tr("Approves this person's requests where an approval chain asks for "
                             "their manager. Empty: nobody (such requests are refused)."));
    auto* account = new QHBoxLayout;
    account->addWidget(m_resetTwoFactor);
    account->addWidget(m_unlock);
    account->addWidget(m_signOut);
    account->addStretch(1);
    m_form->addRow(tr("Sign-in"), account);
    auto* extra = new QVBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addStretch(1);
    extra->addWidget(m_more, 0, Qt::AlignLeft);
    m_more->hide();
    notAnEdit(m_search);

    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::reload);
    connect(m_more, &QPushButton::clicked, &m_admin, &UserAdmin::fetchMore);
    followBusy(m_admin);
    connect(&m_admin, &UserAdmin::listed, this, &UsersPage::listUsers);
    connect(&m_admin, &UserAdmin::organisationsLoaded, this, &UsersPage::fillOrganisations);
    connect(&m_admin, &UserAdmin::created, this, [this](const User& user) {
        showUser(user);
        showStatus(tr("User created."), false);
    });
    connect(&m_admin, &UserAdmin::updated, this, [this](const User& user, bool passwordChanged) {
        // What was typed while the save was on its way stays, unsaved.
        if (editedSinceSave())
            markEditorSaved();
        else
            showUser(user);
        showStatus(passwordChanged ? tr("Saved, with the new password.") : tr("Saved."), false);
    });
    connect(&m_admin, &UserAdmin::refused, this, &UsersPage::showProblem);
    connect(m_resetTwoFactor, &QPushButton::clicked, this,
            [this] { m_admin.resetTwoFactor(m_currentId); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { m_admin.unlock(m_currentId); });
    connect(&m_admin, &UserAdmin::twoFactorReset, this, [this] {
        showStatus(tr("Two-factor sign-in is off for this person; they set it up again."), false);
    });
    connect(&m_admin, &UserAdmin::unlocked, this,
            [this] { showStatus(tr("Unlocked: this person can log in again now."), false); });
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (m_currentId)
            m_admin.signOutEverywhere(m_currentId);
    });
    connect(&m_admin, &UserAdmin::signedOut, this, [this](qint64, int sessions) {
        showStatus(tr("Signed out of %n session(s).", nullptr, sessions), false);
    });
    fillOrganisations();
    showUser(std::nullopt);
}

void UsersPage::reload()
{
    m_admin.search(m_search->text());
    m_admin.loadOrganisations();
}

// The organisations, read after the editor may have been filled: an organisation the user
// chose stays chosen, else the person's own is shown (no unsaved edit).
void UsersPage::fillOrganisations()
{
    const bool edited = fieldEdited(m_org);
    const QVariant current = m_org->currentData();
    m_org->clear();
    m_org->addItem(tr("None (or by mail domain when created)"));
    for (const Organisation& org : m_admin.organisations())
        m_org->addItem(org.name, org.id);
    m_org->setCurrentIndex(std::max(0, m_org->findData(current)));
    if (edited)
        return;
    if (const auto user = m_admin.user(m_currentId); user && user->org)
        m_org->setCurrentIndex(std::max(0, m_org->findData(user->org->id)));
    markFieldClean(m_org);
}

void UsersPage::listUsers()
{
    QList<AdminRow> rows;
    for (const User& user : m_admin.users()) {
        const QString text = u"%1 (%2)"_s.arg(user.shownName(), user.username);
        rows.append({user.id, user.disabled ? tr("%1 — disabled").arg(text) : text});
    }
    fillRows(m_list, rows, m_currentId);
    m_more->setVisible(m_admin.canFetchMore());
}

void UsersPage::showRecord(const QVariant& record)
{
    showUser(m_admin.user(record.toLongLong()));
}

void UsersPage::showUser(const std::optional<User>& shown)
{
    m_mark.clear();
    m_problemField.clear();
    const User user = shown.value_or(User());
    const bool isNew = !shown;
    m_currentId = user.id;
    m_username->setText(user.username);
    m_username->setReadOnly(!isNew);
    m_displayName->setText(user.displayName);
    m_email->setText(user.email);
    m_role->setCurrentIndex(std::max(0, m_role->findData(toString(user.role))));
    m_password->clear();
    m_password->setPlaceholderText(
        isNew ? tr("First password (at least %1 characters)").arg(api::MinPasswordLength)
              : tr("Leave empty to keep the password"));
    m_disabled->setChecked(user.disabled);
    m_disabled->setEnabled(!isNew);
    m_resetTwoFactor->setEnabled(!isNew);
    m_unlock->setEnabled(!isNew);
    m_signOut->setEnabled(!isNew);
    // A new requester joins the organisation of their mail domain; the rest is set afterwards.
    m_org->setCurrentIndex(user.org ? std::max(0, m_org->findData(user.org->id)) : 0);
    m_org->setEnabled(!isNew);
    m_vip->setChecked(user.vip);
    m_vip->setEnabled(!isNew);
    m_orgViewer->setChecked(user.orgViewer);
    m_orgViewer->setEnabled(!isNew);
    if (user.manager)
        m_manager->setUser(user.manager->id, user.manager->shownName());
    else
        m_manager->clear();
    m_manager->setEnabled(!isNew);
    markEditorClean();
}

void UsersPage::save()
{
    m_mark.clear();
    m_problemField.clear();
    const std::optional<Role> role = roleFromString(m_role->currentData().toString());
    if (!m_currentId) {
        api::UserCreateParams params;
        params.username = m_username->text().trimmed();
        params.password = m_password->text();
        params.displayName = m_displayName->text().trimmed();
        params.email = m_email->text().trimmed();
        params.role = role.value_or(Role::Requester);
        m_admin.create(params);
        return;
    }
    api::UserUpdateParams params;
    params.id = m_currentId;
    params.displayName = m_displayName->text().trimmed();
    params.email = m_email->text().trimmed();
    params.role = role;
    params.disabled = m_disabled->isChecked();
    const QVariant org = m_org->currentData();
    params.org =
        org.isValid() ? api::Nullable<qint64>::of(org.toLongLong()) : api::Nullable<qint64>::null();
    params.vip = m_vip->isChecked();
    params.orgViewer = m_orgViewer->isChecked();
    if (m_manager->text().trimmed().isEmpty()) {
        params.manager = api::Nullable<qint64>::null();
    } else if (const auto manager = m_manager->userId()) {
        params.manager = api::Nullable<qint64>::of(*manager);
    } else {
        showProblem(u"manager"_s, tr("Choose the manager from the people offered as you type."));
        return;
    }
    m_admin.update(params, m_password->text());
}

void UsersPage::showProblem(const QString& field, const QString& message)
{
    m_problemField = field;
    showRefusal(field, message);
    m_mark.show(fieldWidget(field));
}

QWidget* UsersPage::fieldWidget(const QString& field) const
{
    if (field == u"username"_s)
        return m_username;
    if (field == u"display_name"_s)
        return m_displayName;
    if (field == u"email"_s)
        return m_email;
    if (field == u"role"_s)
        return m_role;
    if (field == u"password"_s)
        return m_password;
    if (field == u"disabled"_s)
        return m_disabled;
    if (field == u"query"_s)
        return m_search;
    if (field == u"org"_s)
        return m_org;
    if (field == u"vip"_s)
        return m_vip;
    if (field == u"org_viewer"_s)
        return m_orgViewer;
    if (field == u"manager"_s)
        return m_manager;
    return nullptr;
}

} // namespace frontline::client::ui
