#pragma once

#include "api/directoryapi.h"
#include "domain/user.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <optional>

namespace frontline::server {

class SqlSession;

struct StoredCredentials
{
    qint64 userId = 0;
    QByteArray passwordHash;
    bool disabled = false;
    QString directory; // a directory account (LDAP): signs in by bind, has no password here
};

class UserRepository
{
public:
    explicit UserRepository(SqlSession& session)
        : m_session(session)
    { }

    // Throws DbException (unique violation) when the username is taken.
    qint64 insert(const QString& username, const QString& displayName, const QString& email,
                  Role role, const QByteArray& passwordHash, qint64 now);
    std::optional<User> find(qint64 id);
    std::optional<UserRef> ref(qint64 id);
    std::optional<StoredCredentials> credentials(const QString& username);
    std::optional<StoredCredentials> credentials(qint64 id);
    // Ordered by id; `afterId` is the keyset cursor.
    QList<User> list(const api::UserListParams& params, qint64 afterId, int limit);
    void update(const User& user, qint64 now);
    void setPasswordHash(qint64 id, const QByteArray& hash, qint64 now);
    QList<GroupRef> groupsOf(qint64 userId);
    int count();
    int countActiveAdmins();
    void setAvailability(qint64 id, bool available, qint64 now);
    void setOrg(qint64 id, std::optional<qint64> orgId, qint64 now);
    // A requester's organisation and VIP mark, in one lookup (ticket creation).
    struct RequesterFacts
    {
        std::optional<OrgRef> org;
        bool vip = false;
    };
    RequesterFacts requesterFacts(qint64 id);
    // The account rules and the scheduler act as ("Frontline automation"; cannot log in).
    qint64 automationUserId();

private:
    std::optional<StoredCredentials> readCredentials(const QString& column, const QVariant& key);

    SqlSession& m_session;
};

} // namespace frontline::server
