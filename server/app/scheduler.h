#pragma once

#include "storage/databaseconfig.h"

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace frontline::server {

class EventBus;
class JobRunner;
class SqlSession;

// Wakes when the next SLA change or rule timer falls due (read from two indexes, never a scan
// of tickets), runs what is due in one write transaction, pushes the result, and sleeps
// until the next. Only one server process schedules per database: a lock file next to a
// SQLite database, an advisory lock on PostgreSQL; another server stands by and takes over
// when the holder stops.
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    Scheduler(JobRunner& jobs, EventBus& events, DatabaseConfig database,
              std::function<qint64()> clock, QObject* parent = nullptr);
    ~Scheduler() override;

    void start();
    // A change asks for a look at `at` (a new deadline or timer); earlier than planned wins.
    void hint(qint64 at);
    // The clock jumped: the planned wake-up is timed again by the new time.
    void replan();
    bool isActive() const { return m_active; }

    static constexpr int BatchSize = 200;

signals:
    // After each round: how many tickets and timers it handled.
    void roundFinished(int processed);

private:
    bool acquire();
    void check();
    void arm(qint64 at);
    void runRound();

    JobRunner& m_jobs;
    EventBus& m_events;
    DatabaseConfig m_database;
    std::function<qint64()> m_clock;
    QTimer m_timer;
    QTimer m_standby;
    std::unique_ptr<QLockFile> m_lockFile;
    std::unique_ptr<SqlSession> m_lockSession;
    std::optional<qint64> m_armedFor;
    bool m_active = false;
    bool m_busy = false;
    bool m_recheck = false;
};

} // namespace frontline::server
