#pragma once

#include "client/app/admin/adminpage.h"
#include "client/app/admin/adminrows.h"
#include "domain/group.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace frontline::client {
class Session;
class GroupAdmin;
} // namespace frontline::client

namespace frontline::client::ui {

class UserPicker;

// Support groups and tiers: name, tier (L1 service desk, L2 specialists, L3 experts), the
// group a ticket escalates to, how it hands out new tickets, its manager, and the agents in
// it. The calls are GroupAdmin's; a refused field is named in the status and marked.
class GroupsPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPage)

public:
    GroupsPage(Session& session, GroupAdmin& admin, QWidget* parent = nullptr);
    void reload() override;
    // The params field of the refusal shown ("name"), empty when none is.
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    void showGroup(const std::optional<Group>& group);
    void listGroups();
    void fillManagers(std::optional<qint64> chosen);
    void listMembers(qint64 groupId);
    void changeMember(bool add);
    void showProblem(const QString& field, const QString& message);
    QWidget* fieldWidget(const QString& field) const;

    GroupAdmin& m_admin;
    QLineEdit* m_name;
    QSpinBox* m_tier;
    QComboBox* m_escalation;
    QComboBox* m_assignment;
    QComboBox* m_manager;
    QPlainTextEdit* m_description;
    QListWidget* m_members;
    UserPicker* m_newMember;
    qint64 m_currentId = 0; // 0: a new group
    QString m_problemField;
    FieldMark m_mark;
};

} // namespace frontline::client::ui
