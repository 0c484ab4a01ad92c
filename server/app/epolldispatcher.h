#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>
#include <map>
#include <mutex>

class QSocketNotifier;

namespace frontline::server {

// The network thread's event loop on Linux epoll. Qt's own dispatchers poll() every socket at
// every turn of the loop: with 10,000 tray applets connected that is most of a core spent
// asking the kernel about idle sockets, and every answer waits for it. epoll asks only about
// the sockets that have something to say, so a turn costs the same with ten connections or ten
// thousand. Level-triggered, like poll(), so QSocketNotifier behaves exactly as it does on
// Qt's dispatchers; timers have millisecond resolution.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollEventDispatcher)

public:
    explicit EpollEventDispatcher(QObject* parent = nullptr);
    ~EpollEventDispatcher() override;

    // False when epoll or eventfd are not available (the caller keeps Qt's dispatcher).
    bool isValid() const { return m_epoll >= 0 && m_wake >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier* notifier) override;
    void unregisterSocketNotifier(QSocketNotifier* notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject* object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject* object) override;
    QList<TimerInfo> registeredTimers(QObject* object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    struct Watched
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
        QSocketNotifier* exception = nullptr;
        bool added = false;
    };
    struct Timer
    {
        qint64 interval = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject* object = nullptr;
        qint64 deadline = 0; // ms, steady clock
    };

    void updateInterest(int fd);
    // The wait until the next timer is due: -1 none, 0 due now.
    int nextTimeout() const;
    bool activateTimers();
    static qint64 now();

    int m_epoll = -1;
    int m_wake = -1; // eventfd: wakeUp() from any thread
    // Orders a last wakeUp() from another thread (QThread::quit) before the close in the
    // destructor. Qt orders them already, by a QThread lock ThreadSanitizer cannot see.
    std::mutex m_wakeMutex;
    QHash<int, Watched> m_watched;
    QHash<int, Timer> m_timers;
    std::multimap<qint64, int> m_due; // deadline -> timer id
    std::atomic<bool> m_interrupted {false};
};

} // namespace frontline::server
