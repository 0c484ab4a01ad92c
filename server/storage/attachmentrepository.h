#pragma once

#include "domain/attachment.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace frontline::server {

class SqlSession;

// An attachment row with what only the server needs: the upload's progress and expectations.
struct AttachmentRecord
{
    Attachment attachment;
    qint64 declaredSize = 0;
    qint64 received = 0;
    QString expectedSha256;
    bool complete = false;
};

// Files on tickets, stored in the database in chunks (so that an upload is written as it
// arrives and a download is read a piece at a time), with the reporters' system information.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 start(qint64 ticketId, qint64 uploaderId, const QString& name, qint64 size,
                 bool internal, const QString& expectedSha256, qint64 now);
    void appendChunk(qint64 id, qint64 offset, const QByteArray& data);
    void complete(qint64 id, const QString& contentType, const QString& sha256, qint64 now);
    // Removes an upload and its bytes (a failed checksum, an abandoned upload).
    void remove(qint64 id);
    // Uploads of this user not completed since `before`: abandoned.
    QList<qint64> abandoned(qint64 uploaderId, qint64 before);
    int pendingCount(qint64 uploaderId);
    // The bytes of every file this user uploaded or is uploading (declared sizes).
    qint64 bytesOf(qint64 uploaderId);
    int completedCount(qint64 ticketId);

    std::optional<AttachmentRecord> find(qint64 id);
    QList<Attachment> list(qint64 ticketId, bool includeInternal);
    // Bytes [offset, offset + length) of a complete or partial attachment.
    QByteArray read(qint64 id, qint64 offset, qint64 length);

    void saveSystemInfo(qint64 ticketId, const QByteArray& json);
    QByteArray systemInfo(qint64 ticketId);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
