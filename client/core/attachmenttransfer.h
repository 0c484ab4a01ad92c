#pragma once

#include "domain/attachment.h"
#include "rpc/rpcerror.h"

#include <QByteArray>
#include <QObject>

namespace frontline::client {

class Session;

// Sends one file to a ticket in chunks (attachment.add), one after the other, with its
// checksum so that the server refuses anything that arrived damaged.
class AttachmentUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentUpload)

public:
    AttachmentUpload(Session& session, qint64 ticketId, QString name, QByteArray bytes,
                     bool internal = false, QObject* parent = nullptr);

    void start();
    qint64 sent() const { return m_sent; }
    qint64 total() const { return m_bytes.size(); }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished(const frontline::Attachment& attachment);
    void failed(const frontline::rpc::RpcError& error);

private:
    void sendNext();

    Session& m_session;
    qint64 m_ticketId;
    QString m_name;
    QByteArray m_bytes;
    bool m_internal;
    qint64 m_id = 0;
    qint64 m_sent = 0;
};

// Reads one attachment's bytes in pieces (attachment.get).
class AttachmentDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentDownload)

public:
    AttachmentDownload(Session& session, qint64 id, QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const frontline::Attachment& attachment, const QByteArray& bytes);
    void failed(const frontline::rpc::RpcError& error);

private:
    void fetchNext();

    Session& m_session;
    qint64 m_id;
    QByteArray m_bytes;
};

} // namespace frontline::client
