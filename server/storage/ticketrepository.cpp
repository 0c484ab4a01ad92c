#include "ticketrepository.h"

#include "storage/fieldrepository.h"
#include "storage/sqlsession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString TicketSelect = uR"(SELECT t.id, t.type, t.title, t.description, t.status, t.is_open,
 t.impact, t.urgency, t.priority, t.category_id, c.name,
 t.requester_id, r.username, r.display_name,
 t.assignee_id, a.username, a.display_name,
 t.group_id, g.name, g.tier,
 t.created_at, t.updated_at, t.version,
 t.response_due, t.resolve_due, t.first_response_at, t.resolved_at, t.closed_at, t.resolution,
 t.sla_paused_at, t.sla_paused_total, t.time_spent_minutes,
 t.sla_policy_id, t.response_warn_at, t.resolve_warn_at, t.sla_state, t.sla_wake_at, t.tags,
 t.org_id, o.name, r.vip, t.parent_id
 FROM tickets t
 JOIN users r ON r.id = t.requester_id
 LEFT JOIN organisations o ON o.id = t.org_id
 LEFT JOIN users a ON a.id = t.assignee_id
 LEFT JOIN agent_groups g ON g.id = t.group_id
 LEFT JOIN categories c ON c.id = t.category_id)"_s;

TicketRecord readTicket(const Statement& row)
{
    TicketRecord record;
    Ticket& t = record.ticket;
    t.id = row.int64(0);
    t.type = ticketTypeFromString(row.text(1)).value_or(TicketType::Incident);
    t.title = row.text(2);
    t.description = row.text(3);
    t.status = row.text(4);
    t.open = row.boolean(5);
    t.impact = static_cast<Level>(row.integer(6));
    t.urgency = static_cast<Level>(row.integer(7));
    t.priority = row.integer(8);
    record.categoryId = row.optionalInt64(9);
    t.category = row.text(10);
    t.requester = UserRef {row.int64(11), row.text(12), row.text(13)};
    if (!row.value(14).isNull())
        t.assignee = UserRef {row.int64(14), row.text(15), row.text(16)};
    if (!row.value(17).isNull())
        t.group = GroupRef {row.int64(17), row.text(18), row.integer(19)};
    t.createdAt = row.int64(20);
    t.updatedAt = row.int64(21);
    t.version = row.integer(22);
    t.sla.responseDue = row.optionalInt64(23);
    t.sla.resolveDue = row.optionalInt64(24);
    t.sla.firstResponseAt = row.optionalInt64(25);
    t.resolvedAt = row.optionalInt64(26);
    t.closedAt = row.optionalInt64(27);
    t.resolution = row.text(28);
    record.slaPausedAt = row.optionalInt64(29);
    record.slaPausedTotal = row.int64(30);
    t.timeSpentMinutes = row.integer(31);
    record.slaPolicyId = row.optionalInt64(32);
    record.responseWarn = row.optionalInt64(33);
    record.resolveWarn = row.optionalInt64(34);
    record.slaState = row.text(35);
    record.slaWakeAt = row.optionalInt64(36);
    t.tags = row.text(37).split(u' ', Qt::SkipEmptyParts);
    if (!row.value(38).isNull())
        t.org = OrgRef {row.int64(38), row.text(39)};
    record.requesterVip = row.boolean(40);
    t.parent = row.optionalInt64(41);
    return record;
}

std::optional<qint64> idOf(const std::optional<UserRef>& ref)
{
    return ref ? std::optional(ref->id) : std::nullopt;
}

std::optional<qint64> idOf(const std::optional<GroupRef>& ref)
{
    return ref ? std::optional(ref->id) : std::nullopt;
}

// An IN list's length rounded up to a power of two: lists of any length share a handful of
// statement texts (the statement cache and SQLite's parse cost never grow with the input).
qsizetype paddedCount(qsizetype count)
{
    qsizetype padded = 1;
    while (padded < count)
        padded *= 2;
    return padded;
}

// "?, ?, ..." for paddedCount(count) values; inValues() binds them.
QString placeholders(qsizetype count)
{
    QString text;
    for (qsizetype i = 0; i < paddedCount(count); ++i)
        text += i == 0 ? u"?"_s : u", ?"_s;
    return text;
}

// The values of an IN list, the last one repeated to fill the padded length (a repeat in an
// IN list changes nothing).
template<typename T> QVariantList inValues(const QList<T>& values)
{
    QVariantList binds;
    if (values.isEmpty())
        return binds;
    for (const T& value : values)
        binds << QVariant::fromValue(value);
    while (binds.size() < paddedCount(values.size()))
        binds << QVariant::fromValue(values.constLast());
    return binds;
}

