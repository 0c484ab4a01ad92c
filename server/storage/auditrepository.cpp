#include "auditrepository.h"

#include "storage/sqlsession.h"

#include <QJsonDocument>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// A LIKE pattern matching `text` literally.
QString escapeLike(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped;
}

} // namespace

qint64 AuditRepository::append(const api::AuditEntry& entry)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO audit_log (at, actor_id, actor_name, via, peer, action, target_type, "
        "target_id, target_label, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(entry.at)
        .bindNullable(entry.actorId)
        .bind(entry.actorName)
        .bind(entry.via)
        .bind(entry.peer)
        .bind(entry.action)
        .bind(entry.targetType)
        .bindNullable(entry.targetId)
        .bind(entry.targetLabel)
        .bind(QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    insert.exec();
    return insert.insertedId();
}

QList<api::AuditEntry> AuditRepository::list(const api::AuditFilter& filter, qint64 beforeId,
                                             int limit)
{
    QString sql = u"SELECT id, at, actor_id, actor_name, via, peer, action, target_type, "
                  "target_id, target_label, details FROM audit_log WHERE 1 = 1"_s;
    QVariantList binds;
    if (beforeId > 0) {
        sql += u" AND id < ?"_s;
        binds << beforeId;
    }
    if (filter.actor) {
        sql += u" AND actor_id = ?"_s;
        binds << *filter.actor;
    }
    if (!filter.action.isEmpty()) {
        sql += u" AND action LIKE ? ESCAPE '\\'"_s;
        binds << QString(escapeLike(filter.action) + u'%');
    }
    if (!filter.targetType.isEmpty()) {
        sql += u" AND target_type = ?"_s;
        binds << filter.targetType;
    }
    if (filter.targetId) {
        sql += u" AND target_id = ?"_s;
        binds << *filter.targetId;
    }
    if (filter.from) {
        sql += u" AND at >= ?"_s;
        binds << *filter.from;
    }
    if (filter.to) {
        sql += u" AND at < ?"_s;
        binds << *filter.to;
    }
    if (!filter.text.isEmpty()) {
        // Case-insensitive on both databases (PostgreSQL's LIKE is not).
        sql += u" AND (LOWER(actor_name) LIKE ? ESCAPE '\\' OR LOWER(target_label) LIKE ? "
               "ESCAPE '\\' OR LOWER(action) LIKE ? ESCAPE '\\' OR LOWER(details) LIKE ? "
               "ESCAPE '\\')"_s;
        const QString pattern = u'%' + escapeLike(filter.text.toLower()) + u'%';
        binds << pattern << pattern << pattern << pattern;
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    binds << limit;

    Statement query = m_session.prepare(sql);
    for (const QVariant& value : std::as_const(binds))
        query.bind(value);
    query.exec();
    QList<api::AuditEntry> entries;
    while (query.next()) {
        api::AuditEntry entry;
        entry.id = query.int64(0);
        entry.at = query.int64(1);
        entry.actorId = query.optionalInt64(2);
        entry.actorName = query.text(3);
        entry.via = query.text(4);
        entry.peer = query.text(5);
        entry.action = query.text(6);
        entry.targetType = query.text(7);
        entry.targetId = query.optionalInt64(8);
        entry.targetLabel = query.text(9);
        entry.details = QJsonDocument::fromJson(query.text(10).toUtf8()).object();
        entries.append(entry);
    }
    return entries;
}

} // namespace frontline::server
