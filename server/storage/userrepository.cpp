#include "userrepository.h"

#include "api/orgapi.h"
#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString UserColumns = u"u.id, u.username, u.display_name, u.email, u.role, u.disabled, "
                            "u.created_at, u.updated_at, u.availability, u.org_id, o.name, u.vip, "
                            "u.org_viewer, m.id, m.username, m.display_name"_s;
// The users with their organisation's name and their manager.
const QString UserFrom = u" FROM users u LEFT JOIN organisations o ON o.id = u.org_id"
                         " LEFT JOIN users m ON m.id = u.manager_id"_s;

User readUser(const Statement& row)
{
    User user;
    user.id = row.int64(0);
    user.username = row.text(1);
    user.displayName = row.text(2);
    user.email = row.text(3);
    user.role = roleFromString(row.text(4)).value_or(Role::Requester);
    user.disabled = row.boolean(5);
    user.createdAt = row.int64(6);
    user.updatedAt = row.int64(7);
    user.available = row.text(8) != u"away"_s;
    if (!row.value(9).isNull())
        user.org = OrgRef {row.int64(9), row.text(10)};
    user.vip = row.boolean(11);
    user.orgViewer = row.boolean(12);
    if (!row.value(13).isNull())
        user.manager = UserRef {row.int64(13), row.text(14), row.text(15)};
    return user;
}

} // namespace

qint64 UserRepository::insert(const QString& username, const QString& displayName,
                              const QString& email, Role role, const QByteArray& passwordHash,
                              qint64 now)
{
    // A requester joins the organisation that claims their mail domain (none: no organisation).
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO users (username, display_name, email, role, password_hash, disabled, "
        "created_at, updated_at, org_id) VALUES (?, ?, ?, ?, ?, 0, ?, ?, "
        "(SELECT org_id FROM org_domains WHERE domain = ?))"_s);
    insert.bind(username)
        .bind(displayName)
        .bind(email)
        .bind(toString(role))
        .bind(QString::fromLatin1(passwordHash))
        .bind(now)
        .bind(now)
        .bind(role == Role::Requester ? api::mailDomainOf(email) : QString());
    insert.exec();
    return insert.insertedId();
}

std::optional<User> UserRepository::find(qint64 id)
{
    std::optional<User> user;
    {
        Statement query =
            m_session.prepare(u"SELECT "_s + UserColumns + UserFrom + u" WHERE u.id = ?"_s);
        query.bind(id);
        query.exec();
        if (!query.next())
            return std::nullopt;
        user = readUser(query);
    }
    user->groups = groupsOf(id);
    return user;
}