// Sort keys compared as (key, id) in the sort's direction.
struct SortKey
{
    qint64 key;
    qint64 id;
};

SortKey sortKey(const TicketRecord& record, api::TicketSort sort)
{
    switch (sort) {
    case api::TicketSort::Priority:
        return {record.ticket.priority, record.ticket.id};
    case api::TicketSort::CreatedAsc:
    case api::TicketSort::CreatedDesc:
        return {0, record.ticket.id};
    case api::TicketSort::UpdatedAsc:
    case api::TicketSort::UpdatedDesc:
        return {record.ticket.updatedAt, record.ticket.id};
    case api::TicketSort::Due:
        return {TicketRepository::nextDue(record).value_or(0), record.ticket.id};
    }
    return {0, record.ticket.id};
}

bool descending(api::TicketSort sort)
{
    return sort == api::TicketSort::CreatedDesc || sort == api::TicketSort::UpdatedDesc;
}

} // namespace

QString TicketCursor::encode() const
{
    const QJsonArray array {api::toString(sort), key, id};
    return QString::fromLatin1(
        QJsonDocument(array)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<TicketCursor> TicketCursor::decode(const QString& text, api::TicketSort sort)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonArray array = QJsonDocument::fromJson(*decoded).array();
    if (array.size() != 3 || array.at(0).toString() != api::toString(sort)
        || !array.at(1).isDouble() || !array.at(2).isDouble())
        return std::nullopt;
    return TicketCursor {sort, array.at(1).toInteger(), array.at(2).toInteger()};
}

qint64 TicketRepository::insert(const TicketRecord& record)
{
    const Ticket& t = record.ticket;
    Statement insert =
        m_session.prepareInsert(uR"(INSERT INTO tickets (type, title, description, status,
 is_open, impact, urgency, priority, category_id, requester_id, assignee_id, group_id, created_at,
 updated_at, version, response_due, resolve_due, first_response_at, resolved_at, closed_at,
 resolution, sla_paused_at, sla_paused_total, sla_next_due, sla_policy_id, response_warn_at,
 resolve_warn_at, sla_state, sla_wake_at, tags, org_id, parent_id)
 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
 ?, ?, ?))"_s);
    insert.bind(toString(t.type))
        .bind(t.title)
        .bind(t.description)
        .bind(t.status)
        .bind(t.open ? 1 : 0)
        .bind(static_cast<int>(t.impact))
        .bind(static_cast<int>(t.urgency))
        .bind(t.priority)
        .bindNullable(record.categoryId)
        .bind(t.requester.id)
        .bindNullable(idOf(t.assignee))
        .bindNullable(idOf(t.group))
        .bind(t.createdAt)
        .bind(t.updatedAt)
        .bind(t.version)
        .bindNullable(t.sla.responseDue)
        .bindNullable(t.sla.resolveDue)
        .bindNullable(t.sla.firstResponseAt)
        .bindNullable(t.resolvedAt)
        .bindNullable(t.closedAt)
        .bind(t.resolution)
        .bindNullable(record.slaPausedAt)
        .bind(record.slaPausedTotal)
        .bindNullable(nextDue(record))
        .bindNullable(record.slaPolicyId)
        .bindNullable(record.responseWarn)
        .bindNullable(record.resolveWarn)
        .bind(record.slaState)
        .bindNullable(record.slaWakeAt)
        .bind(t.tags.join(u' '))
        .bindNullable(t.org ? std::optional<qint64>(t.org->id) : std::nullopt)
        .bindNullable(t.parent);
    insert.exec();
    const qint64 id = insert.insertedId();
    writeFields(id, record);
    return id;
}

void TicketRepository::writeFields(qint64 id, const TicketRecord& record)
{
    FieldRepository fields(m_session);
    for (const auto& [field, value] : record.fieldWrites)
        fields.write(id, field, value);
}

