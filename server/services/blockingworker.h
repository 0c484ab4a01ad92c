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

// Threads of their own for calls that block on another server (libldap's connect, bind and
// search; an IMAP connection tried by mailbox.test), so that a slow or unreachable server never
// holds the network thread, the writer or a reader. The queue is bounded: a flood (of directory
// logins, say) is refused, not queued without end. Answers come back on the context's thread
// through a ResultInbox: a work item is destroyed on the worker's thread before what it returned
// is posted, and that is moved to the context's thread, run there and destroyed there, so no
// copy of what both hold (a connection's responder above all) is freed on the worker's thread
// after the context's thread used it.
class BlockingWorker
{
public:
    // What runs on a worker thread returns what then runs on the context's thread.
    using Work = std::function<std::function<void()>()>;

    explicit BlockingWorker(QObject* context, int threads = 2, int maxQueued = 64);
    ~BlockingWorker();
    BlockingWorker(const BlockingWorker&) = delete;
    BlockingWorker& operator=(const BlockingWorker&) = delete;

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

} // namespace frontline::server
