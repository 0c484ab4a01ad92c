#pragma once

#include <QObject>

#include <atomic>

namespace frontline::server {

// The server's time (ms since the epoch, UTC), taken from outside: ServerApp uses the system
// clock unless it is given another. Everything that stamps or schedules by it (jobs, sessions,
// the scheduler) asks this one clock.
class Clock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Clock)

public:
    explicit Clock(QObject* parent = nullptr);
    ~Clock() override;

    virtual qint64 now() const = 0;

signals:
    // The time jumped (a manual clock was moved): timers planned by the old time plan again.
    void jumped();
};

class SystemClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemClock)

public:
    using Clock::Clock;

    qint64 now() const override;
};

// For tests: runs with the system clock from an offset the test chooses, and jumps ahead when
// advanced (the scheduler looks again at once). Thread-safe: the test thread moves it while the
// server's thread reads it.
class ManualClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualClock)

public:
    explicit ManualClock(qint64 offsetMs = 0, QObject* parent = nullptr);

    qint64 now() const override;
    qint64 offset() const { return m_offset.load(); }
    void advance(qint64 ms);
    void setOffset(qint64 offsetMs);

private:
    std::atomic<qint64> m_offset;
};

} // namespace frontline::server
