#pragma once

#include "api/ldapapi.h"
#include "ldap/ldapdirectory.h"
#include "services/outcome.h"

#include <optional>

namespace frontline::server {

class SqlSession;
namespace mail {
class SecretSealer;
}

// The database side of directory accounts (the directory side is ldap::LdapDirectoryClient, on
// the directory worker's threads): the settings of config key "ldap", directory accounts made
// or brought up to date at login, and a sync's changes. Local accounts are never touched.
class LdapService
{
public:
    LdapService(SqlSession& session, qint64 now);

    // config.get "ldap": without the passwords.
    ServiceResult settings();
    // config.set "ldap": an absent bind_password keeps the directory's stored one.
    ServiceResult setSettings(const QJsonValue& value, const mail::SecretSealer* sealer);
    // The directories with their passwords opened, for the worker: all, the one named, or
    // (dueOnly) those whose sync interval has passed. An error names a password that does not
    // open with this server's key.
    Result<QList<api::LdapDirectory>, rpc::RpcError> forUse(const mail::SecretSealer* sealer,
                                                            const std::optional<QString>& name,
                                                            bool dueOnly = false);
    // Login: the person's account made (first login) or brought up to date; its user id. An
    // account disabled in Frontline stays so (invalid credentials). `staffChanged`: a staff
    // account was made or changed (the clients' staff lists are read again).
    Result<qint64, rpc::RpcError> signIn(const ldap::DirectoryPerson& person,
                                         QList<qint64>* usersChanged, bool* staffChanged = nullptr);
    // A sync of one directory: creates, updates, and disables the accounts the directory no
    // longer has (their sessions end). The result is an api::LdapSyncResult.
    ServiceResult applySync(const QString& directory, const ldap::DirectoryPeople& found);
    // For the result of several directories' syncs.
    static api::LdapSyncResult failedSync(const QString& directory, const QString& message);

private:
    enum class Change { None, Created, Updated };
    Result<Change, QString> upsert(const ldap::DirectoryPerson& person, qint64* userId,
                                   QList<qint64>* usersChanged, QStringList* warnings);
    bool setGroups(qint64 userId, const ldap::DirectoryPerson& person, bool staff,
                   QStringList* warnings);

    SqlSession& m_session;
    qint64 m_now;
};

} // namespace frontline::server
