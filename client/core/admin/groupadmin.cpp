#include "groupadmin.h"

#include "api/methods.h"

#include <QJsonObject>

#include <algorithm>

namespace frontline::client {
namespace {

const Role StaffRoles[] = {Role::Agent, Role::Manager, Role::Admin};

} // namespace

GroupAdmin::GroupAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

std::optional<Group> GroupAdmin::group(qint64 id) const
{
    for (const Group& group : m_groups) {
        if (group.id == id)
            return group;
    }
    return std::nullopt;
}

void GroupAdmin::reload()
{
    m_parts += 2; // loaded() after these two and any reload still on its way
    send(
        api::method::GroupList, QJsonObject(),
        [this](const QJsonValue& result) {
            m_groups = api::GroupList::fromJson(result).items;
            partLoaded();
        },
        [this] { partLoaded(); });
    fetchStaff(0, QString(), {});
}

void GroupAdmin::partLoaded()
{
    if (--m_parts == 0)
        Q_EMIT loaded();
}

// Role by role, page by page (a site has far more requesters than staff).
void GroupAdmin::fetchStaff(int roleIndex, const QString& cursor, QList<User> found)
{
    if (roleIndex == static_cast<int>(std::size(StaffRoles))) {
        std::sort(found.begin(), found.end(), [](const User& a, const User& b) {
            return a.shownName().compare(b.shownName(), Qt::CaseInsensitive) < 0;
        });
        m_staff = found;
        partLoaded();
        return;
    }
    api::UserListParams params;
    params.role = StaffRoles[roleIndex];
    params.limit = api::MaxPageSize;
    params.cursor = cursor;
    send(
        api::method::UserList, params.toJson(),
        [this, roleIndex, found](const QJsonValue& result) mutable {
            const api::UserPage page = api::UserPage::fromJson(result);
            found.append(page.items);
            if (page.nextCursor.isEmpty())
                fetchStaff(roleIndex + 1, QString(), found);
            else
                fetchStaff(roleIndex, page.nextCursor, found);
        },
        [this] { partLoaded(); });
}

void GroupAdmin::loadMembers(qint64 groupId)
{
    m_membersGroup = groupId;
    m_members.clear();
    if (!groupId) {
        Q_EMIT membersLoaded(groupId);
        return;
    }
    api::UserListParams params;
    params.group = groupId;
    params.limit = api::MaxPageSize;
    send(api::method::UserList, params.toJson(), [this, groupId](const QJsonValue& result) {
        if (groupId != m_membersGroup)
            return; // another group was chosen meanwhile
        m_members = api::UserPage::fromJson(result).items;
        Q_EMIT membersLoaded(groupId);
    });
}

void GroupAdmin::create(const api::GroupCreateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::GroupCreate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(Group::fromJson(result.toObject()), true);
        reload();
    });
}

void GroupAdmin::update(const api::GroupUpdateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::GroupUpdate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(Group::fromJson(result.toObject()), false);
        reload();
    });
}

void GroupAdmin::addMember(qint64 groupId, qint64 userId)
{
    changeMember(api::method::GroupAddMember, groupId, userId);
}

void GroupAdmin::removeMember(qint64 groupId, qint64 userId)
{
    changeMember(api::method::GroupRemoveMember, groupId, userId);
}

void GroupAdmin::changeMember(QLatin1StringView method, qint64 groupId, qint64 userId)
{
    const api::GroupMemberParams params {groupId, userId};
    if (!accepts(params))
        return;
    send(method, params.toJson(), [this, groupId](const QJsonValue& result) {
        const Group group = Group::fromJson(result.toObject());
        for (Group& listed : m_groups) {
            if (listed.id == group.id)
                listed = group;
        }
        loadMembers(groupId);
    });
}

} // namespace frontline::client
