#pragma once

#include "domain/ticket.h"
#include "rpc/rpcerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace frontline::client {

class AttachmentUpload;
class Session;

// Every change the user makes goes through the outbox, in both programs: the agent's replies
// and edits, new tickets from either form with their files (attachments, the applet's
// screenshot) and the ticket they were raised from. Sent at once when the server is there,
// kept on disk (files included) while it is not, and sent in order when it comes back. A
// change the server refuses (a conflict, a rule) is kept and shown to the user, never dropped
// silently. Creates and replies carry a client reference, so a retry after a lost answer does
// not write twice; a call that was done is not made again for its files or its link.
// Not promised: a file or a link the server refuses once the ticket exists holds nothing back;
// it is reported (failed) and skipped.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    enum class State { Waiting, Sending, Failed };
    Q_ENUM(State)

    // A file to attach, once the call is done, to the ticket it names or creates.
    struct NewFile
    {
        QString name;
        QByteArray bytes;
    };
    // What follows a call once the server has done it.
    struct FollowUp
    {
        QList<NewFile> files;
        qint64 linkTo = 0; // link the ticket with this one (ticket.link)
    };

    struct File
    {
        QString name;
        QString path; // the outbox's own copy
        bool sent = false;
    };

    struct Item
    {
        QString id; // also the client_ref of creates and replies
        QString method;
        QJsonObject params;
        QString description; // for the user: "Reply on #123"
        qint64 ticketId = 0; // the ticket it concerns; 0 for a new one
        qint64 createdAt = 0;
        int attempts = 0;
        State state = State::Waiting;
        std::optional<rpc::RpcError> error;
        QList<File> files;
        qint64 linkTo = 0; // 0 once linked
        bool called = false; // the call is done; files or the link remain
        qint64 target = 0; // the ticket the files and the link go to, once called
        QJsonValue result; // the call's answer, once called

        // What the user may do about it.
        bool canRetry() const { return state == State::Failed; }
        bool canApplyAnyway() const;
        bool canDiscard() const { return state != State::Sending; }
    };

    explicit Outbox(Session& session, QObject* parent = nullptr);
    ~Outbox() override;

    // Where waiting items are kept between runs (one file per user and server); their files
    // are kept in a folder next to it. Loads what an earlier run left.
    void setStoragePath(const QString& path);
    // Takes over what the tray applet's earlier queue of new tickets (its folder with
    // queue.json) still held, files and all, and removes that folder.
    void adoptTicketQueue(const QString& dir);
    QString submit(const QString& method, QJsonObject params, const QString& description,
                   qint64 ticketId = 0);
    // With files to attach and a ticket to link once the call is done.
    QString submit(const QString& method, QJsonObject params, const QString& description,
                   qint64 ticketId, const FollowUp& followUp);
    void retry(const QString& id);
    // For a stale version: send it again against the ticket's current version.
    void retryWithCurrentVersion(const QString& id);
    void discard(const QString& id);

    const QList<Item>& items() const { return m_items; }
    int waitingCount() const;
    int failedCount() const;
    std::optional<Item> item(const QString& id) const;

Q_SIGNALS:
    void changed();
    void progress(const QString& id, qint64 sent, qint64 total);
    // The call and everything that follows it are done.
    void sent(const QString& id, const QString& method, qint64 ticketId, const QJsonValue& result);
    // A new ticket (ticket.create) is on the server with its files and its link.
    void ticketCreated(const QString& id, const frontline::Ticket& ticket);
    void failed(const QString& id, const QString& description,
                const frontline::rpc::RpcError& error);

private:
    void pump();
    void call(const QString& id);
    void onCalled(const QString& id, const QJsonValue& result);
    void followUp(const QString& id);
    void link(Item& item);
    void upload(Item& item, File& file);
    void finish(const QString& id);
    // Connection trouble keeps the item waiting; anything else is the server's "no".
    void onError(const QString& id, const rpc::RpcError& error);
    void wait(const QString& id, const rpc::RpcError& error);
    void keep(const QString& id, const rpc::RpcError& error);
    void checkAlreadyApplied(const QString& id, const rpc::RpcError& error);
    Item* find(const QString& id);
    QString filesDir() const;
    void removeFiles(const Item& item) const;
    void save() const;
    void load();

    Session& m_session;
    QList<Item> m_items;
    QString m_storagePath;
    std::unique_ptr<QTemporaryDir> m_scratch; // files, while no storage is set
    bool m_inFlight = false;
    QPointer<AttachmentUpload> m_upload;
    QTimer m_retryTimer;
};

} // namespace frontline::client
