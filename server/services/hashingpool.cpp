#include "hashingpool.h"

#include <QMetaObject>

namespace frontline::server {

HashingPool::HashingPool(PasswordHasher::Cost cost, QObject* context, int threads, int maxQueued,
                         int maxPerKey)
    : m_hasher(cost)
    , m_context(context)
    , m_maxQueued(maxQueued)
    , m_maxPerKey(maxPerKey)
{
    m_pool.setMaxThreadCount(threads);
}

HashingPool::~HashingPool()
{
    m_pool.waitForDone();
}

bool HashingPool::start(std::function<void()> work, const QString& key)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (m_queued >= m_maxQueued)
            return false;
        if (!key.isEmpty()) {
            int& mine = m_perKey[key];
            if (mine >= m_maxPerKey)
                return false;
            ++mine;
        }
        ++m_queued;
    }
    m_pool.start([this, key, work = std::move(work)] {
        work();
        finished(key);
    });
    return true;
}

void HashingPool::finished(const QString& key)
{
    const QMutexLocker lock(&m_mutex);
    --m_queued;
    if (key.isEmpty())
        return;
    auto it = m_perKey.find(key);
    if (it != m_perKey.end() && --*it <= 0)
        m_perKey.erase(it);
}

bool HashingPool::hash(const QString& password, std::function<void(QByteArray)> done,
                       const QString& key)
{
    return start(
        [this, password, done = std::move(done)]() mutable {
            QByteArray result = m_hasher.hash(password);
            QMetaObject::invokeMethod(
                m_context, [done = std::move(done), result] { done(result); },
                Qt::QueuedConnection);
        },
        key);
}

bool HashingPool::verify(const QByteArray& hash, const QString& password,
                         std::function<void(bool)> done, const QString& key)
{
    return start(
        [this, hash, password, done = std::move(done)]() mutable {
            const bool ok = m_hasher.verify(hash, password);
            QMetaObject::invokeMethod(
                m_context, [done = std::move(done), ok] { done(ok); }, Qt::QueuedConnection);
        },
        key);
}

} // namespace frontline::server
