#pragma once

#include "storage/databaseconfig.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

struct pg_conn;
class QSocketNotifier;

namespace frontline::server::cluster {

// One PostgreSQL connection of its own, outside QtSql, for what the cluster needs and the
// connection pools cannot give: a session whose end is noticed at once (its socket is watched
// by the event loop, so a dropped connection is `lost` as soon as the kernel says so) and
// LISTEN/NOTIFY. libpq directly: QPSQL neither reports a lost connection nor sends
// asynchronously. Lives on the thread that created it (the network thread).
class PgLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgLink)

public:
    PgLink(DatabaseConfig database, QString applicationName, QObject* parent = nullptr);
    ~PgLink() override;

    // Connects (at most ConnectTimeoutS); the error says why not.
    QString open();
    bool isOpen() const { return m_conn != nullptr; }
    void close();

    // A statement run now, waiting for its answer (short ones only: a lock, a heartbeat): the
    // first column of the first row, or nothing on an error (then the link is checked and
    // `lost` if the connection went).
    std::optional<QString> queryValue(const QByteArray& sql);
    // Statements sent without waiting, in order; their results are read when they come.
    void send(const QByteArray& sql);
    // A string as a literal for `sql` (quotes and escapes).
    QByteArray literal(const QByteArray& text) const;

    static constexpr int ConnectTimeoutS = 3;

signals:
    void notified(const QString& channel, const QByteArray& payload);
    // The connection is gone (and closed): what it held, its locks and LISTENs, went with it.
    void lost(const QString& why);

private:
    void readable();
    void drainNotifications();
    void sendNext();
    void fail(const QString& why);

    DatabaseConfig m_database;
    QString m_applicationName;
    pg_conn* m_conn = nullptr;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QList<QByteArray> m_queue;
    bool m_busy = false; // a sent statement's results are still to come
};

} // namespace frontline::server::cluster
