#include "cmdbrepository.h"

#include "storage/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// Ids per IN list: a frontier is read in chunks of up to 512, on SQLite each padded (with a
// repeat of its last id) to 1, 8, 64 or 512 places, so that the walk reuses four prepared
// statements whatever the graph and a wide level costs a few statements, not one per id; on
// PostgreSQL as one array.
constexpr int Chunk = 512;

int paddedSize(qsizetype count)
{
    for (int size : {1, 8, 64})
        if (count <= size)
            return size;
    return Chunk;
}

const QString ClassSelect =
    u"SELECT id, name, label, fields, active, created_at, updated_at FROM ci_classes"_s;

const QString CiSelect = uR"(SELECT c.id, c.name, k.name, c.status, c.owner_id, u.display_name,
 u.username, c.org_id, o.name, c.host_name, c.serial, c.attributes, c.version, c.created_at,
 c.updated_at FROM cis c JOIN ci_classes k ON k.id = c.class_id
 LEFT JOIN users u ON u.id = c.owner_id LEFT JOIN organisations o ON o.id = c.org_id)"_s;

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

api::CiClass readClass(const Statement& row)
{
    api::CiClass c;
    c.id = row.int64(0);
    c.name = row.text(1);
    c.label = row.text(2);
    for (const QJsonValue& f : QJsonDocument::fromJson(row.text(3).toUtf8()).array())
        c.fields.append(api::CiClassField::fromJson(f));
    c.active = row.boolean(4);
    c.createdAt = row.int64(5);
    c.updatedAt = row.int64(6);
    return c;
}

api::Ci readCi(const Statement& row)
{
    api::Ci ci;
    ci.id = row.int64(0);
    ci.name = row.text(1);
    ci.ciClass = row.text(2);
    ci.status = row.text(3);
    ci.owner = row.optionalInt64(4);
    if (ci.owner)
        ci.ownerName = row.text(5).isEmpty() ? row.text(6) : row.text(5);
    ci.organisation = row.optionalInt64(7);
    if (ci.organisation)
        ci.organisationName = row.text(8);
    ci.hostName = row.text(9);
    ci.serial = row.text(10);
    ci.attributes = QJsonDocument::fromJson(row.text(11).toUtf8()).object();
    ci.version = row.integer(12);
    ci.createdAt = row.int64(13);
    ci.updatedAt = row.int64(14);
    return ci;
}

QString searchText(const api::Ci& ci)
{
    QStringList parts {ci.name, ci.hostName, ci.serial};
    for (auto it = ci.attributes.constBegin(); it != ci.attributes.constEnd(); ++it) {
        if (it.value().isString())
            parts.append(it.value().toString());
        else if (it.value().isDouble())
            parts.append(QString::number(it.value().toDouble()));
        else if (it.value().isArray()) {
            for (const QJsonValue& v : it.value().toArray())
                parts.append(v.toVariant().toString());
        }
    }
    return parts.join(u'\n').toLower();
}

QString marks(int n)
{
    QStringList list;
    list.fill(u"?"_s, n);
    return list.join(u", "_s);
}

