#include "userspage.h"

#include "api/directoryapi.h"
#include "api/methods.h"
#include "domain/user.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

UsersPage::UsersPage(Session& session, QWidget* parent)
    : AdminPage(session, parent)
    , m_search(new QLineEdit)
    , m_username(new QLineEdit)
    , m_displayName(new QLineEdit)
    , m_email(new QLineEdit)
    , m_role(new QComboBox)
    , m_password(new QLineEdit)
    , m_disabled(new QCheckBox(tr("Disabled (cannot log in)")))
{
    setObjectName(u"usersPage"_s);
    m_username->setObjectName(u"usernameEdit"_s);
    m_displayName->setObjectName(u"displayNameEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_role->setObjectName(u"roleBox"_s);
    m_search->setPlaceholderText(tr("Find people…"));
    m_role->addItem(tr("Requester (end user)"), u"requester"_s);
    m_role->addItem(tr("Agent"), u"agent"_s);
    m_role->addItem(tr("Manager"), u"manager"_s);
    m_role->addItem(tr("Administrator"), u"admin"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("&Find"), m_search);
    m_form->addRow(tr("User &name"), m_username);
    m_form->addRow(tr("&Display name"), m_displayName);
    m_form->addRow(tr("&E-mail"), m_email);
    m_form->addRow(tr("&Role"), m_role);
    m_form->addRow(tr("&Password"), m_password);
    m_form->addRow(QString(), m_disabled);
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::reload);
    showRecord(QVariant());
}

void UsersPage::reload()
{
    api::UserListParams params;
    params.query = m_search->text().trimmed();
    params.includeDisabled = true;
    params.limit = 200;
    const qint64 keep = m_current.value("id"_L1).toInteger();
    call(QString(api::method::UserList), params.toJson(), [this, keep](const QJsonValue& result) {
        fillList(
            result,
            [](const QJsonObject& object) {
                const User user = User::fromJson(object);
                const QString text = u"%1 (%2)"_s.arg(user.shownName(), user.username);
                return user.disabled ? tr("%1 — disabled").arg(text) : text;
            },
            keep);
    });
}

void UsersPage::showRecord(const QVariant& record)
{
    m_current = record.toJsonObject();
    const bool isNew = m_current.isEmpty();
    const User user = User::fromJson(m_current);
    m_username->setText(user.username);
    m_username->setReadOnly(!isNew);
    m_displayName->setText(user.displayName);
    m_email->setText(user.email);
    m_role->setCurrentIndex(std::max(0, m_role->findData(toString(user.role))));
    m_password->clear();
    m_password->setPlaceholderText(isNew ? tr("First password (at least 8 characters)")
                                         : tr("Leave empty to keep the password"));
    m_disabled->setChecked(user.disabled);
    m_disabled->setEnabled(!isNew);
}

void UsersPage::save()
{
    if (m_current.isEmpty()) {
        api::UserCreateParams params;
        params.username = m_username->text().trimmed();
        params.password = m_password->text();
        params.displayName = m_displayName->text().trimmed();
        params.email = m_email->text().trimmed();
        params.role = roleFromString(m_role->currentData().toString()).value_or(Role::Requester);
        call(QString(api::method::UserCreate), params.toJson(), [this](const QJsonValue& result) {
            m_current = result.toObject();
            showStatus(tr("User created."), false);
            reload();
        });
        return;
    }
    const qint64 id = m_current.value("id"_L1).toInteger();
    api::UserUpdateParams params;
    params.id = id;
    params.displayName = m_displayName->text().trimmed();
    params.email = m_email->text().trimmed();
    params.role = roleFromString(m_role->currentData().toString());
    params.disabled = m_disabled->isChecked();
    const QString password = m_password->text();
    call(QString(api::method::UserUpdate), params.toJson(),
         [this, id, password](const QJsonValue&) {
             if (password.isEmpty()) {
                 showStatus(tr("Saved."), false);
                 reload();
                 return;
             }
             api::SetPasswordParams reset;
             reset.id = id;
             reset.password = password;
             call(QString(api::method::UserSetPassword), reset.toJson(), [this](const QJsonValue&) {
                 showStatus(tr("Saved, with the new password."), false);
                 reload();
             });
         });
}

} // namespace frontline::client::ui
