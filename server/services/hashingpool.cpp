#include "hashingpool.h"

#include "services/resultinbox.h"

#include <QThread>

namespace frontline::server {

HashingPool::HashingPool(PasswordHasher::Cost cost, QObject* context, int threads, int maxQueued,
                         int maxPerKey)
    : m_hasher(cost)
    , m_inbox(std::make_unique<ResultInbox>())
    , m_maxQueued(maxQueued)
    , m_maxPerKey(maxPerKey)
{
    if (context && context->thread() != m_inbox->thread())
        m_inbox->moveToThread(context->thread());
    for (int i = 0; i < std::max(1, threads); ++i)
        m_threads.emplace_back([this] { run(); });
}

HashingPool::~HashingPool()
{
    // What is queued still runs (its answer is dropped with the inbox), as before.
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& thread : m_threads)
        thread.join();
}

bool HashingPool::start(std::function<void()> work, const QString& key)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping || m_queued >= m_maxQueued)
            return false;
        if (!key.isEmpty()) {
            int& mine = m_perKey[key];
            if (mine >= m_maxPerKey)
                return false;
            ++mine;
        }
        ++m_queued;
        m_tasks.push_back(Task {std::move(work), key});
    }
    m_wake.notify_one();
    return true;
}

void HashingPool::run()
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                return; // stopping
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task.work();
        task.work = nullptr; // what it holds dies here, before its place is given back
        const std::lock_guard lock(m_mutex);
        --m_queued;
        if (task.key.isEmpty())
            continue;
        auto it = m_perKey.find(task.key);
        if (it != m_perKey.end() && --*it <= 0)
            m_perKey.erase(it);
    }
}

bool HashingPool::hash(const QString& password, std::function<void(QByteArray)> done,
                       const QString& key)
{
    return start(
        [this, password, done = std::move(done), inbox = m_inbox->sender()]() mutable {
            QByteArray result = m_hasher.hash(password);
            inbox.post([done = std::move(done), result = std::move(result)] { done(result); });
        },
        key);
}

bool HashingPool::verify(const QByteArray& hash, const QString& password,
                         std::function<void(bool)> done, const QString& key)
{
    return start(
        [this, hash, password, done = std::move(done), inbox = m_inbox->sender()]() mutable {
            const bool ok = m_hasher.verify(hash, password);
            inbox.post([done = std::move(done), ok] { done(ok); });
        },
        key);
}

} // namespace frontline::server
