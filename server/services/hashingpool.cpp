#include "hashingpool.h"

#include <QMetaObject>

namespace frontline::server {

HashingPool::HashingPool(PasswordHasher::Cost cost, QObject* context, int threads, int maxQueued)
    : m_hasher(cost)
    , m_context(context)
    , m_maxQueued(maxQueued)
{
    m_pool.setMaxThreadCount(threads);
}

HashingPool::~HashingPool()
{
    m_pool.waitForDone();
}

bool HashingPool::start(std::function<void()> work)
{
    if (m_queued.fetch_add(1) >= m_maxQueued) {
        m_queued.fetch_sub(1);
        return false;
    }
    m_pool.start([this, work = std::move(work)] {
        work();
        m_queued.fetch_sub(1);
    });
    return true;
}

bool HashingPool::hash(const QString& password, std::function<void(QByteArray)> done)
{
    return start([this, password, done = std::move(done)]() mutable {
        QByteArray result = m_hasher.hash(password);
        QMetaObject::invokeMethod(
            m_context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
    });
}

bool HashingPool::verify(const QByteArray& hash, const QString& password,
                         std::function<void(bool)> done)
{
    return start([this, hash, password, done = std::move(done)]() mutable {
        const bool ok = m_hasher.verify(hash, password);
        QMetaObject::invokeMethod(
            m_context, [done = std::move(done), ok] { done(ok); }, Qt::QueuedConnection);
    });
}

} // namespace frontline::server