QString likePattern(const QString& text)
{
    QString escaped = text.toLower();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

template<typename Each>
void CmdbRepository::inChunks(const QString& sqlBefore, const QString& sqlAfter,
                              const QList<qint64>& ids, Each each)
{
    bool go = true;
    for (qsizetype start = 0; go && start < ids.size(); start += Chunk) {
        const qsizetype count = std::min<qsizetype>(Chunk, ids.size() - start);
        const bool sqlite = m_session.isSqlite();
        const int size = paddedSize(count);
        // PostgreSQL takes one array parameter: its generic plan for a long IN list of
        // parameters scans the table, its plan for = ANY(array) probes the index.
        Statement query = m_session.prepare(
            sqlite ? sqlBefore + marks(size) + sqlAfter
                   : sqlBefore.chopped(4) + u"= ANY(CAST(? AS BIGINT[]))"_s + sqlAfter.mid(1));
        if (sqlite) {
            for (int i = 0; i < size; ++i)
                query.bind(ids.at(start + std::min<qsizetype>(i, count - 1)));
        } else {
            QStringList numbers;
            for (qsizetype i = 0; i < count; ++i)
                numbers.append(QString::number(ids.at(start + i)));
            query.bind(QString(u'{' + numbers.join(u',') + u'}'));
        }
        query.exec();
        while (query.next()) {
            if constexpr (std::is_same_v<decltype(each(query)), bool>)
                go = each(query) && go;
            else
                each(query);
        }
    }
}

qint64 CmdbRepository::insertClass(const api::CiClass& ciClass, qint64 now)
{
    QJsonArray fields;
    for (const api::CiClassField& f : ciClass.fields)
        fields.append(f.toJson());
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO ci_classes (name, label, fields, active, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.bind(ciClass.name)
        .bind(ciClass.label)
        .bind(compact(fields))
        .bind(ciClass.active ? 1 : 0)
        .bind(now)
        .bind(now);
    insert.exec();
    return insert.insertedId();
}

void CmdbRepository::updateClass(const api::CiClass& ciClass, qint64 now)
{
    QJsonArray fields;
    for (const api::CiClassField& f : ciClass.fields)
        fields.append(f.toJson());
    Statement update = m_session.prepare(
        u"UPDATE ci_classes SET label = ?, fields = ?, active = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(ciClass.label)
        .bind(compact(fields))
        .bind(ciClass.active ? 1 : 0)
        .bind(now)
        .bind(ciClass.id);
    update.exec();
}

std::optional<api::CiClass> CmdbRepository::findClass(qint64 id)
{
    Statement query = m_session.prepare(ClassSelect + u" WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readClass(query);
}

std::optional<api::CiClass> CmdbRepository::findClassByName(const QString& name)
{
    Statement query = m_session.prepare(ClassSelect + u" WHERE name = ?"_s);
    query.bind(name);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readClass(query);
}

QList<api::CiClass> CmdbRepository::classes()
{
    Statement query = m_session.prepare(ClassSelect + u" ORDER BY name"_s);
    query.exec();
    QList<api::CiClass> list;
    while (query.next())
        list.append(readClass(query));
    return list;
}

qint64 CmdbRepository::insert(const api::Ci& ci, qint64 classId, qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO cis (name, class_id, status, owner_id, org_id, host_name, serial, "
        "attributes, search_text, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"_s);
    insert.bind(ci.name)
        .bind(classId)
        .bind(ci.status)
        .bindNullable(ci.owner)
        .bindNullable(ci.organisation)
        .bind(ci.hostName)
        .bind(ci.serial)
        .bind(compact(ci.attributes))
        .bind(searchText(ci))
        .bind(now)
        .bind(now);
    insert.exec();
    return insert.insertedId();
}

void CmdbRepository::update(const api::Ci& ci, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE cis SET name = ?, status = ?, owner_id = ?, org_id = ?, host_name = ?, "
        "serial = ?, attributes = ?, search_text = ?, version = version + 1, updated_at = ? "
        "WHERE id = ?"_s);
    update.bind(ci.name)
        .bind(ci.status)
        .bindNullable(ci.owner)
        .bindNullable(ci.organisation)
        .bind(ci.hostName)
        .bind(ci.serial)
        .bind(compact(ci.attributes))
        .bind(searchText(ci))
        .bind(now)
        .bind(ci.id);
    update.exec();
}

std::optional<api::Ci> CmdbRepository::find(qint64 id)
{
    Statement query = m_session.prepare(CiSelect + u" WHERE c.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readCi(query);
}

std::optional<qint64> CmdbRepository::findByHostOrSerial(qint64 classId, const QString& host,
                                                         const QString& serial)
{
    // Two probes of the expression indexes: a serial is the surer match.
    for (const auto& [column, value] :
         {std::pair {u"serial"_s, serial}, std::pair {u"host_name"_s, host}}) {
        if (value.trimmed().isEmpty())
            continue;
        Statement query =
            m_session.prepare(u"SELECT id FROM cis WHERE lower("_s + column + u") = ? AND "_s
                              + column + u" <> '' AND class_id = ? ORDER BY id LIMIT 1"_s);
        query.bind(value.trimmed().toLower()).bind(classId);
        query.exec();
        if (query.next())
            return query.int64(0);
    }
    return std::nullopt;
}

std::optional<qint64> CmdbRepository::findForImport(qint64 classId, const QString& name,
                                                    const QString& serial)
{
    if (!serial.isEmpty()) {
        Statement query = m_session.prepare(
            u"SELECT id FROM cis WHERE lower(serial) = ? AND serial <> '' ORDER BY id LIMIT 1"_s);
        query.bind(serial.toLower());
        query.exec();
        if (query.next())
            return query.int64(0);
        return std::nullopt;
    }
    Statement query = m_session.prepare(
        u"SELECT id FROM cis WHERE lower(name) = ? AND class_id = ? ORDER BY id LIMIT 1"_s);
    query.bind(name.toLower()).bind(classId);
    query.exec();
    if (query.next())
        return query.int64(0);
    return std::nullopt;
}

QList<api::Ci> CmdbRepository::list(const api::CiListParams& params, std::optional<qint64> classId,
                                    std::optional<qint64> ownerOnly, int limit)
{
    QString sql = CiSelect + u" WHERE c.id > ?"_s;
    QVariantList binds {params.after};
    if (classId) {
        sql += u" AND c.class_id = ?"_s;
        binds << *classId;
    }
    if (params.status) {
        sql += u" AND c.status = ?"_s;
        binds << *params.status;
    }
    if (params.organisation) {
        sql += u" AND c.org_id = ?"_s;
        binds << *params.organisation;
    }
    if (params.owner) {
        sql += u" AND c.owner_id = ?"_s;
        binds << *params.owner;
    }
    if (ownerOnly) {
        sql += u" AND c.owner_id = ?"_s;
        binds << *ownerOnly;
    }
    sql += u" ORDER BY c.id LIMIT ?"_s;
    binds << limit;
    Statement query = m_session.prepare(sql);
    for (const QVariant& value : std::as_const(binds))
        query.bind(value);
    query.exec();
    QList<api::Ci> items;
    while (query.next())
        items.append(readCi(query));
    return items;
}

QList<api::Ci> CmdbRepository::search(const QString& text, std::optional<qint64> ownerOnly,
                                      int limit)
{
    QString sql = CiSelect + u" WHERE c.search_text LIKE ? ESCAPE '\\'"_s;
    if (ownerOnly)
        sql += u" AND c.owner_id = ?"_s;
    sql += u" ORDER BY c.name, c.id LIMIT ?"_s;
    Statement query = m_session.prepare(sql);
    query.bind(likePattern(text));
    if (ownerOnly)
        query.bind(*ownerOnly);
    query.bind(limit);
    query.exec();
    QList<api::Ci> items;
    while (query.next())
        items.append(readCi(query));
    return items;
}

bool CmdbRepository::relate(const api::CiRelateParams& relation, qint64 now)
{
    Statement exists = m_session.prepare(
        u"SELECT 1 FROM ci_relations WHERE from_ci = ? AND type = ? AND target_kind = ? "
        "AND target_id = ?"_s);
    exists.bind(relation.from).bind(relation.type).bind(relation.targetKind).bind(relation.target);
    exists.exec();
    if (exists.next())
        return false;
    Statement insert = m_session.prepare(
        u"INSERT INTO ci_relations (from_ci, type, target_kind, target_id, created_at) "
        "VALUES (?, ?, ?, ?, ?)"_s);
    insert.bind(relation.from)
        .bind(relation.type)
        .bind(relation.targetKind)
        .bind(relation.target)
        .bind(now);
    insert.exec();
    return true;
}

bool CmdbRepository::unrelate(const api::CiRelateParams& relation)
{
    Statement remove = m_session.prepare(
        u"DELETE FROM ci_relations WHERE from_ci = ? AND type = ? AND target_kind = ? "
        "AND target_id = ?"_s);
    remove.bind(relation.from).bind(relation.type).bind(relation.targetKind).bind(relation.target);
    remove.exec();
    return remove.rowsAffected() > 0;
}

QList<api::CiRelation> CmdbRepository::outgoing(qint64 ciId)
{
    Statement query = m_session.prepare(
        uR"(SELECT r.type, r.target_kind, r.target_id, c.name, k.name, c.status, u.display_name,
 u.username, o.name FROM ci_relations r
 LEFT JOIN cis c ON r.target_kind = 'ci' AND c.id = r.target_id
 LEFT JOIN ci_classes k ON k.id = c.class_id
 LEFT JOIN users u ON r.target_kind = 'user' AND u.id = r.target_id
 LEFT JOIN organisations o ON r.target_kind = 'organisation' AND o.id = r.target_id
 WHERE r.from_ci = ? ORDER BY r.type, r.target_kind, r.target_id)"_s);
    query.bind(ciId);
    query.exec();
    QList<api::CiRelation> relations;
    while (query.next()) {
        api::CiRelation relation;
        relation.type = query.text(0);
        relation.other.kind = query.text(1);
        relation.other.id = query.int64(2);
        if (relation.other.kind == "ci"_L1) {
            relation.other.name = query.text(3);
            relation.other.ciClass = query.text(4);
            relation.other.status = query.text(5);
        } else if (relation.other.kind == "user"_L1) {
            relation.other.name = query.text(6).isEmpty() ? query.text(7) : query.text(6);
        } else {
            relation.other.name = query.text(8);
        }
        relations.append(relation);
    }
    return relations;
}

QList<api::CiRelation> CmdbRepository::incoming(qint64 ciId)
{
    Statement query =
        m_session.prepare(uR"(SELECT r.type, c.id, c.name, k.name, c.status FROM ci_relations r
 JOIN cis c ON c.id = r.from_ci JOIN ci_classes k ON k.id = c.class_id
 WHERE r.target_kind = 'ci' AND r.target_id = ? ORDER BY r.type, c.id)"_s);
    query.bind(ciId);
    query.exec();
    QList<api::CiRelation> relations;
    while (query.next()) {
        api::CiRelation relation;
        relation.type = query.text(0);
        relation.other.id = query.int64(1);
        relation.other.name = query.text(2);
        relation.other.ciClass = query.text(3);
        relation.other.status = query.text(4);
        relations.append(relation);
    }
    return relations;
}

void CmdbRepository::dependents(const QList<qint64>& frontier,
                                const std::function<bool(const QString& kind, qint64 id)>& each)
{
    static const QString Ci = u"ci"_s;
    bool go = true;
    inChunks(u"SELECT from_ci FROM ci_relations WHERE target_kind = 'ci' AND target_id IN ("_s,
             u") AND type IN ('depends_on', 'runs_on', 'connected_to')"_s, frontier,
             [&](const Statement& row) { return go = each(Ci, row.int64(0)) && go; });
    if (!go)
        return;
    inChunks(u"SELECT target_kind, target_id FROM ci_relations WHERE from_ci IN ("_s,
             u") AND type = 'used_by'"_s, frontier,
             [&](const Statement& row) { return go = each(row.text(0), row.int64(1)) && go; });
}

void CmdbRepository::dependencies(const QList<qint64>& frontier,
                                  const std::function<bool(qint64 id)>& each)
{
    bool go = true;
    inChunks(u"SELECT target_id FROM ci_relations WHERE target_kind = 'ci' AND from_ci IN ("_s,
             u") AND type IN ('depends_on', 'runs_on', 'connected_to')"_s, frontier,
             [&](const Statement& row) { return go = each(row.int64(0)) && go; });
    if (!go)
        return;
    inChunks(u"SELECT from_ci FROM ci_relations WHERE target_kind = 'ci' AND target_id IN ("_s,
             u") AND type = 'used_by'"_s, frontier,
             [&](const Statement& row) { return go = each(row.int64(0)) && go; });
}

QHash<qint64, api::CiNode> CmdbRepository::ciNodes(const QList<qint64>& ids)
{
    QHash<qint64, api::CiNode> nodes;
    inChunks(u"SELECT c.id, c.name, k.name, c.status FROM cis c JOIN ci_classes k ON "
             "k.id = c.class_id WHERE c.id IN ("_s,
             u")"_s, ids, [&nodes](const Statement& row) {
                 api::CiNode node;
                 node.id = row.int64(0);
                 node.name = row.text(1);
                 node.ciClass = row.text(2);
                 node.status = row.text(3);
                 nodes.insert(node.id, node);
             });
    return nodes;
}

QHash<qint64, QString> CmdbRepository::userNames(const QList<qint64>& ids)
{
    QHash<qint64, QString> names;
    inChunks(u"SELECT id, display_name, username FROM users WHERE id IN ("_s, u")"_s, ids,
             [&names](const Statement& row) {
                 names.insert(row.int64(0), row.text(1).isEmpty() ? row.text(2) : row.text(1));
             });
    return names;
}

QHash<qint64, QString> CmdbRepository::orgNames(const QList<qint64>& ids)
{
    QHash<qint64, QString> names;
    inChunks(u"SELECT id, name FROM organisations WHERE id IN ("_s, u")"_s, ids,
             [&names](const Statement& row) { names.insert(row.int64(0), row.text(1)); });
    return names;
}

bool CmdbRepository::userExists(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT 1 FROM users WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    return query.next();
}

bool CmdbRepository::orgExists(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT 1 FROM organisations WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    return query.next();
}

std::optional<qint64> CmdbRepository::userByName(const QString& username)
{
    Statement query = m_session.prepare(u"SELECT id FROM users WHERE username = ?"_s);
    query.bind(username);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return query.int64(0);
}

std::optional<qint64> CmdbRepository::orgByName(const QString& name)
{
    Statement query = m_session.prepare(u"SELECT id FROM organisations WHERE LOWER(name) = ?"_s);
    query.bind(name.toLower());
    query.exec();
    if (!query.next())
        return std::nullopt;
    return query.int64(0);
}

void CmdbRepository::setTicketCis(qint64 ticketId, const QList<qint64>& ciIds)
{
    Statement remove = m_session.prepare(u"DELETE FROM ticket_cis WHERE ticket_id = ?"_s);
    remove.bind(ticketId);
    remove.exec();
    for (qint64 ci : ciIds)
        linkTicket(ticketId, ci, false);
}

void CmdbRepository::linkTicket(qint64 ticketId, qint64 ciId, bool automatic)
{
    Statement exists =
        m_session.prepare(u"SELECT 1 FROM ticket_cis WHERE ticket_id = ? AND ci_id = ?"_s);
    exists.bind(ticketId).bind(ciId);
    exists.exec();
    if (exists.next())
        return;
    Statement insert = m_session.prepare(
        u"INSERT INTO ticket_cis (ticket_id, ci_id, automatic) VALUES (?, ?, ?)"_s);
    insert.bind(ticketId).bind(ciId).bind(automatic ? 1 : 0);
    insert.exec();
}

QList<api::CiNode> CmdbRepository::ticketCis(qint64 ticketId)
{
    Statement query = m_session.prepare(
        u"SELECT c.id, c.name, k.name, c.status FROM ticket_cis t JOIN cis c ON c.id = t.ci_id "
        "JOIN ci_classes k ON k.id = c.class_id WHERE t.ticket_id = ? ORDER BY c.id"_s);
    query.bind(ticketId);
    query.exec();
    QList<api::CiNode> nodes;
    while (query.next()) {
        api::CiNode node;
        node.id = query.int64(0);
        node.name = query.text(1);
        node.ciClass = query.text(2);
        node.status = query.text(3);
        nodes.append(node);
    }
    return nodes;
}

QList<qint64> CmdbRepository::existingCis(const QList<qint64>& ids)
{
    QList<qint64> found;
    inChunks(u"SELECT id FROM cis WHERE id IN ("_s, u")"_s, ids, [&found](const Statement& row) {
        if (!found.contains(row.int64(0)))
            found.append(row.int64(0));
    });
    return found;
}

void CmdbRepository::setOwner(qint64 ciId, qint64 userId, qint64 now)
{
    Statement update = m_session.prepare(u"UPDATE cis SET owner_id = ?, version = version + 1, "
                                         "updated_at = ? WHERE id = ? AND owner_id IS NULL"_s);
    update.bind(userId).bind(now).bind(ciId);
    update.exec();
}

QHash<qint64, bool> CmdbRepository::activePeople(const QList<qint64>& users,
                                                 const QList<qint64>& orgs)
{
    QHash<qint64, bool> people;
    const auto add = [&people](const Statement& row) {
        people.insert(row.int64(0), row.text(1) != "requester"_L1);
    };
    inChunks(u"SELECT id, role FROM users WHERE disabled = 0 AND id IN ("_s, u")"_s, users, add);
    inChunks(u"SELECT id, role FROM users WHERE disabled = 0 AND org_id IN ("_s, u")"_s, orgs, add);
    return people;
}

} // namespace frontline::server
