#include "directoryservice.h"

#include "services/auditlog.h"
#include "storage/approvalrepository.h"
#include "storage/grouprepository.h"
#include "storage/notificationrepository.h"
#include "storage/orgrepository.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {

DirectoryService::DirectoryService(SqlSession& session, const Principal& principal, qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

ServiceResult DirectoryService::createUser(const api::UserCreateParams& params,
                                           const QByteArray& passwordHash)
{
    UserRepository users(m_session);
    if (users.credentials(params.username))
        return rpc::RpcError::conflict(u"username_taken"_s,
                                       QJsonObject {{"field"_L1, u"username"_s}});
    const qint64 id = users.insert(params.username, params.displayName, params.email, params.role,
                                   passwordHash, m_now);
    return Outcome(*users.find(id));
}

ServiceResult DirectoryService::getUser(qint64 id)
{
    // Requesters may look themselves up; staff may look up anyone (to assign, to contact).
    if (!m_principal.isStaff() && id != m_principal.userId)
        return rpc::RpcError::notFound(u"user"_s);
    const auto user = UserRepository(m_session).find(id);
    if (!user)
        return rpc::RpcError::notFound(u"user"_s);
    return Outcome(*user);
}

ServiceResult DirectoryService::listUsers(const api::UserListParams& params)
{
    qint64 after = 0;
    if (!params.cursor.isEmpty()) {
        bool ok = false;
        after = params.cursor.toLongLong(&ok);
        if (!ok || after < 0)
            return rpc::RpcError::invalidParams(u"cursor"_s, u"is not a cursor of this list"_s);
    }
    const QList<User> users = UserRepository(m_session).list(params, after, params.limit + 1);
    api::UserPage page;
    page.items = users.mid(0, params.limit);
    if (users.size() > params.limit)
        page.nextCursor = QString::number(users.at(params.limit - 1).id);
    return Outcome(page);
}

ServiceResult DirectoryService::updateUser(const api::UserUpdateParams& params)
{
    const bool self = params.id == m_principal.userId;
    const bool admin = m_principal.role == Role::Admin;
    if (!admin && !self)
        return rpc::RpcError::forbidden(u"admin_only"_s);
    if (!admin && params.role)
        return rpc::RpcError::forbidden(u"field_not_allowed_for_role"_s, u"role"_s);
    if (!admin && params.disabled)
        return rpc::RpcError::forbidden(u"field_not_allowed_for_role"_s, u"disabled"_s);
    if (!admin && params.org.present)
        return rpc::RpcError::forbidden(u"field_not_allowed_for_role"_s, u"org"_s);
    if (!admin && params.vip)
        return rpc::RpcError::forbidden(u"field_not_allowed_for_role"_s, u"vip"_s);
    if (!admin && params.orgViewer)
        return rpc::RpcError::forbidden(u"field_not_allowed_for_role"_s, u"org_viewer"_s);
    if (!admin && params.manager.present)
        return rpc::RpcError::forbidden(u"field_not_allowed_for_role"_s, u"manager"_s);

    UserRepository users(m_session);
    auto user = users.find(params.id);
    if (!user)
        return rpc::RpcError::notFound(u"user"_s);
    const bool wasActiveAdmin = user->role == Role::Admin && !user->disabled;
    if (params.displayName)
        user->displayName = *params.displayName;
    if (params.email)
        user->email = *params.email;
    if (params.role)
        user->role = *params.role;
    if (params.disabled)
        user->disabled = *params.disabled;
    const bool orgChanged = params.org.present || params.orgViewer;
    if (params.org.present) {
        user->org.reset();
        if (params.org.value) {
            user->org = OrgRepository(m_session).ref(*params.org.value);
            if (!user->org)
                return rpc::RpcError::invalidParams(u"org"_s, u"no such organisation"_s);
        }
    }
    if (params.vip)
        user->vip = *params.vip;
    if (params.orgViewer)
        user->orgViewer = *params.orgViewer;
    if (user->orgViewer && user->role != Role::Requester)
        return rpc::RpcError::invalidParams(u"org_viewer"_s,
                                            u"only requesters can be organisation viewers"_s);
    if (user->orgViewer && !user->org)
        return rpc::RpcError::invalidParams(u"org_viewer"_s,
                                            u"needs the user to belong to an organisation"_s);
    const bool isActiveAdmin = user->role == Role::Admin && !user->disabled;
    if (wasActiveAdmin && !isActiveAdmin && users.countActiveAdmins() <= 1)
        return rpc::RpcError::conflict(u"last_admin"_s);
    if (user->role == Role::Requester && !user->groups.isEmpty())
        return rpc::RpcError::conflict(u"remove_from_groups_first"_s,
                                       QJsonObject {{"field"_L1, u"role"_s}});
    if (params.manager.present) {
        if (params.manager.value == user->id)
            return rpc::RpcError::invalidParams(u"manager"_s, u"cannot be the user themself"_s);
        if (params.manager.value) {
            const auto manager = users.find(*params.manager.value);
            if (!manager || manager->disabled)
                return rpc::RpcError::invalidParams(u"manager"_s, u"no such active user"_s);
        }
        ApprovalRepository(m_session).setManager(user->id, params.manager.value);
    }
    users.update(*user, m_now);
    Outcome outcome(*users.find(params.id));
    if (orgChanged) {
        // audit: user's organisation or organisation-viewer right changed by m_principal
        outcome.usersChanged.append(user->id);
    }
    if (params.role || params.disabled) {
        if (user->disabled)
            SessionRepository(m_session).revokeAllOf(user->id, m_now);
        outcome.usersChanged.append(user->id);
    }
    return outcome;
}

ServiceResult DirectoryService::disableUser(qint64 id)
{
    api::UserUpdateParams params;
    params.id = id;
    params.disabled = true;
    return updateUser(params);
}

ServiceResult DirectoryService::setPassword(qint64 userId, const QByteArray& passwordHash)
{
    UserRepository users(m_session);
    const auto user = users.find(userId);
    const auto credentials = users.credentials(userId);
    if (!user || !credentials)
        return rpc::RpcError::notFound(u"user"_s);
    if (!credentials->directory.isEmpty())
        return directoryAccountRefusal();
    users.setPasswordHash(userId, passwordHash, m_now);
    AuditLog(m_session, m_principal, m_now)
        .record({u"user.set_password"_s, u"user"_s, userId, user->username,
                 QJsonObject {{u"password"_s, QJsonObject {{u"after"_s, u"changed"_s}}}}});
    // The user's other sessions end: whoever knew the old password is logged out. The
    // caller's own session stays when they changed their own password.
    Outcome outcome(api::ChangedResult {});
    if (userId == m_principal.userId)
        outcome.keepTokenHash = m_principal.tokenHash;
    SessionRepository(m_session).revokeAllOf(userId, m_now, outcome.keepTokenHash);
    outcome.usersChanged.append(userId);
    return outcome;
}

rpc::RpcError DirectoryService::directoryAccountRefusal()
{
    return rpc::RpcError::conflict(u"directory_account"_s,
                                   QJsonObject {{"field"_L1, u"password"_s}});
}

std::optional<rpc::RpcError> DirectoryService::checkManager(qint64 userId)
{
    const auto user = UserRepository(m_session).find(userId);
    if (!user || user->disabled || !isStaff(user->role))
        return rpc::RpcError::invalidParams(u"manager"_s, u"must be an active staff member"_s);
    return std::nullopt;
}

ServiceResult DirectoryService::createGroup(const api::GroupCreateParams& params)
{
    GroupRepository groups(m_session);
    if (params.escalationGroup && !groups.ref(*params.escalationGroup))
        return rpc::RpcError::invalidParams(u"escalation_group"_s, u"no such group"_s);
    Group group;
    group.name = params.name;
    group.tier = params.tier;
    group.description = params.description;
    group.escalationGroupId = params.escalationGroup;
    group.assignment = params.assignment;
    if (params.manager) {
        if (auto problem = checkManager(*params.manager))
            return *problem;
        group.managerId = params.manager;
    }
    for (const Group& existing : groups.list()) {
        if (existing.name.compare(params.name, Qt::CaseInsensitive) == 0)
            return rpc::RpcError::conflict(u"name_taken"_s, QJsonObject {{"field"_L1, u"name"_s}});
    }
    const qint64 id = groups.insert(group, m_now);
    return Outcome(*groups.find(id));
}

ServiceResult DirectoryService::getGroup(qint64 id)
{
    const auto group = GroupRepository(m_session).find(id);
    if (!group)
        return rpc::RpcError::notFound(u"group"_s);
    return Outcome(*group);
}

ServiceResult DirectoryService::listGroups()
{
    return Outcome(api::GroupList {GroupRepository(m_session).list()});
}

ServiceResult DirectoryService::updateGroup(const api::GroupUpdateParams& params)
{
    GroupRepository groups(m_session);
    auto group = groups.find(params.id);
    if (!group)
        return rpc::RpcError::notFound(u"group"_s);
    if (params.name) {
        for (const Group& existing : groups.list()) {
            if (existing.id != group->id
                && existing.name.compare(*params.name, Qt::CaseInsensitive) == 0)
                return rpc::RpcError::conflict(u"name_taken"_s,
                                               QJsonObject {{"field"_L1, u"name"_s}});
        }
        group->name = *params.name;
    }
    if (params.tier)
        group->tier = *params.tier;
    if (params.description)
        group->description = *params.description;
    if (params.escalationGroup.present) {
        if (params.escalationGroup.value) {
            const qint64 target = *params.escalationGroup.value;
            if (!groups.ref(target))
                return rpc::RpcError::invalidParams(u"escalation_group"_s, u"no such group"_s);
            if (groups.escalationLoops(group->id, target))
                return rpc::RpcError::invalidParams(u"escalation_group"_s,
                                                    u"would make the escalation chain loop"_s);
        }
        group->escalationGroupId = params.escalationGroup.value;
    }
    if (params.assignment)
        group->assignment = *params.assignment;
    if (params.manager.present) {
        if (params.manager.value) {
            if (auto problem = checkManager(*params.manager.value))
                return *problem;
        }
        group->managerId = params.manager.value;
    }
    groups.update(*group, m_now);
    return Outcome(*groups.find(group->id));
}

ServiceResult DirectoryService::addMember(const api::GroupMemberParams& params)
{
    GroupRepository groups(m_session);
    if (!groups.ref(params.group))
        return rpc::RpcError::notFound(u"group"_s);
    const auto user = UserRepository(m_session).find(params.user);
    if (!user)
        return rpc::RpcError::invalidParams(u"user"_s, u"no such user"_s);
    if (!isStaff(user->role))
        return rpc::RpcError::invalidParams(u"user"_s, u"requesters cannot join support groups"_s);
    groups.addMember(params.group, params.user);
    Outcome outcome(*groups.find(params.group));
    outcome.usersChanged.append(params.user);
    return outcome;
}

ServiceResult DirectoryService::removeMember(const api::GroupMemberParams& params)
{
    GroupRepository groups(m_session);
    if (!groups.ref(params.group))
        return rpc::RpcError::notFound(u"group"_s);
    if (!groups.removeMember(params.group, params.user))
        return rpc::RpcError::invalidParams(u"user"_s, u"is not a member of the group"_s);
    Outcome outcome(*groups.find(params.group));
    outcome.usersChanged.append(params.user);
    return outcome;
}

ServiceResult DirectoryService::listCategories()
{
    return Outcome(api::CategoryList {CategoryRepository(m_session).list(m_principal.isStaff())});
}

ServiceResult DirectoryService::createCategory(const api::CategoryCreateParams& params)
{
    CategoryRepository categories(m_session);
    if (categories.findByName(params.name))
        return rpc::RpcError::conflict(u"name_taken"_s, QJsonObject {{"field"_L1, u"name"_s}});
    Category category;
    category.name = params.name;
    category.description = params.description;
    if (params.defaultGroup) {
        category.defaultGroup = GroupRepository(m_session).ref(*params.defaultGroup);
        if (!category.defaultGroup)
            return rpc::RpcError::invalidParams(u"default_group"_s, u"no such group"_s);
    }
    const qint64 id = categories.insert(category, m_now);
    return Outcome(*categories.find(id));
}

ServiceResult DirectoryService::updateCategory(const api::CategoryUpdateParams& params)
{
    CategoryRepository categories(m_session);
    auto category = categories.find(params.id);
    if (!category)
        return rpc::RpcError::notFound(u"category"_s);
    if (params.name) {
        const auto existing = categories.findByName(*params.name);
        if (existing && existing->id != category->id)
            return rpc::RpcError::conflict(u"name_taken"_s, QJsonObject {{"field"_L1, u"name"_s}});
        category->name = *params.name;
    }
    if (params.description)
        category->description = *params.description;
    if (params.defaultGroup.present) {
        category->defaultGroup.reset();
        if (params.defaultGroup.value) {
            category->defaultGroup = GroupRepository(m_session).ref(*params.defaultGroup.value);
            if (!category->defaultGroup)
                return rpc::RpcError::invalidParams(u"default_group"_s, u"no such group"_s);
        }
    }
    if (params.active)
        category->active = *params.active;
    categories.update(*category, m_now);
    return Outcome(*categories.find(category->id));
}

ServiceResult DirectoryService::setAvailability(const api::AvailabilityParams& params)
{
    UserRepository users(m_session);
    users.setAvailability(m_principal.userId, params.available, m_now);
    const auto user = users.find(m_principal.userId);
    if (!user)
        return rpc::RpcError::notFound(u"user"_s);
    return Outcome(*user);
}

ServiceResult DirectoryService::listNotifications(const api::NotificationListParams& params)
{
    NotificationRepository notifications(m_session);
    return Outcome(api::NotificationList {
        notifications.list(m_principal.userId, params.unreadOnly, params.limit),
        notifications.unreadCount(m_principal.userId)});
}

ServiceResult DirectoryService::markNotificationsRead(const api::NotificationReadParams& params)
{
    NotificationRepository notifications(m_session);
    const int marked = notifications.markRead(m_principal.userId, params.ids, m_now);
    return Outcome(
        api::NotificationReadResult {marked, notifications.unreadCount(m_principal.userId)});
}

} // namespace frontline::server
