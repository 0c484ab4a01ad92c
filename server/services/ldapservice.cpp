#include "services/ldapservice.h"

#include "api/methods.h"
#include "api/workflowapi.h"
#include "mail/secretsealer.h"
#include "services/auditlog.h"
#include "services/configpush.h"
#include "storage/approvalrepository.h"
#include "storage/grouprepository.h"
#include "storage/ldaprepository.h"
#include "storage/sessionrepository.h"
#include "storage/sqlsession.h"
#include "storage/userrepository.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// The directory sync's own entries: no user acts, the directory does.
void recordDirectoryChange(SqlSession& session, qint64 now, const AuditChange& change)
{
    const Principal directory;
    AuditLog(session, directory, now).via(api::auditvia::Directory).record(change);
}

QJsonObject afterValues(std::initializer_list<std::pair<QString, QJsonValue>> values)
{
    QJsonObject details;
    for (const auto& [field, value] : values)
        details.insert(field, QJsonObject {{u"after"_s, value}});
    return details;
}

} // namespace

LdapService::LdapService(SqlSession& session, qint64 now)
    : m_session(session)
    , m_now(now)
{ }

ServiceResult LdapService::settings()
{
    api::LdapSettings settings;
    for (const auto& stored : LdapRepository(m_session).directories())
        settings.directories.append(stored.settings);
    return Outcome(api::ConfigValue {u"ldap"_s, settings.toJson()});
}

ServiceResult LdapService::setSettings(const QJsonValue& value, const mail::SecretSealer* sealer)
{
    auto parsed = api::LdapSettings::parse(value);
    if (!parsed)
        return parsed.error();
    LdapRepository repository(m_session);
    QHash<QString, QByteArray> sealed;
    for (const auto& stored : repository.directories())
        sealed.insert(stored.settings.name, stored.sealedPassword);
    QHash<QString, QByteArray> next;
    for (qsizetype i = 0; i < parsed->directories.size(); ++i) {
        const api::LdapDirectory& directory = parsed->directories.at(i);
        if (!directory.bindPassword) {
            next.insert(directory.name, sealed.value(directory.name));
        } else if (!directory.bindPassword->isEmpty()) {
            if (!sealer)
                return rpc::RpcError::unavailable(u"no_mail_key"_s);
            next.insert(directory.name, sealer->seal(*directory.bindPassword));
        }
        if (next.value(directory.name).isEmpty())
            return rpc::RpcError::invalidParams(
                u"value.directories[%1].bind_password"_s.arg(i),
                u"is required: the service account needs a password"_s);
    }
    repository.replaceDirectories(parsed->directories, next, m_now);
    // audit: directory settings changed (config.set ldap)
    return settings();
}

Result<QList<api::LdapDirectory>, rpc::RpcError>
LdapService::forUse(const mail::SecretSealer* sealer, const std::optional<QString>& name,
                    bool dueOnly)
{
    QList<api::LdapDirectory> out;
    bool found = false;
    for (auto& stored : LdapRepository(m_session).directories()) {
        if (name && stored.settings.name != *name)
            continue;
        found = true;
        if (dueOnly
            && (stored.settings.syncIntervalMinutes <= 0
                || (stored.lastSyncAt
                    && *stored.lastSyncAt + qint64(stored.settings.syncIntervalMinutes) * 60000
                        > m_now)))
            continue;
        auto opened = sealer ? sealer->open(stored.sealedPassword) : std::nullopt;
        if (!opened)
            return rpc::RpcError::unavailable(u"directory_password_unreadable"_s);
        stored.settings.bindPassword = *opened;
        out.append(stored.settings);
    }
    if (name && !found)
        return rpc::RpcError::notFound(u"directory"_s);
    return out;
}