std::optional<TicketRecord> TicketRepository::find(qint64 id)
{
    Statement query = m_session.prepare(TicketSelect + u" WHERE t.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readTicket(query);
}

void TicketRepository::touch(qint64 id, qint64 now, bool firstResponse, const QString& slaState,
                             std::optional<qint64> slaWakeAt)
{
    Statement update = m_session.prepare(
        u"UPDATE tickets SET updated_at = ?, first_response_at = CASE WHEN ? = 1 AND "
        "first_response_at IS NULL THEN ? ELSE first_response_at END, sla_state = ?, "
        "sla_wake_at = ?, sla_next_due = CASE WHEN ? = 1 AND is_open = 1 AND sla_paused_at IS "
        "NULL THEN resolve_due ELSE sla_next_due END WHERE id = ?"_s);
    update.bind(now)
        .bind(firstResponse ? 1 : 0)
        .bind(now)
        .bind(slaState)
        .bindNullable(slaWakeAt)
        .bind(firstResponse ? 1 : 0)
        .bind(id);
    update.exec();
}

bool TicketRepository::update(const TicketRecord& record, int expectedVersion)
{
    const Ticket& t = record.ticket;
    Statement update = m_session.prepare(uR"(UPDATE tickets SET title = ?, description = ?,
 status = ?, is_open = ?, impact = ?, urgency = ?, priority = ?, category_id = ?, assignee_id = ?,
 group_id = ?, updated_at = ?, version = ?, response_due = ?, resolve_due = ?,
 first_response_at = ?, resolved_at = ?, closed_at = ?, resolution = ?, sla_paused_at = ?,
 sla_paused_total = ?, time_spent_minutes = ?, sla_next_due = ?, sla_policy_id = ?,
 response_warn_at = ?, resolve_warn_at = ?, sla_state = ?, sla_wake_at = ?, tags = ?
 WHERE id = ? AND version = ?)"_s);
    update.bind(t.title)
        .bind(t.description)
        .bind(t.status)
        .bind(t.open ? 1 : 0)
        .bind(static_cast<int>(t.impact))
        .bind(static_cast<int>(t.urgency))
        .bind(t.priority)
        .bindNullable(record.categoryId)
        .bindNullable(idOf(t.assignee))
        .bindNullable(idOf(t.group))
        .bind(t.updatedAt)
        .bind(t.version)
        .bindNullable(t.sla.responseDue)
        .bindNullable(t.sla.resolveDue)
        .bindNullable(t.sla.firstResponseAt)
        .bindNullable(t.resolvedAt)
        .bindNullable(t.closedAt)
        .bind(t.resolution)
        .bindNullable(record.slaPausedAt)
        .bind(record.slaPausedTotal)
        .bind(t.timeSpentMinutes)
        .bindNullable(nextDue(record))
        .bindNullable(record.slaPolicyId)
        .bindNullable(record.responseWarn)
        .bindNullable(record.resolveWarn)
        .bind(record.slaState)
        .bindNullable(record.slaWakeAt)
        .bind(t.tags.join(u' '))
        .bind(t.id)
        .bind(expectedVersion);
    update.exec();
    if (update.rowsAffected() != 1)
        return false;
    writeFields(t.id, record);
    return true;
}

std::optional<qint64> TicketRepository::nextDue(const TicketRecord& record)
{
    const Ticket& t = record.ticket;
    return Ticket::nextDue(t.open, record.slaPausedAt.has_value(), t.sla.responseDue,
                           t.sla.resolveDue, t.sla.firstResponseAt);
}

TicketCursor TicketRepository::cursorAfter(const TicketRecord& record, api::TicketSort sort)
{
    const SortKey key = sortKey(record, sort);
    return TicketCursor {sort, key.key, key.id};
}

namespace {

void scopeCondition(const TicketScope& scope, QStringList& where, QVariantList& binds)
{
    switch (scope.kind) {
    case TicketScope::Kind::All:
        break;
    case TicketScope::Kind::Group:
        where << u"t.group_id = ?"_s;
        binds << scope.id;
        break;
    case TicketScope::Kind::NoGroup:
        where << u"t.group_id IS NULL"_s;
        break;
    case TicketScope::Kind::Assignee:
        where << u"t.assignee_id = ?"_s;
        binds << scope.id;
        break;
    case TicketScope::Kind::Requester:
        where << u"t.requester_id = ?"_s;
        binds << scope.id;
        break;
    case TicketScope::Kind::Org:
        where << u"t.org_id = ?"_s;
        binds << scope.id;
        break;
    }
}

void filterConditions(const TicketListFilter& filter, QStringList& where, QVariantList& binds)
{
    if (filter.statuses) {
        where << u"t.status IN ("_s + placeholders(filter.statuses->size()) + u')';
        binds << inValues(*filter.statuses);
    }
    if (filter.open) {
        where << u"t.is_open = ?"_s;
        binds << (*filter.open ? 1 : 0);
    }
    if (filter.assigneeSet) {
        if (filter.assignee) {
            where << u"t.assignee_id = ?"_s;
            binds << *filter.assignee;
        } else {
            where << u"t.assignee_id IS NULL"_s;
        }
    }
    if (filter.requester) {
        where << u"t.requester_id = ?"_s;
        binds << *filter.requester;
    }
    if (filter.groupSet) {
        if (!filter.groups) {
            where << u"t.group_id IS NULL"_s;
        } else if (filter.groups->size() == 1) {
            where << u"t.group_id = ?"_s;
            binds << filter.groups->constFirst();
        } else {
            where << u"t.group_id IN ("_s + placeholders(filter.groups->size()) + u')';
            binds << inValues(*filter.groups);
        }
    }
    if (filter.priorities) {
        where << u"t.priority IN ("_s + placeholders(filter.priorities->size()) + u')';
        binds << inValues(*filter.priorities);
    }
    if (filter.types) {
        where << u"t.type IN ("_s + placeholders(filter.types->size()) + u')';
        binds << inValues(*filter.types);
    }
    if (filter.categoryId) {
        where << u"t.category_id = ?"_s;
        binds << *filter.categoryId;
    }
    if (filter.dueBefore) {
        where << u"t.sla_next_due < ?"_s;
        binds << *filter.dueBefore;
    }
    if (filter.parent) {
        where << u"t.parent_id = ?"_s;
        binds << *filter.parent;
    }
    if (filter.slaStates) {
        where << u"t.sla_state IN ("_s + placeholders(filter.slaStates->size()) + u')';
        binds << inValues(*filter.slaStates);
    }
    // Each a probe of the value table's primary key for the ticket at hand: the page still
    // walks its sort index (a keyset scan), skipping the tickets without the value.
    for (const FieldFilter& field : filter.fields) {
        QString condition = u"EXISTS (SELECT 1 FROM ticket_field_values v WHERE v.ticket_id = "
                            "t.id AND v.field_id = ?"_s;
        binds << field.fieldId;
        const QString column = u"v."_s + field.column;
        switch (field.op) {
        case FieldFilter::Op::Equals:
            if (field.values.size() == 1) {
                condition += u" AND "_s + column + u" = ?"_s;
                binds << field.values.constFirst();
            } else {
                condition +=
                    u" AND "_s + column + u" IN ("_s + placeholders(field.values.size()) + u')';
                binds << inValues(field.values);
            }
            break;
        case FieldFilter::Op::Contains: {
            QString pattern = field.values.constFirst().toString();
            pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            condition += u" AND LOWER("_s + column + u") LIKE ? ESCAPE '\\'"_s;
            binds << QString(u'%' + pattern + u'%');
            break;
        }
        case FieldFilter::Op::Range:
            if (field.low) {
                condition += u" AND "_s + column + u" >= ?"_s;
                binds << *field.low;
            }
            if (field.high) {
                condition += u" AND "_s + column + u" <= ?"_s;
                binds << *field.high;
            }
            break;
        }
        where << condition + u')';
    }
    if (filter.orgs) {
        if (filter.orgs->size() == 1) {
            where << u"t.org_id = ?"_s;
            binds << filter.orgs->constFirst();
        } else {
            where << u"t.org_id IN ("_s + placeholders(filter.orgs->size()) + u')';
            binds << inValues(*filter.orgs);
        }
    }
}

} // namespace

QString TicketRepository::scopeQuery(const TicketScope& scope, const TicketListFilter& filter,
                                     api::TicketSort sort, const std::optional<TicketCursor>& after,
                                     bool keysOnly, QVariantList& binds) const
{
    QStringList where;
    scopeCondition(scope, where, binds);
    filterConditions(filter, where, binds);

    QString order;
    switch (sort) {
    case api::TicketSort::Priority:
        order = u"t.priority, t.id"_s;
        if (after) {
            where << u"(t.priority, t.id) > (?, ?)"_s;
            binds << after->key << after->id;
        }
        break;
    case api::TicketSort::CreatedAsc:
        order = u"t.id"_s;
        if (after) {
            where << u"t.id > ?"_s;
            binds << after->id;
        }
        break;
    case api::TicketSort::CreatedDesc:
        order = u"t.id DESC"_s;
        if (after) {
            where << u"t.id < ?"_s;
            binds << after->id;
        }
        break;
    case api::TicketSort::UpdatedAsc:
        order = u"t.updated_at, t.id"_s;
        if (after) {
            where << u"(t.updated_at, t.id) > (?, ?)"_s;
            binds << after->key << after->id;
        }
        break;
    case api::TicketSort::UpdatedDesc:
        order = u"t.updated_at DESC, t.id DESC"_s;
        if (after) {
            where << u"(t.updated_at, t.id) < (?, ?)"_s;
            binds << after->key << after->id;
        }
        break;
    case api::TicketSort::Due:
        // Tickets without a deadline are left out (NULLs would sort differently per dialect).
        where << u"t.sla_next_due IS NOT NULL"_s;
        order = u"t.sla_next_due, t.id"_s;
        if (after) {
            where << u"(t.sla_next_due, t.id) > (?, ?)"_s;
            binds << after->key << after->id;
        }
        break;
    }
    QString sql = keysOnly
        ? QString(
            sort == api::TicketSort::Priority ? u"SELECT t.priority, t.id FROM tickets t\n"_s
                : (sort == api::TicketSort::UpdatedAsc || sort == api::TicketSort::UpdatedDesc)
                ? u"SELECT t.updated_at, t.id FROM tickets t\n"_s
                : sort == api::TicketSort::Due ? u"SELECT t.sla_next_due, t.id FROM tickets t\n"_s
                                               : u"SELECT 0, t.id FROM tickets t\n"_s)
        : TicketSelect;
    if (scope.kind == TicketScope::Kind::Requester && m_session.isSqlite()) {
        // A requester's own index: a seek for their open tickets by priority, and a small sort
        // for other orders. Without statistics SQLite may instead walk the open-tickets index
        // in priority order and skip everyone else's, reading every open ticket.
        sql.replace(u"FROM tickets t\n"_s, u"FROM tickets t INDEXED BY tickets_requester\n"_s);
    }
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY "_s + order + u" LIMIT ?"_s;
    return sql;
}

int TicketRepository::count(const QList<TicketScope>& scopes, const TicketListFilter& filter,
                            int cap)
{
    // The scopes ORed (a ticket in two scopes counts once); LIMIT bounds the work, so a count
    // costs at most `cap` index entries whatever the number of tickets.
    QStringList where;
    QVariantList binds;
    QStringList alternatives;
    for (const TicketScope& scope : scopes) {
        QStringList condition;
        scopeCondition(scope, condition, binds);
        if (condition.isEmpty()) {
            alternatives.clear();
            binds.clear();
            break; // one scope is everything
        }
        alternatives << condition.constFirst();
    }
    if (!alternatives.isEmpty())
        where << u'(' + alternatives.join(u" OR "_s) + u')';
    filterConditions(filter, where, binds);
    QString sql = u"SELECT COUNT(*) FROM (SELECT t.id FROM tickets t"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" LIMIT ?) AS page"_s;
    Statement query = m_session.prepare(sql);
    for (const QVariant& bind : std::as_const(binds))
        query.bind(bind);
    query.bind(cap);
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

void TicketRepository::addTime(qint64 ticketId, qint64 userId, int minutes, const QString& note,
                               qint64 now)
{
    Statement entry = m_session.prepare(
        u"INSERT INTO time_entries (ticket_id, user_id, minutes, note, spent_at) VALUES (?, ?, ?, ?, ?)"_s);
    entry.bind(ticketId).bind(userId).bind(minutes).bind(note).bind(now);
    entry.exec();
    // Not a new version: logging time must not make a colleague's edit a conflict.
    Statement total = m_session.prepare(
        u"UPDATE tickets SET time_spent_minutes = time_spent_minutes + ?, updated_at = ? WHERE id = ?"_s);
    total.bind(minutes).bind(now).bind(ticketId);
    total.exec();
}

QList<TicketRecord> TicketRepository::findMany(const QList<qint64>& ids)
{
    QList<TicketRecord> rows;
    if (ids.isEmpty())
        return rows;
    Statement query =
        m_session.prepare(TicketSelect + u" WHERE t.id IN ("_s + placeholders(ids.size()) + u')');
    for (const QVariant& id : inValues(ids))
        query.bind(id);
    query.exec();
    while (query.next())
        rows.append(readTicket(query));
    return rows;
}

QList<TicketRecord> TicketRepository::page(const QList<TicketScope>& scopes,
                                           const TicketListFilter& filter, api::TicketSort sort,
                                           const std::optional<TicketCursor>& after, int limit,
                                           bool* hasMore)
{
    if (scopes.size() == 1) {
        // One scope: its rows in one indexed query.
        QVariantList binds;
        const QString sql = scopeQuery(scopes.constFirst(), filter, sort, after, false, binds);
        Statement query = m_session.prepare(sql);
        for (const QVariant& bind : std::as_const(binds))
            query.bind(bind);
        query.bind(limit + 1);
        query.exec();
        QList<TicketRecord> rows;
        while (query.next())
            rows.append(readTicket(query));
        *hasMore = rows.size() > limit;
        if (*hasMore)
            rows.resize(limit);
        return rows;
    }
    // Several scopes (an agent's groups, the unrouted pool, their own tickets): the sort keys
    // of each scope's first limit+1 tickets, merged; then the rows of the winners only.
    QList<PageKey> keys;
    for (const TicketScope& scope : scopes) {
        QVariantList binds;
        const QString sql = scopeQuery(scope, filter, sort, after, true, binds);
        Statement query = m_session.prepare(sql);
        for (const QVariant& bind : std::as_const(binds))
            query.bind(bind);
        query.bind(limit + 1);
        query.exec();
        while (query.next())
            keys.append({query.int64(0), query.int64(1)});
    }
    const bool desc = descending(sort);
    std::sort(keys.begin(), keys.end(), [desc](const PageKey& a, const PageKey& b) {
        if (a.key != b.key)
            return desc ? a.key > b.key : a.key < b.key;
        return desc ? a.id > b.id : a.id < b.id;
    });
    // A ticket can be in several scopes (in my group and assigned to me): keep it once.
    keys.erase(std::unique(keys.begin(), keys.end(),
                           [](const PageKey& a, const PageKey& b) { return a.id == b.id; }),
               keys.end());
    *hasMore = keys.size() > limit;
    if (keys.size() > limit)
        keys.resize(limit);
    QList<qint64> ids;
    ids.reserve(keys.size());
    for (const PageKey& key : std::as_const(keys))
        ids.append(key.id);
    QHash<qint64, TicketRecord> found;
    for (TicketRecord& record : findMany(ids))
        found.insert(record.ticket.id, std::move(record));
    QList<TicketRecord> rows;
    rows.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        auto it = found.find(id);
        if (it != found.end())
            rows.append(std::move(*it));
    }
    return rows;
}

void TicketRepository::updateSla(const TicketRecord& record)
{
    const Ticket& t = record.ticket;
    Statement update = m_session.prepare(uR"(UPDATE tickets SET response_due = ?, resolve_due = ?,
 response_warn_at = ?, resolve_warn_at = ?, sla_policy_id = ?, sla_state = ?, sla_wake_at = ?,
 sla_next_due = ? WHERE id = ?)"_s);
    update.bindNullable(t.sla.responseDue)
        .bindNullable(t.sla.resolveDue)
        .bindNullable(record.responseWarn)
        .bindNullable(record.resolveWarn)
        .bindNullable(record.slaPolicyId)
        .bind(record.slaState)
        .bindNullable(record.slaWakeAt)
        .bindNullable(nextDue(record))
        .bind(t.id);
    update.exec();
}

QList<TicketRecord> TicketRepository::openBefore(qint64 beforeId, int limit)
{
    QList<qint64> ids;
    {
        Statement query = m_session.prepare(
            u"SELECT id FROM tickets WHERE is_open = 1 AND id < ? ORDER BY id DESC LIMIT ?"_s);
        query.bind(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()).bind(limit);
        query.exec();
        while (query.next())
            ids.append(query.int64(0));
    }
    QList<TicketRecord> records = findMany(ids);
    std::sort(records.begin(), records.end(), [](const TicketRecord& a, const TicketRecord& b) {
        return a.ticket.id > b.ticket.id;
    });
    return records;
}

QList<TicketRecord> TicketRepository::openWithPolicy(const QList<qint64>& policyIds, qint64 afterId,
                                                     int limit)
{
    if (policyIds.isEmpty())
        return {};
    QList<qint64> ids;
    {
        Statement query = m_session.prepare(
            u"SELECT id FROM tickets WHERE sla_policy_id IN ("_s + placeholders(policyIds.size())
            + u") AND is_open = 1 AND id > ? ORDER BY id LIMIT ?"_s);
        for (const QVariant& policy : inValues(policyIds))
            query.bind(policy);
        query.bind(afterId).bind(limit);
        query.exec();
        while (query.next())
            ids.append(query.int64(0));
    }
    QList<TicketRecord> records = findMany(ids);
    std::sort(records.begin(), records.end(), [](const TicketRecord& a, const TicketRecord& b) {
        return a.ticket.id < b.ticket.id;
    });
    return records;
}

} // namespace frontline::server
