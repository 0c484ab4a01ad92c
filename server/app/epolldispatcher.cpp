#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <chrono>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <vector>

namespace frontline::server {

namespace {
constexpr int MaxEvents = 512;
}

qint64 EpollEventDispatcher::now()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

EpollEventDispatcher::EpollEventDispatcher(QObject* parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wake(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll >= 0 && m_wake >= 0) {
        epoll_event event {};
        event.events = EPOLLIN;
        event.data.fd = m_wake;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event);
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    const std::lock_guard lock(m_wakeMutex);
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void EpollEventDispatcher::updateInterest(int fd)
{
    auto it = m_watched.find(fd);
    if (it == m_watched.end())
        return;
    quint32 events = 0;
    if (it->read && it->read->isEnabled())
        events |= EPOLLIN;
    if (it->write && it->write->isEnabled())
        events |= EPOLLOUT;
    if (it->exception && it->exception->isEnabled())
        events |= EPOLLPRI;
    if (!it->read && !it->write && !it->exception) {
        if (it->added)
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); // may be closed already: fine
        m_watched.erase(it);
        return;
    }
    epoll_event event {};
    event.events = events;
    event.data.fd = fd;
    if (!it->added) {
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0)
            it->added = true;
    } else if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) != 0) {
        // The descriptor was closed and reused behind our back: start over.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        it->added = epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0;
    }
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier* notifier)
{
    const int fd = int(notifier->socket());
    Watched& w = m_watched[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        w.read = notifier;
        break;
    case QSocketNotifier::Write:
        w.write = notifier;
        break;
    case QSocketNotifier::Exception:
        w.exception = notifier;
        break;
    }
    updateInterest(fd);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier* notifier)
{
    const int fd = int(notifier->socket());
    auto it = m_watched.find(fd);
    if (it == m_watched.end())
        return;
    if (it->read == notifier)
        it->read = nullptr;
    if (it->write == notifier)
        it->write = nullptr;
    if (it->exception == notifier)
        it->exception = nullptr;
    updateInterest(fd);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject* object)
{
    unregisterTimer(timerId);
    Timer timer {interval, timerType, object, now() + interval};
    m_timers.insert(timerId, timer);
    m_due.emplace(timer.deadline, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    const auto [first, last] = m_due.equal_range(it->deadline);
    for (auto d = first; d != last; ++d) {
        if (d->second == timerId) {
            m_due.erase(d);
            break;
        }
    }
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject* object)
{
    QList<int> ids;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            ids.append(it.key());
    }
    for (const int id : std::as_const(ids))
        unregisterTimer(id);
    return !ids.isEmpty();
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject* object) const
{
    QList<TimerInfo> list;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            list.append(TimerInfo(it.key(), int(it->interval), it->type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    return int(std::max<qint64>(0, it->deadline - now()));
}

void EpollEventDispatcher::wakeUp()
{
    const quint64 one = 1;
    const std::lock_guard lock(m_wakeMutex);
    [[maybe_unused]] const ssize_t written = ::write(m_wake, &one, sizeof(one));
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted = true;
    wakeUp();
}

int EpollEventDispatcher::nextTimeout() const
{
    if (m_due.empty())
        return -1;
    return int(std::clamp<qint64>(m_due.begin()->first - now(), 0, 24 * 3600 * 1000));
}

bool EpollEventDispatcher::activateTimers()
{
    const qint64 at = now();
    // The timers due now, taken first: a handler may start, stop or restart any timer.
    std::vector<int> due;
    for (auto it = m_due.begin(); it != m_due.end() && it->first <= at; ++it)
        due.push_back(it->second);
    for (const int id : due) {
        const auto it = m_timers.find(id);
        if (it == m_timers.end() || it->deadline > at)
            continue;
        // The next deadline before the event, so that the handler sees the timer running.
        const auto [first, last] = m_due.equal_range(it->deadline);
        for (auto d = first; d != last; ++d) {
            if (d->second == id) {
                m_due.erase(d);
                break;
            }
        }
        it->deadline += it->interval;
        if (it->deadline <= at) // fell behind (a long handler): the next one from now
            it->deadline = at + it->interval;
        m_due.emplace(it->deadline, id);
        QObject* object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
    }
    return !due.empty();
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted = false;
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool wait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted;
    int timeout = 0;
    if (wait) {
        Q_EMIT aboutToBlock();
        timeout = nextTimeout();
    }
    epoll_event events[MaxEvents];
    const int n = epoll_wait(m_epoll, events, MaxEvents, m_interrupted ? 0 : timeout);
    if (wait)
        Q_EMIT awake();

    // Who is ready, noted before anyone is told: a notifier may go away while another acts.
    std::vector<std::pair<int, QSocketNotifier::Type>> ready;
    bool woken = false;
    for (int i = 0; i < n; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wake) {
            quint64 value = 0;
            [[maybe_unused]] const ssize_t got = ::read(m_wake, &value, sizeof(value));
            woken = true;
            continue;
        }
        const quint32 e = events[i].events;
        if (e & (EPOLLIN | EPOLLHUP | EPOLLERR))
            ready.emplace_back(fd, QSocketNotifier::Read);
        if (e & (EPOLLOUT | EPOLLHUP | EPOLLERR))
            ready.emplace_back(fd, QSocketNotifier::Write);
        if (e & EPOLLPRI)
            ready.emplace_back(fd, QSocketNotifier::Exception);
    }
    int activated = 0;
    if (!flags.testFlag(QEventLoop::ExcludeSocketNotifiers)) {
        for (const auto& [fd, type] : ready) {
            const auto it = m_watched.constFind(fd);
            if (it == m_watched.cend())
                continue;
            QSocketNotifier* notifier = type == QSocketNotifier::Read ? it->read
                : type == QSocketNotifier::Write                      ? it->write
                                                                      : it->exception;
            if (!notifier || !notifier->isEnabled())
                continue;
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(notifier, &event);
            ++activated;
        }
    }
    const bool timers = activateTimers();
    if (woken)
        QCoreApplication::sendPostedEvents();
    return activated > 0 || timers || woken;
}

} // namespace frontline::server