bool LdapService::setGroups(qint64 userId, const ldap::DirectoryPerson& person, bool staff,
                            QStringList* warnings)
{
    GroupRepository groups(m_session);
    QHash<QString, qint64> byName;
    for (const Group& group : groups.list())
        byName.insert(group.name, group.id);
    bool changed = false;
    for (const QString& name : person.managedGroups) {
        const auto id = byName.find(name);
        if (id == byName.end()) {
            if (warnings && person.groups.contains(name))
                warnings->append(u"%1: the mapped Frontline group %2 does not exist"_s.arg(
                    person.directory, name));
            continue;
        }
        // Requesters belong to no group; a mapping's groups apply to staff.
        if (staff && person.groups.contains(name))
            changed |= groups.addMember(*id, userId);
        else
            changed |= groups.removeMember(*id, userId);
    }
    return changed;
}

Result<LdapService::Change, QString> LdapService::upsert(const ldap::DirectoryPerson& p,
                                                         qint64* userId,
                                                         QList<qint64>* usersChanged,
                                                         QStringList* warnings)
{
    LdapRepository repository(m_session);
    UserRepository users(m_session);
    const Role role = roleFromString(p.role).value_or(Role::Requester);
    const QString displayName = p.name.isEmpty() ? p.login : p.name;
    auto existing = repository.account(p.directory, p.externalId);
    if (const auto holder = repository.userIdByName(p.login);
        holder && (!existing || *holder != existing->userId))
        return u"%1: the user name %2 (%3) belongs to another account"_s.arg(p.directory, p.login,
                                                                             p.dn);
    if (!existing) {
        *userId = repository.insertAccount(p.directory, p.externalId, p.dn, p.login, displayName,
                                           p.email, role, m_now);
        setGroups(*userId, p, isStaff(role), warnings);
        recordDirectoryChange(
            m_session, m_now,
            {u"user.create"_s, u"user"_s, *userId, p.login,
             afterValues({{u"directory"_s, p.directory}, {u"role"_s, toString(role)}})});
        return Change::Created;
    }
    *userId = existing->userId;
    LdapRepository::Account next = *existing;
    next.username = p.login;
    next.displayName = displayName;
    next.email = p.email;
    next.dn = p.dn;
    next.role = role;
    if (existing->role == Role::Admin && role != Role::Admin && !existing->disabled
        && users.countActiveAdmins() <= 1) {
        next.role = Role::Admin;
        if (warnings)
            warnings->append(
                u"%1: %2 stays an admin: the last active one"_s.arg(p.directory, p.login));
    }
    const bool roleChanged = next.role != existing->role;
    const bool changed = next.username != existing->username
        || next.displayName != existing->displayName || next.email != existing->email
        || next.dn != existing->dn || roleChanged;
    if (changed)
        repository.updateAccount(next, m_now);
    const bool groupsChanged = setGroups(*userId, p, isStaff(next.role), warnings);
    if ((roleChanged || groupsChanged) && usersChanged)
        usersChanged->append(*userId);
    return changed || groupsChanged ? Change::Updated : Change::None;
}

Result<qint64, rpc::RpcError> LdapService::signIn(const ldap::DirectoryPerson& person,
                                                  QList<qint64>* usersChanged, bool* staffChanged)
{
    if (const auto existing =
            LdapRepository(m_session).account(person.directory, person.externalId);
        existing && existing->disabled)
        return rpc::RpcError::invalidCredentials();
    qint64 userId = 0;
    const qsizetype roleOrGroups = usersChanged ? usersChanged->size() : 0;
    auto change = upsert(person, &userId, usersChanged, nullptr);
    if (!change)
        return rpc::RpcError::conflict(u"username_taken"_s,
                                       QJsonObject {{"field"_L1, u"username"_s}});
    // Created or changed, and staff now (or their role or groups changed: a demotion too).
    if (staffChanged)
        *staffChanged = *change != Change::None
            && (isStaff(roleFromString(person.role).value_or(Role::Requester))
                || (usersChanged && usersChanged->size() > roleOrGroups));
    return userId;
}

