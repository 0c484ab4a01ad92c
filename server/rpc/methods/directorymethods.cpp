#include "api/directoryapi.h"
#include "api/methods.h"
#include "auth/loginthrottle.h"
#include "logging.h"
#include "rpc/methodregistry.h"
#include "services/auditlog.h"
#include "services/authservice.h"
#include "services/configpush.h"
#include "services/directoryservice.h"
#include "services/hashingpool.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using namespace api;

// Users: hashing happens on the hashing pool before the write, never on the writer thread.
void createUser(ServerContext& ctx, const CallContext& call, const UserCreateParams& p,
                Responder respond)
{
    const Principal caller = call.caller();
    const bool queued =
        ctx.hashing.hash(p.password, [&ctx, p, caller, respond](const QByteArray& hash) {
            ctx.jobs.write(
                caller,
                [p, hash](JobScope& scope) {
                    ServiceResult result = audited<UserCreateParams>(
                        u"user.create"_s, u"user"_s, auditNothing,
                        [&hash](JobScope& s, const UserCreateParams& params) {
                            return DirectoryService(s.session, s.principal, s.now)
                                .createUser(params, hash);
                        })(scope, p);
                    if (result && p.role != Role::Requester) // a new colleague to assign to
                        result->events.append(configChanged({QString(configpart::Staff)}));
                    return result;
                },
                respond);
        });
    if (!queued)
        respond(rpc::RpcError::rateLimited(1000));
}

// Own password: the current one is verified first. Admins reset other users' passwords.
void setPassword(ServerContext& ctx, const CallContext& call, const SetPasswordParams& p,
                 Responder respond)
{
    const Principal caller = call.caller();
    const qint64 target = p.id.value_or(caller.userId);
    const bool own = target == caller.userId;
    if (!own && caller.role != Role::Admin) {
        respond(rpc::RpcError::forbidden(u"admin_only"_s, u"id"_s));
        return;
    }
    if (own && p.currentPassword.isEmpty()) {
        respond(rpc::RpcError::invalidParams(u"current_password"_s,
                                             u"is required to change your own password"_s));
        return;
    }
    auto store = [&ctx, caller, target, respond](const QByteArray& hash) {
        ctx.jobs.write(
            caller,
            [target, hash](JobScope& scope) {
                return DirectoryService(scope.session, scope.principal, scope.now)
                    .setPassword(target, hash);
            },
            respond);
    };
    auto hashNew = [&ctx, p, store, respond] {
        if (!ctx.hashing.hash(p.password, store))
            respond(rpc::RpcError::rateLimited(1000));
    };
    if (!own) {
        hashNew();
        return;
    }
    // Checking the current password is a guess like auth.login's: it goes through the same
    // throttle (the account and the address), reserved before the slow hash.
    const QString account = caller.username;
    const QString peer = call.peer;
    const qint64 reservedAt = ctx.clock();
    if (const qint64 wait = ctx.throttle.reserve(account, peer, reservedAt)) {
        qCInfo(lcAuth) << "password change throttled for an account from" << peer;
        respond(rpc::RpcError::rateLimited(wait));
        return;
    }
    auto current = std::make_shared<QByteArray>();
    ctx.jobs.read(
        caller,
        [current](JobScope& scope) -> ServiceResult {
            const auto credentials =
                UserRepository(scope.session).credentials(scope.principal.userId);
            if (credentials && !credentials->directory.isEmpty())
                return DirectoryService::directoryAccountRefusal();
            if (credentials)
                *current = credentials->passwordHash;
            return Outcome();
        },
        [&ctx, p, account, peer, reservedAt, current, hashNew, respond](ServiceResult result) {
            if (!result) {
                ctx.throttle.release(account, peer, reservedAt);
                respond(result.error());
                return;
            }
            const bool queued = ctx.hashing.verify(
                *current, p.currentPassword,
                [&ctx, account, peer, reservedAt, hashNew, respond](bool ok) {
                    if (!ok) {
                        qCInfo(lcAuth) << "wrong current password from" << peer;
                        respond(rpc::RpcError::invalidParams(u"current_password"_s,
                                                             u"is not correct"_s));
                        return;
                    }
                    ctx.throttle.release(account, peer, reservedAt);
                    ctx.throttle.recordSuccess(account);
                    hashNew();
                },
                peer);
            if (!queued) {
                ctx.throttle.release(account, peer, reservedAt);
                respond(rpc::RpcError::rateLimited(1000));
            }
        });
}

DirectoryService directory(JobScope& scope)
{
    return DirectoryService(scope.session, scope.principal, scope.now);
}

} // namespace

void registerDirectoryMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    registry.addCustom<UserCreateParams>(
        method::UserCreate, Access::Admin,
        [&ctx](const CallContext& call, const UserCreateParams& p, Responder respond) {
            createUser(ctx, call, p, std::move(respond));
        });
    registry.addCustom<SetPasswordParams>(
        method::UserSetPassword, Access::Authenticated,
        [&ctx](const CallContext& call, const SetPasswordParams& p, Responder respond) {
            setPassword(ctx, call, p, std::move(respond));
        });
    registry.addRead<IdParams>(
        method::UserGet, Access::Authenticated,
        [](JobScope& s, const IdParams& p) { return directory(s).getUser(p.id); });
    registry.addRead<UserListParams>(
        method::UserList, Access::Staff,
        [](JobScope& s, const UserListParams& p) { return directory(s).listUsers(p); });
    // An administrator's edit may change a role, groups or a name in the staff list, and so
    // may a staff member's edit of their own name; a requester's own edit changes nothing
    // other clients keep.
    registry.addWrite<UserUpdateParams>(
        method::UserUpdate, Access::Authenticated,
        [update = audited<UserUpdateParams>(
             u"user.update"_s, u"user"_s,
             [](JobScope& s, const UserUpdateParams& p) { return directory(s).getUser(p.id); },
             [](JobScope& s, const UserUpdateParams& p) { return directory(s).updateUser(p); })](
            JobScope& s, const UserUpdateParams& p) {
            ServiceResult result = update(s, p);
            if (result && s.principal.role != Role::Requester)
                result->events.append(configChanged({QString(configpart::Staff)}));
            return result;
        });
    registry.addWrite<IdParams>(
        method::UserDisable, Access::Admin,
        announcingConfig<IdParams>(
            {QString(configpart::Staff)},
            audited<IdParams>(
                u"user.disable"_s, u"user"_s,
                [](JobScope& s, const IdParams& p) { return directory(s).getUser(p.id); },
                [](JobScope& s, const IdParams& p) { return directory(s).disableUser(p.id); })));

    registry.addWrite<GroupCreateParams>(
        method::GroupCreate, Access::Admin,
        announcingConfig<GroupCreateParams>(
            {QString(configpart::Groups)},
            audited<GroupCreateParams>(u"group.create"_s, u"group"_s, auditNothing,
                                       [](JobScope& s, const GroupCreateParams& p) {
                                           return directory(s).createGroup(p);
                                       })));
    registry.addRead<IdParams>(method::GroupGet, Access::Staff, [](JobScope& s, const IdParams& p) {
        return directory(s).getGroup(p.id);
    });
    registry.addRead<EmptyParams>(
        method::GroupList, Access::Staff,
        [](JobScope& s, const EmptyParams&) { return directory(s).listGroups(); });
    registry.addWrite<GroupUpdateParams>(
        method::GroupUpdate, Access::Admin,
        announcingConfig<GroupUpdateParams>(
            {QString(configpart::Groups)},
            audited<GroupUpdateParams>(
                u"group.update"_s, u"group"_s,
                [](JobScope& s, const GroupUpdateParams& p) { return directory(s).getGroup(p.id); },
                [](JobScope& s, const GroupUpdateParams& p) {
                    return directory(s).updateGroup(p);
                })));
    // Membership: a group's members and a staff member's groups (the assignee picker).
    registry.addWrite<GroupMemberParams>(
        method::GroupAddMember, Access::Admin,
        announcingConfig<GroupMemberParams>(
            {QString(configpart::Groups), QString(configpart::Staff)},
            audited<GroupMemberParams>(
                u"group.add_member"_s, u"group"_s,
                [](JobScope& s, const GroupMemberParams& p) {
                    return directory(s).getGroup(p.group);
                },
                [](JobScope& s, const GroupMemberParams& p) {
                    return directory(s).addMember(p);
                })));
    registry.addWrite<GroupMemberParams>(
        method::GroupRemoveMember, Access::Admin,
        announcingConfig<GroupMemberParams>(
            {QString(configpart::Groups), QString(configpart::Staff)},
            audited<GroupMemberParams>(
                u"group.remove_member"_s, u"group"_s,
                [](JobScope& s, const GroupMemberParams& p) {
                    return directory(s).getGroup(p.group);
                },
                [](JobScope& s, const GroupMemberParams& p) {
                    return directory(s).removeMember(p);
                })));

    registry.addRead<EmptyParams>(
        method::CategoryList, Access::Authenticated,
        [](JobScope& s, const EmptyParams&) { return directory(s).listCategories(); });
    registry.addWrite<CategoryCreateParams>(
        method::CategoryCreate, Access::Admin,
        announcingConfig<CategoryCreateParams>(
            {QString(configpart::Categories)},
            audited<CategoryCreateParams>(u"category.create"_s, u"category"_s, auditNothing,
                                          [](JobScope& s, const CategoryCreateParams& p) {
                                              return directory(s).createCategory(p);
                                          })));
    registry.addWrite<CategoryUpdateParams>(
        method::CategoryUpdate, Access::Admin,
        announcingConfig<CategoryUpdateParams>({QString(configpart::Categories)},
                                               audited<CategoryUpdateParams>(
                                                   u"category.update"_s, u"category"_s,
                                                   [](JobScope& s, const CategoryUpdateParams&) {
                                                       return directory(s).listCategories();
                                                   },
                                                   [](JobScope& s, const CategoryUpdateParams& p) {
                                                       return directory(s).updateCategory(p);
                                                   })));
}

} // namespace frontline::server
