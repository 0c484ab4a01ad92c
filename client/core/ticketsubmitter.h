#pragma once

#include "api/ticketapi.h"
#include "rpc/rpcerror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace frontline::client {

class AttachmentUpload;
class Session;

// New tickets from the tray applet, with their files: kept on disk from the moment the user
// presses Send, sent when the server is there (the ticket, then each file in chunks), and
// sent later — in order, once — when it is not. A retry after a lost answer does not create a
// second ticket (client_ref). A ticket the server refuses stays, with the reason, until the
// user discards it.
class TicketSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketSubmitter)

public:
    enum class State { Waiting, Sending, Failed };
    Q_ENUM(State)

    struct File
    {
        QString name;
        QString path; // the queue's own copy
        bool sent = false;
    };

    struct Pending
    {
        QString id; // the ticket's client_ref
        QJsonObject params; // ticket.create's
        QList<File> files;
        qint64 ticketId = 0; // once created
        qint64 queuedAt = 0;
        State state = State::Waiting;
        std::optional<rpc::RpcError> error;

        QString title() const;
    };

    explicit TicketSubmitter(Session& session, QObject* parent = nullptr);
    ~TicketSubmitter() override;

    // Where the queue and its files are kept (one folder per user and server); loads what an
    // earlier run left.
    void setStorageDir(const QString& dir);
    QString storageDir() const { return m_dir; }

    // Queues a new ticket and its files; returns its id.
    QString submit(api::TicketCreateParams params, const QList<QPair<QString, QByteArray>>& files);
    void retry(const QString& id);
    void discard(const QString& id);

    const QList<Pending>& pending() const { return m_items; }
    int waitingCount() const;

Q_SIGNALS:
    void changed();
    void progress(const QString& id, qint64 sent, qint64 total);
    // The ticket and every file are on the server.
    void submitted(qint64 ticketId, const QString& title);
    void failed(const QString& title, const frontline::rpc::RpcError& error);

private:
    void pump();
    void create(Pending& item);
    void uploadNext(Pending& item);
    // A lost connection keeps the item waiting; anything else is the server's "no".
    void onError(const QString& id, const rpc::RpcError& error);
    Pending* find(const QString& id);
    void finish(const QString& id);
    void save() const;
    void load();

    Session& m_session;
    QString m_dir;
    QList<Pending> m_items;
    bool m_busy = false;
    QPointer<AttachmentUpload> m_upload;
    QTimer m_retry;
};

} // namespace frontline::client
