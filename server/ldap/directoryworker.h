#pragma once

#include <QObject>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace frontline::server {
class ResultInbox;
}

namespace frontline::server::ldap {

// Threads of their own for libldap's blocking calls (connect, bind, search), so that a slow or
// unreachable directory never holds the network thread, the writer or a reader. The queue is
// bounded: a flood of directory logins is refused, not queued without end. Answers come back on
// the context's thread through a ResultInbox.
class DirectoryWorker
{
public:
    // What runs on a worker thread returns what then runs on the context's thread.
    using Work = std::function<std::function<void()>()>;

    explicit DirectoryWorker(QObject* context, int threads = 2, int maxQueued = 64);
    ~DirectoryWorker();
    DirectoryWorker(const DirectoryWorker&) = delete;
    DirectoryWorker& operator=(const DirectoryWorker&) = delete;

    // False when the queue is full (nothing runs).
    bool run(Work work);

private:
    void loop();

    std::unique_ptr<ResultInbox> m_inbox;
    int m_maxQueued;
    std::mutex m_mutex; // guards everything below
    std::condition_variable m_wake;
    std::deque<Work> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace frontline::server::ldap
