#pragma once

#include "auth/passwordhasher.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace frontline::server {

// Password hashing and verification off the network and storage threads. Argon2id is slow and
// memory-hard on purpose, so the pool is small and its queue bounded: a login flood is refused
// (rate limited) instead of exhausting memory or starving other work.
class HashingPool
{
public:
    HashingPool(PasswordHasher::Cost cost, QObject* context, int threads = 2, int maxQueued = 64);
    ~HashingPool();

    const PasswordHasher& hasher() const { return m_hasher; }

    // Runs `work` on the pool and `done` with its result on the context's thread; false when
    // the queue is full (nothing runs).
    bool hash(const QString& password, std::function<void(QByteArray)> done);
    bool verify(const QByteArray& hash, const QString& password, std::function<void(bool)> done);

private:
    bool start(std::function<void()> work);

    PasswordHasher m_hasher;
    QObject* m_context;
    QThreadPool m_pool;
    int m_maxQueued;
    std::atomic<int> m_queued {0};
};

} // namespace frontline::server
