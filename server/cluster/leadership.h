#pragma once

#include "storage/databaseconfig.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace frontline::server::cluster {

class PgLink;

// Which singleton roles (the scheduler, the KPI rollups, the mail workers, the directory
// sync, ...) this server runs. On PostgreSQL each role is a session-level advisory lock held on
// a connection of its own (PgLink): several servers share one database and each role runs on
// the one that holds its lock. A server without a lock tries again every RetryMs; a server
// whose lock connection drops notices it at once (the socket is watched) and stops its roles
// there and then — PostgreSQL released the locks with the session, so another server takes
// them at its next try. On SQLite there is one process per database: a lock file next to it
// (a second process on the same file stands by).
//
// Each role has a start and a stop, called on the network thread: started when the lock is
// gained, stopped when it is lost or the server stops. What the workers write must stay safe
// if two servers briefly overlap (an old holder still finishing while the new one starts): the
// scheduler and the mail sender claim their rows in the writing transaction.
class Leadership final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Leadership)

public:
    static constexpr int RetryMs = 1000;
    // After its lock connection dropped, a server waits this long before it tries again, so
    // that a server with a sound connection takes the roles first.
    static constexpr int AfterLossMs = 3000;
    // The scheduler's key since before the cluster: an older server still honours it.
    static constexpr qint64 SchedulerKey = 7415002;

    explicit Leadership(DatabaseConfig database, QObject* parent = nullptr);
    ~Leadership() override;

    // One singleton role; add them all before start(). Roles start in the order added and
    // stop in the reverse order.
    void add(const QString& role, std::function<void()> start, std::function<void()> stop);
    // Tries every role now (so that a single server leads before it listens), then every RetryMs.
    void start();
    // Stops the roles held and lets their locks go.
    void stop();

    bool leads(const QString& role) const;
    // The advisory lock key of a role (stable across processes and versions).
    static qint64 keyOf(const QString& role);

signals:
    void gained(const QString& role);
    void lost(const QString& role);

private:
    struct Role
    {
        QString name;
        std::function<void()> start;
        std::function<void()> stop;
        bool held = false;
        bool toldStandby = false;
    };

    void tick();
    void tickSqlite();
    void tickPostgres();
    void gain(Role& role);
    void loseAll(const QString& why);

    DatabaseConfig m_database;
    std::vector<Role> m_roles;
    QTimer m_retry;
    std::unique_ptr<PgLink> m_link;
    std::unique_ptr<QLockFile> m_file;
    QElapsedTimer m_lostAt;
    bool m_warnedConnect = false;
    bool m_stopped = false;
};

} // namespace frontline::server::cluster
