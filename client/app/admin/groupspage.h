#pragma once

#include "client/app/admin/adminpage.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace frontline::client::ui {

class UserPicker;

// Support groups and tiers: name, tier (L1 service desk, L2 specialists, L3 experts), the
// group a ticket escalates to, and the agents in it.
class GroupsPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPage)

public:
    explicit GroupsPage(Session& session, QWidget* parent = nullptr);
    void reload() override;

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    void loadMembers(qint64 groupId);
    void changeMember(bool add);

    QLineEdit* m_name;
    QSpinBox* m_tier;
    QComboBox* m_escalation;
    QComboBox* m_assignment;
    QComboBox* m_manager;
    QList<std::pair<qint64, QString>> m_staff; // who can manage a group
    QPlainTextEdit* m_description;
    QListWidget* m_members;
    UserPicker* m_newMember;
    QJsonObject m_current;
    QList<QJsonObject> m_groups;
};

} // namespace frontline::client::ui
