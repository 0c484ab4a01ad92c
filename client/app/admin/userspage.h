#pragma once

#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"
#include "domain/user.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace frontline::client {
class Session;
class UserAdmin;
} // namespace frontline::client

namespace frontline::client::ui {
class UserPicker;

// People and their roles: requester, agent, manager, admin. Create with a first password,
// change name, e-mail and role, disable (never delete: their tickets keep their name), reset
// a password, set the organisation, the VIP mark, the organisation-viewer right and the manager
// who approves their requests' manager steps, turn off
// their two-factor sign-in (a lost phone) or unlock them after too many failed logins. Group
// membership is set on the groups page. The calls are UserAdmin's; a
// refused field is named in the status and marked in the form.
class UsersPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    UsersPage(Session& session, UserAdmin& admin, QWidget* parent = nullptr);
    void reload() override;
    // The params field of the refusal shown ("email"), empty when none is.
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    void showUser(const std::optional<User>& user);
    void listUsers();
    void fillOrganisations();
    void showProblem(const QString& field, const QString& message);
    QWidget* fieldWidget(const QString& field) const;

    UserAdmin& m_admin;
    QLineEdit* m_search;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_email;
    QComboBox* m_role;
    QLineEdit* m_password;
    QCheckBox* m_disabled;
    QComboBox* m_org;
    QCheckBox* m_vip;
    QCheckBox* m_orgViewer;
    UserPicker* m_manager; // approves the "manager" steps of the person's approval chains
    QPushButton* m_more;
    QPushButton* m_resetTwoFactor;
    QPushButton* m_unlock;
    QPushButton* m_signOut; // "Sign out everywhere": ends the shown user's sessions
    qint64 m_currentId = 0; // 0: a new account
    QString m_problemField;
    FieldMark m_mark;
};

} // namespace frontline::client::ui
