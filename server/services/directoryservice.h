#pragma once

#include "api/automationapi.h"
#include "api/directoryapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

#include <QByteArray>

namespace frontline::server {

class SqlSession;

// Users, support groups (L1/L2/L3) and categories. Password hashing happens before these run
// (it is slow on purpose); they receive the hash.
class DirectoryService
{
public:
    DirectoryService(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult createUser(const api::UserCreateParams& params, const QByteArray& passwordHash);
    ServiceResult getUser(qint64 id);
    ServiceResult listUsers(const api::UserListParams& params);
    ServiceResult updateUser(const api::UserUpdateParams& params);
    ServiceResult disableUser(qint64 id);
    // The new hash was computed from params.password; the current password was verified.
    ServiceResult setPassword(qint64 userId, const QByteArray& passwordHash);
    // A directory (LDAP) account's password is the directory's: never set here.
    static rpc::RpcError directoryAccountRefusal();

    ServiceResult createGroup(const api::GroupCreateParams& params);
    ServiceResult getGroup(qint64 id);
    ServiceResult listGroups();
    ServiceResult updateGroup(const api::GroupUpdateParams& params);
    ServiceResult addMember(const api::GroupMemberParams& params);
    ServiceResult removeMember(const api::GroupMemberParams& params);

    ServiceResult listCategories();
    ServiceResult createCategory(const api::CategoryCreateParams& params);
    ServiceResult updateCategory(const api::CategoryUpdateParams& params);

    // The caller's own availability (staff) and notifications.
    ServiceResult setAvailability(const api::AvailabilityParams& params);
    ServiceResult listNotifications(const api::NotificationListParams& params);
    ServiceResult markNotificationsRead(const api::NotificationReadParams& params);

private:
    std::optional<rpc::RpcError> checkManager(qint64 userId);

    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
