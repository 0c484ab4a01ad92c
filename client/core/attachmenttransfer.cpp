#include "attachmenttransfer.h"

#include "api/methods.h"
#include "api/selfserviceapi.h"
#include "api/selfserviceresults.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace frontline::client {

AttachmentUpload::AttachmentUpload(Session& session, qint64 ticketId, QString name,
                                   QByteArray bytes, bool internal, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_ticketId(ticketId)
    , m_name(std::move(name))
    , m_bytes(std::move(bytes))
    , m_internal(internal)
{ }

void AttachmentUpload::start()
{
    m_id = 0;
    m_sent = 0;
    sendNext();
}

void AttachmentUpload::sendNext()
{
    api::AttachmentAddParams params;
    params.data = m_bytes.mid(m_sent, api::AttachmentChunkBytes);
    if (m_id) {
        params.id = m_id;
        params.offset = m_sent;
    } else {
        params.ticket = m_ticketId;
        params.name = m_name;
        params.size = m_bytes.size();
        params.internal = m_internal;
        params.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex());
    }
    const qint64 chunk = params.data.size();
    m_session.rpc().call(QString(api::method::AttachmentAdd), params.toJson(), this,
                         [this, chunk](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 Q_EMIT failed(reply.error());
                                 return;
                             }
                             const auto result = api::AttachmentUpload::fromJson(reply.result());
                             m_id = result.id;
                             m_sent += chunk;
                             Q_EMIT progress(m_sent, m_bytes.size());
                             if (result.complete) {
                                 Q_EMIT finished(result.attachment.value_or(Attachment {}));
                                 return;
                             }
                             sendNext();
                         });
}

AttachmentDownload::AttachmentDownload(Session& session, qint64 id, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_id(id)
{ }

void AttachmentDownload::start()
{
    m_bytes.clear();
    fetchNext();
}

void AttachmentDownload::fetchNext()
{
    api::AttachmentGetParams params;
    params.id = m_id;
    params.offset = m_bytes.size();
    m_session.rpc().call(QString(api::method::AttachmentGet), params.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 Q_EMIT failed(reply.error());
                                 return;
                             }
                             const auto chunk = api::AttachmentChunk::fromJson(reply.result());
                             m_bytes += chunk.data;
                             Q_EMIT progress(m_bytes.size(), chunk.attachment.size);
                             if (chunk.eof) {
                                 Q_EMIT finished(chunk.attachment, m_bytes);
                                 return;
                             }
                             fetchNext();
                         });
}

} // namespace frontline::client
