#pragma once

#include "client/app/admin/adminpage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace frontline::client::ui {

// People and their roles: requester, agent, manager, admin. Create with a first password,
// change name, e-mail and role, disable (never delete: their tickets keep their name), reset
// a password. Group membership is set on the groups page.
class UsersPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(Session& session, QWidget* parent = nullptr);
    void reload() override;

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    QLineEdit* m_search;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_email;
    QComboBox* m_role;
    QLineEdit* m_password;
    QCheckBox* m_disabled;
    QJsonObject m_current;
};

} // namespace frontline::client::ui