std::optional<UserRef> UserRepository::ref(qint64 id)
{
    Statement query =
        m_session.prepare(u"SELECT id, username, display_name FROM users WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return UserRef {query.int64(0), query.text(1), query.text(2)};
}

std::optional<StoredCredentials> UserRepository::credentials(const QString& username)
{
    return readCredentials(u"username"_s, username);
}

std::optional<StoredCredentials> UserRepository::credentials(qint64 id)
{
    return readCredentials(u"id"_s, id);
}

std::optional<StoredCredentials> UserRepository::readCredentials(const QString& column,
                                                                 const QVariant& key)
{
    Statement query = m_session.prepare(
        u"SELECT id, password_hash, disabled, directory FROM users WHERE "_s + column + u" = ?"_s);
    query.bind(key);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return StoredCredentials {query.int64(0), query.text(1).toLatin1(), query.boolean(2),
                              query.text(3)};
}

QList<User> UserRepository::list(const api::UserListParams& params, qint64 afterId, int limit)
{
    QString sql = u"SELECT "_s + UserColumns + UserFrom + u" WHERE u.id > ?"_s;
    QVariantList binds {afterId};
    if (params.role) {
        sql += u" AND u.role = ?"_s;
        binds.append(toString(*params.role));
    }
    if (!params.includeDisabled)
        sql += u" AND u.disabled = 0"_s;
    if (params.group) {
        sql += u" AND u.id IN (SELECT user_id FROM group_members WHERE group_id = ?)"_s;
        binds.append(*params.group);
    }
    if (params.org) {
        sql += u" AND u.org_id = ?"_s;
        binds.append(*params.org);
    }
    if (!params.query.isEmpty()) {
        sql += u" AND (LOWER(u.username) LIKE ? ESCAPE '\\' OR LOWER(u.display_name) LIKE ? "
               "ESCAPE '\\' OR LOWER(u.email) LIKE ? ESCAPE '\\')"_s;
        QString escaped = params.query.toLower();
        escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        const QString pattern = u'%' + escaped + u'%';
        binds << pattern << pattern << pattern;
    }
    sql += u" ORDER BY u.id LIMIT ?"_s;
    binds.append(limit);

    QList<User> users;
    {
        Statement query = m_session.prepare(sql);
        for (const QVariant& bind : std::as_const(binds))
            query.bind(bind);
        query.exec();
        while (query.next())
            users.append(readUser(query));
    }
    for (User& user : users)
        user.groups = groupsOf(user.id);
    return users;
}

void UserRepository::update(const User& user, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE users SET display_name = ?, email = ?, role = ?, disabled = ?, org_id = ?, "
        "vip = ?, org_viewer = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(user.displayName)
        .bind(user.email)
        .bind(toString(user.role))
        .bind(user.disabled ? 1 : 0)
        .bindNullable(user.org ? std::optional<qint64>(user.org->id) : std::nullopt)
        .bind(user.vip ? 1 : 0)
        .bind(user.orgViewer ? 1 : 0)
        .bind(now)
        .bind(user.id);
    update.exec();
}

void UserRepository::setPasswordHash(qint64 id, const QByteArray& hash, qint64 now)
{
    Statement update =
        m_session.prepare(u"UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(QString::fromLatin1(hash)).bind(now).bind(id);
    update.exec();
}

QList<GroupRef> UserRepository::groupsOf(qint64 userId)
{
    Statement query = m_session.prepare(
        u"SELECT g.id, g.name, g.tier FROM agent_groups g JOIN group_members m ON m.group_id "
        "= g.id WHERE m.user_id = ? ORDER BY g.tier, g.name"_s);
    query.bind(userId);
    query.exec();
    QList<GroupRef> groups;
    while (query.next())
        groups.append(GroupRef {query.int64(0), query.text(1), query.integer(2)});
    return groups;
}

int UserRepository::count()
{
    // The built-in automation account is not a user anyone set up.
    Statement query =
        m_session.prepare(u"SELECT COUNT(*) FROM users WHERE username <> 'automation'"_s);
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

int UserRepository::countActiveAdmins()
{
    Statement query =
        m_session.prepare(u"SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0"_s);
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

void UserRepository::setAvailability(qint64 id, bool available, qint64 now)
{
    Statement update =
        m_session.prepare(u"UPDATE users SET availability = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(available ? u"available"_s : u"away"_s).bind(now).bind(id);
    update.exec();
}

void UserRepository::setOrg(qint64 id, std::optional<qint64> orgId, qint64 now)
{
    Statement update =
        m_session.prepare(u"UPDATE users SET org_id = ?, updated_at = ? WHERE id = ?"_s);
    update.bindNullable(orgId).bind(now).bind(id);
    update.exec();
}

UserRepository::RequesterFacts UserRepository::requesterFacts(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT u.org_id, o.name, u.vip FROM users u LEFT JOIN "
                                        "organisations o ON o.id = u.org_id WHERE u.id = ?"_s);
    query.bind(id);
    query.exec();
    RequesterFacts facts;
    if (!query.next())
        return facts;
    if (!query.value(0).isNull())
        facts.org = OrgRef {query.int64(0), query.text(1)};
    facts.vip = query.boolean(2);
    return facts;
}

qint64 UserRepository::automationUserId()
{
    Statement query = m_session.prepare(u"SELECT id FROM users WHERE username = 'automation'"_s);
    query.exec();
    return query.next() ? query.int64(0) : 0;
}

} // namespace frontline::server
