#pragma once

#include "services/outcome.h"
#include "storage/databaseconfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace frontline::server::cluster {

class PgLink;

// What one server tells the others on the same PostgreSQL, and hears from them (LISTEN/NOTIFY
// on one connection of its own): the events it pushed to its own clients after their commit
// (each server pushes a foreign event to its own subscribers, policy checked there), and the
// changes to the state every server keeps in memory — a session ended (logout, revocation), a
// user's role or groups, the workflow snapshot, the mailboxes, an earlier scheduler wake-up.
//
// A message is compact JSON; one longer than a NOTIFY payload may be (8000 bytes) goes as
// several chunks in one transaction, which PostgreSQL delivers together and in order. Each
// carries its origin, so a server ignores its own. While the connection is down (it is
// retried every second) nothing crosses; `resynced` then says that the caches must be read
// again.
class ClusterBus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterBus)

public:
    static constexpr const char* Channel = "frontline_cluster";
    static constexpr qsizetype ChunkBytes = 7000; // under PostgreSQL's 8000-byte payload limit
    static constexpr int RetryMs = 1000;

    struct Handlers
    {
        std::function<void(const PushEvent&)> event;
        std::function<void(const QString& tokenHash, const QString& reason)> sessionEnded;
        std::function<void(const QList<qint64>&)> usersChanged;
        std::function<void()> workflowChanged;
        std::function<void()> mailboxesChanged;
        std::function<void(qint64)> wake;
        std::function<void()> resynced; // after a reconnection: what was missed, read again
    };

    ClusterBus(DatabaseConfig database, Handlers handlers, QObject* parent = nullptr);
    ~ClusterBus() override;

    // Connects and listens; an error if the database cannot be reached now.
    QString start();
    void stop();
    QString origin() const { return m_origin; }

    void publish(const PushEvent& event);
    void sessionEnded(const QString& tokenHash, const QString& reason);
    void usersChanged(const QList<qint64>& userIds);
    void workflowChanged();
    void mailboxesChanged();
    void wake(qint64 at);

    // What crossed (tests, benchmarks): messages sent and foreign ones received.
    quint64 sentCount() const { return m_sent; }
    quint64 receivedCount() const { return m_received; }

    // The wire form of an event and back (unit-tested).
    static QByteArray encodeEvent(const PushEvent& event);
    static std::optional<PushEvent> decodeEvent(const QJsonObject& message);

private:
    QString connectLink();
    void post(const QByteArray& message);
    void flush();
    void received(const QString& channel, const QByteArray& payload);
    void handle(const QByteArray& message);
    void linkLost(const QString& why);

    DatabaseConfig m_database;
    Handlers m_handlers;
    QString m_origin;
    std::unique_ptr<PgLink> m_link;
    QTimer m_retry;
    QTimer m_flush;
    QList<QByteArray> m_pending; // NOTIFY payloads for the next flush
    quint64 m_seq = 0;
    quint64 m_sent = 0;
    quint64 m_received = 0;
    struct Partial
    {
        quint64 seq = 0;
        int expected = 0;
        QList<QByteArray> parts;
    };
    QHash<QString, Partial> m_partial; // by origin
    bool m_stopped = true;
};

} // namespace frontline::server::cluster
