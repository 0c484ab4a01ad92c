#pragma once

#include "auth/passwordhasher.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace frontline::server {

// Password hashing and verification off the network and storage threads. Argon2id is slow and
// memory-hard on purpose, so the pool is small and its queue bounded: a login flood is refused
// (rate limited) instead of exhausting memory or starving other work. Work may name who asks
// (the client's address); one such key holds at most maxPerKey places, so that one address
// cannot fill the queue and refuse everybody else.
class HashingPool
{
public:
    HashingPool(PasswordHasher::Cost cost, QObject* context, int threads = 2, int maxQueued = 64,
                int maxPerKey = 8);
    ~HashingPool();

    const PasswordHasher& hasher() const { return m_hasher; }

    // Runs `work` on the pool and `done` with its result on the context's thread; false when
    // the queue is full, or holds maxPerKey works of `key` already (nothing runs).
    bool hash(const QString& password, std::function<void(QByteArray)> done,
              const QString& key = {});
    bool verify(const QByteArray& hash, const QString& password, std::function<void(bool)> done,
                const QString& key = {});

private:
    bool start(std::function<void()> work, const QString& key);
    void finished(const QString& key);

    PasswordHasher m_hasher;
    QObject* m_context;
    QThreadPool m_pool;
    int m_maxQueued;
    int m_maxPerKey;
    QMutex m_mutex; // guards m_queued and m_perKey
    int m_queued = 0;
    QHash<QString, int> m_perKey;
};

} // namespace frontline::server
