#include "attachmentservice.h"

#include "api/selfserviceresults.h"
#include "auth/policy.h"
#include "contenttype.h"
#include "rpc/serverlimits.h"
#include "storage/attachmentrepository.h"
#include "storage/eventrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

constexpr qint64 AbandonedAfterMs = 3600 * 1000; // an upload left unfinished for an hour

} // namespace

AttachmentService::AttachmentService(SqlSession& session, const WorkflowConfig& workflow,
                                     const Principal& principal, qint64 now,
                                     const ServerLimits& limits)
    : m(session, workflow, principal, now)
    , m_limits(limits)
{ }

ServiceResult AttachmentService::add(const api::AttachmentAddParams& params)
{
    auto progress = params.isStart() ? start(params) : resume(params);
    if (!progress)
        return progress.error();
    if (progress->received == progress->size)
        return finish(*AttachmentRepository(m.session()).find(progress->id));
    return Outcome(
        api::AttachmentUpload {progress->id, progress->received, progress->size, false, {}});
}

Result<AttachmentService::Progress, rpc::RpcError>
AttachmentService::start(const api::AttachmentAddParams& params)
{
    auto loaded = m.loadVisible(params.ticket);
    if (!loaded)
        return loaded.error();
    const Ticket& ticket = loaded->ticket;
    if (params.internal && !policy::canSeeInternal(m.principal()))
        return rpc::RpcError::forbidden(u"internal_is_for_staff"_s, u"internal"_s);
    if (ticket.closedAt)
        return rpc::RpcError::conflict(u"ticket_closed"_s, QJsonObject {{"field"_L1, u"ticket"_s}});
    if (params.size > m_limits.maxAttachmentBytes) {
        rpc::RpcError error = rpc::RpcError::tooLarge(u"attachment"_s, m_limits.maxAttachmentBytes);
        QJsonObject data = error.data.toObject();
        data.insert("field"_L1, u"size"_s);
        error.data = data;
        return error;
    }
    if (params.data.size() > params.size)
        return rpc::RpcError::invalidParams(u"data"_s, u"more bytes than the declared size"_s);
    AttachmentRepository files(m.session());
    if (files.completedCount(ticket.id) >= m_limits.maxAttachmentsPerTicket)
        return rpc::RpcError::conflict(
            u"too_many_attachments"_s,
            QJsonObject {{"field"_L1, u"ticket"_s},
                         {"limit"_L1, m_limits.maxAttachmentsPerTicket}});
    for (const qint64 stale : files.abandoned(m.principal().userId, m.now() - AbandonedAfterMs))
        files.remove(stale);
    if (files.pendingCount(m.principal().userId) >= m_limits.maxPendingUploadsPerUser)
        return rpc::RpcError::conflict(
            u"too_many_uploads"_s, QJsonObject {{"limit"_L1, m_limits.maxPendingUploadsPerUser}});
    // Requesters share the server's disk: all their files together stay within a quota (staff
    // attach what their work needs).
    if (m.principal().role == Role::Requester) {
        const qint64 used = files.bytesOf(m.principal().userId);
        if (used + params.size > m_limits.requesterAttachmentQuotaBytes) {
            rpc::RpcError error = rpc::RpcError::tooLarge(u"attachment_quota"_s,
                                                          m_limits.requesterAttachmentQuotaBytes);
            error.message = u"Too large: over your attachment quota"_s;
            QJsonObject data = error.data.toObject();
            data.insert("field"_L1, u"size"_s);
            data.insert("used"_L1, used);
            error.data = data;
            return error;
        }
    }
    const qint64 id = files.start(ticket.id, m.principal().userId, params.name, params.size,
                                  params.internal, params.sha256, m.now());
    files.appendChunk(id, 0, params.data);
    return Progress {id, params.data.size(), params.size};
}

