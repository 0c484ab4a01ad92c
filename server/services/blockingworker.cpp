#include "services/blockingworker.h"

#include "services/resultinbox.h"

namespace frontline::server {

BlockingWorker::BlockingWorker(QObject* context, int threads, int maxQueued)
    : m_inbox(std::make_unique<ResultInbox>())
    , m_maxQueued(maxQueued)
{
    // Not parented to the context: this object owns it (and may be destroyed first).
    if (context && context->thread() != m_inbox->thread())
        m_inbox->moveToThread(context->thread());
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { loop(); });
}

BlockingWorker::~BlockingWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    for (std::thread& thread : m_threads)
        thread.join();
}

bool BlockingWorker::run(Work work)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || int(m_queue.size()) >= m_maxQueued)
            return false;
        m_queue.push_back(std::move(work));
    }
    m_wake.notify_one();
    return true;
}

void BlockingWorker::loop()
{
    const ResultInbox::Sender sender = m_inbox->sender();
    for (;;) {
        Work work;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            work = std::move(m_queue.front());
            m_queue.pop_front();
        }
        std::function<void()> done = work();
        // What the work held (a copy of a connection's responder, say) dies here, before its
        // answer is posted: once the context's thread runs the answer, nothing of it is left
        // to be freed on this thread.
        work = nullptr;
        if (done)
            sender.post(std::move(done));
    }
}

} // namespace frontline::server
