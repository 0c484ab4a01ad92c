#pragma once

#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace frontline::client {

class Session;

// Every change the user makes goes through the outbox: sent at once when the server is there,
// kept (on disk) while it is not, and sent in order when it comes back. A change the server
// refuses (a conflict, a rule) is kept and shown to the user, never dropped silently. Creates
// and replies carry a client reference, so a retry after a lost answer does not write twice.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    enum class State { Waiting, Sending, Failed };
    Q_ENUM(State)

    struct Item
    {
        QString id; // also the client_ref of creates and replies
        QString method;
        QJsonObject params;
        QString description; // for the user: "Reply on #123"
        qint64 ticketId = 0;
        qint64 createdAt = 0;
        int attempts = 0;
        State state = State::Waiting;
        std::optional<rpc::RpcError> error;
    };

    explicit Outbox(Session& session, QObject* parent = nullptr);

    // Where waiting items are kept between runs (one file per user and server).
    void setStoragePath(const QString& path);
    QString submit(const QString& method, QJsonObject params, const QString& description,
                   qint64 ticketId = 0);
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
    void sent(const QString& id, const QString& method, qint64 ticketId, const QJsonValue& result);
    void failed(const QString& id, const QString& description,
                const frontline::rpc::RpcError& error);

private:
    void pump();
    void finish(const QString& id, const QJsonValue& result);
    void keep(const QString& id, const rpc::RpcError& error);
    void checkAlreadyApplied(const QString& id, const rpc::RpcError& error);
    Item* find(const QString& id);
    void save() const;
    void load();

    Session& m_session;
    QList<Item> m_items;
    QString m_storagePath;
    bool m_inFlight = false;
    QTimer m_retryTimer;
};

} // namespace frontline::client
