#include "attachmentrepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString AttachmentColumns =
    u"a.id, a.ticket_id, a.file_name, a.content_type, a.received, a.sha256, a.internal, "
    "u.id, u.username, u.display_name, a.created_at, a.declared_size, a.expected_sha256, "
    "a.completed_at FROM attachments a JOIN users u ON u.id = a.uploader_id"_s;

AttachmentRecord readRecord(const Statement& row)
{
    AttachmentRecord record;
    Attachment& a = record.attachment;
    a.id = row.int64(0);
    a.ticketId = row.int64(1);
    a.name = row.text(2);
    a.contentType = row.text(3);
    a.size = row.int64(4);
    a.sha256 = row.text(5);
    a.internal = row.boolean(6);
    a.uploadedBy = UserRef {row.int64(7), row.text(8), row.text(9)};
    a.createdAt = row.int64(10);
    record.declaredSize = row.int64(11);
    record.received = a.size;
    record.expectedSha256 = row.text(12);
    record.complete = !row.value(13).isNull();
    return record;
}

} // namespace

qint64 AttachmentRepository::start(qint64 ticketId, qint64 uploaderId, const QString& name,
                                   qint64 size, bool internal, const QString& expectedSha256,
                                   qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO attachments (ticket_id, uploader_id, file_name, declared_size, internal, "
        "expected_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(ticketId)
        .bind(uploaderId)
        .bind(name)
        .bind(size)
        .bind(internal ? 1 : 0)
        .bind(expectedSha256)
        .bind(now);
    insert.exec();
    return insert.insertedId();
}

void AttachmentRepository::appendChunk(qint64 id, qint64 offset, const QByteArray& data)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO attachment_chunks (attachment_id, offset_bytes, data) VALUES (?, ?, ?)"_s);
    insert.bind(id).bind(offset).bind(data);
    insert.exec();
    Statement update =
        m_session.prepare(u"UPDATE attachments SET received = received + ? WHERE id = ?"_s);
    update.bind(qint64(data.size())).bind(id);
    update.exec();
}

void AttachmentRepository::complete(qint64 id, const QString& contentType, const QString& sha256,
                                    qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE attachments SET content_type = ?, sha256 = ?, completed_at = ? WHERE id = ?"_s);
    update.bind(contentType).bind(sha256).bind(now).bind(id);
    update.exec();
}

void AttachmentRepository::remove(qint64 id)
{
    Statement chunks =
        m_session.prepare(u"DELETE FROM attachment_chunks WHERE attachment_id = ?"_s);
    chunks.bind(id);
    chunks.exec();
    Statement row = m_session.prepare(u"DELETE FROM attachments WHERE id = ?"_s);
    row.bind(id);
    row.exec();
}

QList<qint64> AttachmentRepository::abandoned(qint64 uploaderId, qint64 before)
{
    Statement query = m_session.prepare(
        u"SELECT id FROM attachments WHERE uploader_id = ? AND completed_at IS NULL AND "
        "created_at < ?"_s);
    query.bind(uploaderId).bind(before);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.int64(0));
    return ids;
}

int AttachmentRepository::pendingCount(qint64 uploaderId)
{
    Statement query = m_session.prepare(
        u"SELECT COUNT(*) FROM attachments WHERE uploader_id = ? AND completed_at IS NULL"_s);
    query.bind(uploaderId);
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

qint64 AttachmentRepository::bytesOf(qint64 uploaderId)
{
    Statement query = m_session.prepare(
        u"SELECT COALESCE(SUM(declared_size), 0) FROM attachments WHERE uploader_id = ?"_s);
    query.bind(uploaderId);
    query.exec();
    return query.next() ? query.int64(0) : 0;
}

int AttachmentRepository::completedCount(qint64 ticketId)
{
    Statement query = m_session.prepare(
        u"SELECT COUNT(*) FROM attachments WHERE ticket_id = ? AND completed_at IS NOT NULL"_s);
    query.bind(ticketId);
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

std::optional<AttachmentRecord> AttachmentRepository::find(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT "_s + AttachmentColumns + u" WHERE a.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readRecord(query);
}

QList<Attachment> AttachmentRepository::list(qint64 ticketId, bool includeInternal)
{
    Statement query = m_session.prepare(
        u"SELECT "_s + AttachmentColumns
        + u" WHERE a.ticket_id = ? AND a.completed_at IS NOT NULL AND (a.internal = 0 OR ? = 1) "
          "ORDER BY a.id"_s);
    query.bind(ticketId).bind(includeInternal ? 1 : 0);
    query.exec();
    QList<Attachment> items;
    while (query.next())
        items.append(readRecord(query).attachment);
    return items;
}

QByteArray AttachmentRepository::read(qint64 id, qint64 offset, qint64 length)
{
    // The chunks that overlap [offset, offset + length): the last one starting at or before
    // offset, and those starting inside the range.
    Statement query = m_session.prepare(
        u"SELECT offset_bytes, data FROM attachment_chunks WHERE attachment_id = ? AND "
        "offset_bytes >= COALESCE((SELECT MAX(offset_bytes) FROM attachment_chunks WHERE "
        "attachment_id = ? AND offset_bytes <= ?), 0) AND offset_bytes < ? ORDER BY "
        "offset_bytes"_s);
    query.bind(id).bind(id).bind(offset).bind(offset + length);
    query.exec();
    QByteArray out;
    while (query.next()) {
        const qint64 start = query.int64(0);
        const QByteArray data = query.value(1).toByteArray();
        const qint64 from = std::max<qint64>(0, offset - start);
        const qint64 wanted = offset + length - (start + from);
        if (from < data.size())
            out += data.mid(from, std::min<qint64>(wanted, data.size() - from));
    }
    return out;
}

void AttachmentRepository::saveSystemInfo(qint64 ticketId, const QByteArray& json)
{
    Statement insert =
        m_session.prepare(u"INSERT INTO ticket_system_info (ticket_id, info) VALUES (?, ?)"_s);
    insert.bind(ticketId).bind(QString::fromUtf8(json));
    insert.exec();
}

QByteArray AttachmentRepository::systemInfo(qint64 ticketId)
{
    Statement query =
        m_session.prepare(u"SELECT info FROM ticket_system_info WHERE ticket_id = ?"_s);
    query.bind(ticketId);
    query.exec();
    return query.next() ? query.text(0).toUtf8() : QByteArray();
}

} // namespace frontline::server