api::LdapSyncResult LdapService::failedSync(const QString& directory, const QString& message)
{
    api::LdapSyncResult result;
    result.errors.append(directory + u": "_s + message);
    return result;
}

ServiceResult LdapService::applySync(const QString& directory, const ldap::DirectoryPeople& found)
{
    LdapRepository repository(m_session);
    UserRepository users(m_session);
    api::LdapSyncResult result;
    result.errors = found.warnings;
    Outcome outcome;
    const QList<LdapRepository::Account> accounts = repository.accounts(directory);
    if (found.people.isEmpty() && !accounts.isEmpty()) {
        // A filter or base that suddenly matches nobody is more likely a mistake than an
        // organisation that left: nobody is disabled for it.
        result.errors.append(
            u"%1: the directory returned no user; nobody was disabled"_s.arg(directory));
        outcome.result = rpc::JsonPayload(QJsonValue(result.toJson()));
        return outcome;
    }
    QSet<QString> seen;
    QHash<QString, qint64> byDn; // the people of this sync, for their managers
    QList<std::pair<qint64, QString>> managed;
    for (const ldap::DirectoryPerson& person : found.people) {
        seen.insert(person.externalId);
        qint64 userId = 0;
        auto change = upsert(person, &userId, &outcome.usersChanged, &result.errors);
        if (!change) {
            result.errors.append(change.error());
            continue;
        }
        byDn.insert(ldap::LdapDirectoryClient::normalizeDn(person.dn), userId);
        managed.append({userId, person.managerDn});
        switch (*change) {
        case Change::Created:
            ++result.created;
            break;
        case Change::Updated:
            ++result.updated;
            break;
        case Change::None:
            ++result.unchanged;
            break;
        }
    }
    // A manager outside this sync's people (another directory, a filtered-out entry) is
    // left as it is.
    ApprovalRepository approvals(m_session);
    for (const auto& [userId, managerDn] : managed) {
        if (managerDn.isEmpty())
            continue;
        if (const auto manager = byDn.find(managerDn); manager != byDn.end() && *manager != userId)
            approvals.setManager(userId, *manager);
    }
    for (const LdapRepository::Account& account : accounts) {
        if (seen.contains(account.externalId) || account.disabled)
            continue;
        if (account.role == Role::Admin && users.countActiveAdmins() <= 1) {
            result.errors.append(u"%1: %2 is gone from the directory but is the last active "
                                 "admin; left enabled"_s.arg(directory, account.username));
            continue;
        }
        LdapRepository::Account disabled = account;
        disabled.disabled = true;
        repository.updateAccount(disabled, m_now);
        SessionRepository(m_session).revokeAllOf(account.userId, m_now);
        outcome.usersChanged.append(account.userId);
        ++result.disabled;
        recordDirectoryChange(
            m_session, m_now,
            {u"user.disable"_s, u"user"_s, account.userId, account.username,
             QJsonObject {
                 {u"disabled"_s, QJsonObject {{u"before"_s, false}, {u"after"_s, true}}}}});
    }
    result.errors.removeDuplicates();
    repository.markSynced(directory, m_now);
    recordDirectoryChange(m_session, m_now,
                          {u"directory.sync"_s, u"directory"_s, std::nullopt, directory,
                           afterValues({{u"created"_s, result.created},
                                        {u"updated"_s, result.updated},
                                        {u"disabled"_s, result.disabled},
                                        {u"unchanged"_s, result.unchanged},
                                        {u"errors"_s, int(result.errors.size())}})});
    outcome.result = rpc::JsonPayload(QJsonValue(result.toJson()));
    // People created, renamed, moved between groups or disabled: the clients' staff lists and
    // groups are read again.
    if (result.created + result.updated + result.disabled > 0)
        outcome.events.append(
            configChanged({QString(api::configpart::Groups), QString(api::configpart::Staff)}));
    return outcome;
}

} // namespace frontline::server
