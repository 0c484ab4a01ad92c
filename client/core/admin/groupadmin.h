#pragma once

#include "api/directoryapi.h"
#include "client/core/admin/admincontroller.h"
#include "domain/group.h"
#include "domain/user.h"

#include <QList>

#include <optional>

namespace frontline::client {

// The controller of the groups page (admins): the support groups and their tiers, the group
// each escalates to, how it hands out new tickets, its manager, and its members. Loads the
// groups and the staff who may manage one (agents, managers and admins who can log in);
// creates and changes groups; adds and removes members.
class GroupAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupAdmin)

public:
    explicit GroupAdmin(Session& session, QObject* parent = nullptr);

    // The groups and the staff; loaded() once both are in.
    void reload();
    const QList<Group>& groups() const { return m_groups; }
    std::optional<Group> group(qint64 id) const;
    const QList<User>& staff() const { return m_staff; } // by name

    // The members of `groupId` (membersLoaded()); an answer for another group is dropped.
    void loadMembers(qint64 groupId);
    qint64 membersGroup() const { return m_membersGroup; }
    const QList<User>& members() const { return m_members; }

    // Answer with saved() (the groups are loaded again) or refused().
    void create(const api::GroupCreateParams& params);
    void update(const api::GroupUpdateParams& params);
    // Answer with membersLoaded() for that group, or refused().
    void addMember(qint64 groupId, qint64 userId);
    void removeMember(qint64 groupId, qint64 userId);

Q_SIGNALS:
    void loaded();
    void membersLoaded(qint64 groupId);
    void saved(const frontline::Group& group, bool created);

private:
    void fetchStaff(int roleIndex, const QString& cursor, QList<User> found);
    void changeMember(QLatin1StringView method, qint64 groupId, qint64 userId);
    void partLoaded();

    QList<Group> m_groups;
    QList<User> m_staff;
    QList<User> m_members;
    qint64 m_membersGroup = 0;
    int m_parts = 0; // answers still to come before loaded()
};

} // namespace frontline::client
