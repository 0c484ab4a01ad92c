#pragma once

#include "domain/category.h"
#include "domain/group.h"

#include <QList>

#include <optional>

namespace frontline::server {

class SqlSession;

class GroupRepository
{
public:
    explicit GroupRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 insert(const Group& group, qint64 now); // throws on a duplicate name
    std::optional<Group> find(qint64 id);
    std::optional<GroupRef> ref(qint64 id);
    QList<Group> list();
    void update(const Group& group, qint64 now);
    bool addMember(qint64 groupId, qint64 userId); // false if already a member
    bool removeMember(qint64 groupId, qint64 userId); // false if not a member
    bool isMember(qint64 groupId, qint64 userId);
    QList<qint64> members(qint64 groupId);
    // Would pointing `groupId` at `escalationId` make the escalation chain loop?
    bool escalationLoops(qint64 groupId, qint64 escalationId);

private:
    SqlSession& m_session;
};

class CategoryRepository
{
public:
    explicit CategoryRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 insert(const Category& category, qint64 now); // throws on a duplicate name
    std::optional<Category> find(qint64 id);
    std::optional<Category> findByName(const QString& name);
    QList<Category> list(bool includeInactive);
    void update(const Category& category, qint64 now);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
