#pragma once

#include "api/ldapapi.h"
#include "domain/enums.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;

// The directories' settings (ldap_directories; the bind password sealed, never read back
// here in the clear) and the directory accounts among the users (users.directory,
// external_id, external_dn).
class LdapRepository
{
public:
    struct StoredDirectory
    {
        api::LdapDirectory settings; // without the password; bindPasswordSet says if stored
        QByteArray sealedPassword;
        std::optional<qint64> lastSyncAt;
    };

    struct Account
    {
        qint64 userId = 0;
        QString username;
        QString displayName;
        QString email;
        Role role = Role::Requester;
        bool disabled = false;
        QString externalId;
        QString dn;
    };

    explicit LdapRepository(SqlSession& session)
        : m_session(session)
    { }

    QList<StoredDirectory> directories(); // in their order
    // Replaces the list; `sealed` holds each directory's sealed password (absent: none).
    void replaceDirectories(const QList<api::LdapDirectory>& directories,
                            const QHash<QString, QByteArray>& sealed, qint64 now);
    void markSynced(const QString& name, qint64 now);

    std::optional<Account> account(const QString& directory, const QString& externalId);
    QList<Account> accounts(const QString& directory); // enabled and disabled
    // A new directory account (no password hash). Throws DbException when the name is taken.
    qint64 insertAccount(const QString& directory, const QString& externalId, const QString& dn,
                         const QString& username, const QString& displayName, const QString& email,
                         Role role, qint64 now);
    // Name, mail, role, DN and user name as the directory has them now.
    void updateAccount(const Account& account, qint64 now);
    std::optional<qint64> userIdByName(const QString& username);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
