#pragma once

#include "storage/databaseconfig.h"

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
// until the next. Only one server process schedules per database: the one that leads the
// "scheduler" role (cluster::Leadership: a lock file next to a SQLite database, an advisory lock
// on PostgreSQL) starts it, and stops it when it loses the lead; another server takes over.
// Two servers that briefly overlap fire nothing twice: each timer and SLA change is claimed
// in the round's transaction (SchedulerWork).
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    Scheduler(JobRunner& jobs, EventBus& events, DatabaseConfig database,
              std::function<qint64()> clock, QObject* parent = nullptr);
    ~Scheduler() override;

    // Leads from now: looks at the indexes and arms. stop(): no more rounds (one in progress
    // still commits and pushes).
    void start();
    void stop();
    // A change asks for a look at `at` (a new deadline or timer); earlier than planned wins.
    void hint(qint64 at);
    // The clock jumped: the planned wake-up is timed again by the new time.
    void replan();
    bool isActive() const { return m_active; }

    static constexpr int BatchSize = 200;
    static constexpr int MaxSleepMs = 60 * 1000; // a look at the indexes at least this often

signals:
    // After each round: how many tickets and timers it handled.
    void roundFinished(int processed);

private:
    void check();
    void arm(qint64 at);
    // arm(at), or earlier for what was hinted meanwhile.
    void armWithHints(qint64 at);
    void runRound();

    JobRunner& m_jobs;
    EventBus& m_events;
    DatabaseConfig m_database;
    std::function<qint64()> m_clock;
    QTimer m_timer;
    std::optional<qint64> m_armedFor;
    bool m_active = false;
    bool m_busy = false;
    // The earliest instant hinted while a look or round was on its way: that look may have read
    // before the hinting change committed, so it is armed for too when the look finishes.
    std::optional<qint64> m_hinted;
};

} // namespace frontline::server
