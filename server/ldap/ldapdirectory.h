#pragma once

#include "api/ldapapi.h"
#include "ldap/ldapclient.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server::ldap {

// A person as a directory describes them, with what the directory's group mappings give them.
struct DirectoryPerson
{
    QString directory; // the directory's name in the settings
    QString externalId; // entryUUID (objectGUID on Active Directory), else the DN
    QString dn;
    QString login; // the login attribute's value: the Frontline user name
    QString name;
    QString email;
    QString role; // the highest mapped role; empty: requester
    QStringList groups; // Frontline groups named by the mappings the person is in
    QStringList managedGroups; // every group any mapping names (others are left alone)
    QString managerDn; // the `manager` attribute (normalised): approves "manager" steps
};

struct DirectoryPeople
{
    QList<DirectoryPerson> people;
    QStringList warnings; // a mapped group that does not exist, an entry without a login
};

// What a directory answers, through a fresh connection per call (blocking: worker threads only).
// Every search runs as the service account; a user's password is only ever used to bind as them.
class LdapDirectoryClient
{
public:
    explicit LdapDirectoryClient(api::LdapDirectory directory);

    // ldap.test: connect, TLS, bind as the service account, find the base, match the filter.
    api::LdapTestResult test();
    // Login by bind: the person with this login under the base and filter, when the password
    // binds as them; nullopt when there is no such person or the password is wrong (the
    // caller cannot tell which, nor can the person logging in).
    Result<std::optional<DirectoryPerson>, LdapFailure> authenticate(const QString& login,
                                                                     const QString& password);
    // Everyone the filter matches (for the sync).
    Result<DirectoryPeople, LdapFailure> fetchAll();

    static QString normalizeDn(const QString& dn);

private:
    Result<std::unique_ptr<LdapConnection>, LdapFailure> serviceConnection();
    QStringList attributes() const;
    std::optional<DirectoryPerson> person(const LdapEntry& entry) const;
    // Each mapping's members (normalised DNs), read once per call.
    Result<QList<QSet<QString>>, LdapFailure> memberships(LdapConnection& connection,
                                                          QStringList* warnings);
    void applyMappings(DirectoryPerson& person, const QList<QSet<QString>>& members) const;

    api::LdapDirectory m_directory;
};

} // namespace frontline::server::ldap
