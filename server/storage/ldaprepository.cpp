#include "storage/ldaprepository.h"

#include "api/orgapi.h"
#include "storage/sqlsession.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString AccountColumns = u"id, username, display_name, email, role, disabled, external_id, "
                               "external_dn"_s;

LdapRepository::Account readAccount(const Statement& row)
{
    LdapRepository::Account a;
    a.userId = row.int64(0);
    a.username = row.text(1);
    a.displayName = row.text(2);
    a.email = row.text(3);
    a.role = roleFromString(row.text(4)).value_or(Role::Requester);
    a.disabled = row.boolean(5);
    a.externalId = row.text(6);
    a.dn = row.text(7);
    return a;
}

} // namespace

QList<LdapRepository::StoredDirectory> LdapRepository::directories()
{
    Statement query = m_session.prepare(
        u"SELECT settings, bind_password, last_sync_at FROM ldap_directories ORDER BY position"_s);
    query.exec();
    QList<StoredDirectory> out;
    while (query.next()) {
        StoredDirectory d;
        d.settings =
            api::LdapDirectory::fromJson(QJsonDocument::fromJson(query.text(0).toUtf8()).object());
        d.sealedPassword = query.value(1).toByteArray();
        d.settings.bindPassword.reset();
        d.settings.bindPasswordSet = !d.sealedPassword.isEmpty();
        d.lastSyncAt = query.optionalInt64(2);
        out.append(std::move(d));
    }
    return out;
}

void LdapRepository::replaceDirectories(const QList<api::LdapDirectory>& directories,
                                        const QHash<QString, QByteArray>& sealed, qint64 now)
{
    QHash<QString, std::optional<qint64>> synced;
    for (const StoredDirectory& old : this->directories())
        synced.insert(old.settings.name, old.lastSyncAt);
    Statement clear = m_session.prepare(u"DELETE FROM ldap_directories"_s);
    clear.exec();
    int position = 0;
    for (api::LdapDirectory directory : directories) {
        directory.bindPassword.reset();
        directory.bindPasswordSet = false;
        Statement insert = m_session.prepare(
            u"INSERT INTO ldap_directories (name, position, settings, bind_password, "
            "last_sync_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
        insert.bind(directory.name)
            .bind(position++)
            .bind(
                QString::fromUtf8(QJsonDocument(directory.toJson()).toJson(QJsonDocument::Compact)))
            .bind(sealed.value(directory.name))
            .bindNullable(synced.value(directory.name))
            .bind(now);
        insert.exec();
    }
}

void LdapRepository::markSynced(const QString& name, qint64 now)
{
    Statement update =
        m_session.prepare(u"UPDATE ldap_directories SET last_sync_at = ? WHERE name = ?"_s);
    update.bind(now).bind(name);
    update.exec();
}

std::optional<LdapRepository::Account> LdapRepository::account(const QString& directory,
                                                               const QString& externalId)
{
    Statement query = m_session.prepare(u"SELECT "_s + AccountColumns
                                        + u" FROM users WHERE directory = ? AND external_id = ?"_s);
    query.bind(directory).bind(externalId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readAccount(query);
}

QList<LdapRepository::Account> LdapRepository::accounts(const QString& directory)
{
    Statement query = m_session.prepare(u"SELECT "_s + AccountColumns
                                        + u" FROM users WHERE directory = ? ORDER BY id"_s);
    query.bind(directory);
    query.exec();
    QList<Account> out;
    while (query.next())
        out.append(readAccount(query));
    return out;
}

qint64 LdapRepository::insertAccount(const QString& directory, const QString& externalId,
                                     const QString& dn, const QString& username,
                                     const QString& displayName, const QString& email, Role role,
                                     qint64 now)
{
    // A requester joins the organisation that claims their mail domain, as a local one does
    // (storage/userrepository.cpp).
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO users (username, display_name, email, role, password_hash, disabled, "
        "created_at, updated_at, directory, external_id, external_dn, org_id) "
        "VALUES (?, ?, ?, ?, '', 0, ?, ?, ?, ?, ?, "
        "(SELECT org_id FROM org_domains WHERE domain = ?))"_s);
    insert.bind(username)
        .bind(displayName)
        .bind(email)
        .bind(toString(role))
        .bind(now)
        .bind(now)
        .bind(directory)
        .bind(externalId)
        .bind(dn)
        .bind(role == Role::Requester ? api::mailDomainOf(email) : QString());
    insert.exec();
    return insert.insertedId();
}

void LdapRepository::updateAccount(const Account& a, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE users SET username = ?, display_name = ?, email = ?, role = ?, disabled = ?, "
        "external_dn = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(a.username)
        .bind(a.displayName)
        .bind(a.email)
        .bind(toString(a.role))
        .bind(a.disabled ? 1 : 0)
        .bind(a.dn)
        .bind(now)
        .bind(a.userId);
    update.exec();
}

std::optional<qint64> LdapRepository::userIdByName(const QString& username)
{
    Statement query = m_session.prepare(u"SELECT id FROM users WHERE username = ?"_s);
    query.bind(username);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return query.int64(0);
}

} // namespace frontline::server