Result<AttachmentService::Progress, rpc::RpcError>
AttachmentService::resume(const api::AttachmentAddParams& params)
{
    AttachmentRepository files(m.session());
    const auto record = files.find(*params.id);
    // Someone else's upload answers like a missing one.
    if (!record || record->attachment.uploadedBy.id != m.principal().userId)
        return rpc::RpcError::notFound(u"attachment"_s);
    if (record->complete)
        return rpc::RpcError::conflict(u"already_complete"_s, QJsonObject {{"field"_L1, u"id"_s}});
    if (params.offset != record->received)
        return rpc::RpcError::conflict(
            u"wrong_offset"_s,
            QJsonObject {{"field"_L1, u"offset"_s}, {"expected"_L1, record->received}});
    if (record->received + params.data.size() > record->declaredSize)
        return rpc::RpcError::invalidParams(u"data"_s, u"more bytes than the declared size"_s);
    files.appendChunk(record->attachment.id, params.offset, params.data);
    return Progress {record->attachment.id, record->received + params.data.size(),
                     record->declaredSize};
}

ServiceResult AttachmentService::finish(const AttachmentRecord& record)
{
    AttachmentRepository files(m.session());
    const qint64 id = record.attachment.id;
    // One pass over the bytes: the checksum, and the first of them for the content type.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray head;
    for (qint64 offset = 0; offset < record.declaredSize; offset += api::AttachmentChunkBytes) {
        const QByteArray piece = files.read(id, offset, api::AttachmentChunkBytes);
        if (offset == 0)
            head = piece.left(4096);
        hash.addData(piece);
    }
    const QString sha256 = QString::fromLatin1(hash.result().toHex());
    if (!record.expectedSha256.isEmpty() && record.expectedSha256 != sha256)
        return rpc::RpcError::invalidParams(u"sha256"_s,
                                            u"the bytes received do not match this checksum"_s);
    const QString type = recogniseContentType(record.attachment.name, head);
    files.complete(id, type, sha256, m.now());

    auto loaded = m.loadVisible(record.attachment.ticketId);
    if (!loaded)
        return loaded.error();
    Attachment attachment = record.attachment;
    attachment.contentType = type;
    attachment.sha256 = sha256;
    attachment.size = record.declaredSize;
    const QJsonObject added {{"id"_L1, id}, {"name"_L1, attachment.name}};
    EventRepository(m.session())
        .appendChange(attachment.ticketId, m.principal().userId, m.now(), u"attachments"_s,
                      QJsonValue(QJsonValue::Null), added, attachment.internal);
    Outcome outcome;
    PushEvent event = m.changedEvent(m.encode(*loaded), *loaded,
                                     {{u"attachments"_s, QJsonValue(QJsonValue::Null), added}});
    event.internal = attachment.internal;
    outcome.events.append(std::move(event));
    outcome.result = Outcome(api::AttachmentUpload {id, record.declaredSize, record.declaredSize,
                                                    true, attachment})
                         .result;
    return outcome;
}

Result<AttachmentRecord, rpc::RpcError> AttachmentService::readable(qint64 id)
{
    const auto record = AttachmentRepository(m.session()).find(id);
    if (!record || !record->complete)
        return rpc::RpcError::notFound(u"attachment"_s);
    if (record->attachment.internal && !policy::canSeeInternal(m.principal()))
        return rpc::RpcError::notFound(u"attachment"_s);
    if (!m.loadReadable(record->attachment.ticketId))
        return rpc::RpcError::notFound(u"attachment"_s);
    return *record;
}

ServiceResult AttachmentService::get(const api::AttachmentGetParams& params)
{
    auto record = readable(params.id);
    if (!record)
        return record.error();
    const Attachment& a = record->attachment;
    if (params.offset > a.size)
        return rpc::RpcError::invalidParams(u"offset"_s,
                                            u"beyond the end of the file (%1 bytes)"_s.arg(a.size));
    const QByteArray data =
        AttachmentRepository(m.session()).read(a.id, params.offset, params.length);
    return Outcome(
        api::AttachmentChunk {a, params.offset, data, params.offset + data.size() >= a.size});
}

ServiceResult AttachmentService::list(const api::AttachmentListParams& params)
{
    auto loaded = m.loadReadable(params.ticket);
    if (!loaded)
        return loaded.error();
    return Outcome(
        api::AttachmentList {params.ticket,
                             AttachmentRepository(m.session())
                                 .list(params.ticket, policy::canSeeInternal(m.principal()))});
}

} // namespace frontline::server
