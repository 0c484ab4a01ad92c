#include "grouprepository.h"

#include "storage/sqlsession.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

Group readGroup(const Statement& row)
{
    Group group;
    group.id = row.int64(0);
    group.name = row.text(1);
    group.tier = row.integer(2);
    group.description = row.text(3);
    group.escalationGroupId = row.optionalInt64(4);
    group.createdAt = row.int64(5);
    group.updatedAt = row.int64(6);
    group.assignment = row.text(7);
    group.managerId = row.optionalInt64(8);
    return group;
}

const QString GroupColumns =
    u"id, name, tier, description, escalation_group_id, created_at, updated_at, assignment, "
    "manager_id"_s;

const QString CategorySelect =
    u"SELECT c.id, c.name, c.description, c.active, g.id, g.name, g.tier FROM categories c "
    "LEFT JOIN agent_groups g ON g.id = c.default_group_id"_s;

Category readCategory(const Statement& row)
{
    Category category;
    category.id = row.int64(0);
    category.name = row.text(1);
    category.description = row.text(2);
    category.active = row.boolean(3);
    if (!row.value(4).isNull())
        category.defaultGroup = GroupRef {row.int64(4), row.text(5), row.integer(6)};
    return category;
}

} // namespace

qint64 GroupRepository::insert(const Group& group, qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO agent_groups (name, tier, description, escalation_group_id, assignment, "
        "manager_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(group.name)
        .bind(group.tier)
        .bind(group.description)
        .bindNullable(group.escalationGroupId)
        .bind(group.assignment)
        .bindNullable(group.managerId)
        .bind(now)
        .bind(now);
    insert.exec();
    return insert.insertedId();
}

std::optional<Group> GroupRepository::find(qint64 id)
{
    std::optional<Group> group;
    {
        Statement query =
            m_session.prepare(u"SELECT "_s + GroupColumns + u" FROM agent_groups WHERE id = ?"_s);
        query.bind(id);
        query.exec();
        if (!query.next())
            return std::nullopt;
        group = readGroup(query);
    }
    group->memberIds = members(id);
    return group;
}

std::optional<GroupRef> GroupRepository::ref(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT id, name, tier FROM agent_groups WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return GroupRef {query.int64(0), query.text(1), query.integer(2)};
}

QList<Group> GroupRepository::list()
{
    QList<Group> groups;
    {
        Statement query = m_session.prepare(u"SELECT "_s + GroupColumns
                                            + u" FROM agent_groups ORDER BY tier, name"_s);
        query.exec();
        while (query.next())
            groups.append(readGroup(query));
    }
    for (Group& group : groups)
        group.memberIds = members(group.id);
    return groups;
}

void GroupRepository::update(const Group& group, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE agent_groups SET name = ?, tier = ?, description = ?, escalation_group_id = "
        "?, assignment = ?, manager_id = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(group.name)
        .bind(group.tier)
        .bind(group.description)
        .bindNullable(group.escalationGroupId)
        .bind(group.assignment)
        .bindNullable(group.managerId)
        .bind(now)
        .bind(group.id);
    update.exec();
}

bool GroupRepository::addMember(qint64 groupId, qint64 userId)
{
    if (isMember(groupId, userId))
        return false;
    Statement insert =
        m_session.prepare(u"INSERT INTO group_members (group_id, user_id) VALUES (?, ?)"_s);
    insert.bind(groupId).bind(userId);
    insert.exec();
    return true;
}

bool GroupRepository::removeMember(qint64 groupId, qint64 userId)
{
    Statement remove =
        m_session.prepare(u"DELETE FROM group_members WHERE group_id = ? AND user_id = ?"_s);
    remove.bind(groupId).bind(userId);
    remove.exec();
    return remove.rowsAffected() > 0;
}

bool GroupRepository::isMember(qint64 groupId, qint64 userId)
{
    Statement query =
        m_session.prepare(u"SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?"_s);
    query.bind(groupId).bind(userId);
    query.exec();
    return query.next();
}

QList<qint64> GroupRepository::members(qint64 groupId)
{
    Statement query = m_session.prepare(
        u"SELECT user_id FROM group_members WHERE group_id = ? ORDER BY user_id"_s);
    query.bind(groupId);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.int64(0));
    return ids;
}

bool GroupRepository::escalationLoops(qint64 groupId, qint64 escalationId)
{
    QSet<qint64> seen {groupId};
    std::optional<qint64> next = escalationId;
    while (next) {
        if (seen.contains(*next))
            return true;
        seen.insert(*next);
        Statement query =
            m_session.prepare(u"SELECT escalation_group_id FROM agent_groups WHERE id = ?"_s);
        query.bind(*next);
        query.exec();
        next = query.next() ? query.optionalInt64(0) : std::nullopt;
    }
    return false;
}

qint64 CategoryRepository::insert(const Category& category, qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO categories (name, description, default_group_id, active, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.bind(category.name)
        .bind(category.description)
        .bindNullable(category.defaultGroup ? std::optional(category.defaultGroup->id)
                                            : std::nullopt)
        .bind(category.active ? 1 : 0)
        .bind(now)
        .bind(now);
    insert.exec();
    return insert.insertedId();
}

std::optional<Category> CategoryRepository::find(qint64 id)
{
    Statement query = m_session.prepare(CategorySelect + u" WHERE c.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readCategory(query);
}

std::optional<Category> CategoryRepository::findByName(const QString& name)
{
    Statement query = m_session.prepare(CategorySelect + u" WHERE c.name = ?"_s);
    query.bind(name);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readCategory(query);
}

QList<Category> CategoryRepository::list(bool includeInactive)
{
    Statement query =
        m_session.prepare(CategorySelect + (includeInactive ? QString() : u" WHERE c.active = 1"_s)
                          + u" ORDER BY c.name"_s);
    query.exec();
    QList<Category> categories;
    while (query.next())
        categories.append(readCategory(query));
    return categories;
}

void CategoryRepository::update(const Category& category, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE categories SET name = ?, description = ?, default_group_id = ?, active = ?, "
        "updated_at = ? WHERE id = ?"_s);
    update.bind(category.name)
        .bind(category.description)
        .bindNullable(category.defaultGroup ? std::optional(category.defaultGroup->id)
                                            : std::nullopt)
        .bind(category.active ? 1 : 0)
        .bind(now)
        .bind(category.id);
    update.exec();
}

} // namespace frontline::server
