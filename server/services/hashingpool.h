#pragma once

#include "auth/passwordhasher.h"

#include <QHash>
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

// Password hashing and verification off the network and storage threads. Argon2id is slow and
// memory-hard on purpose, so the pool is small and its queue bounded: a login flood is refused
// (rate limited) instead of exhausting memory or starving other work. Work may name who asks
// (the client's address); one such key holds at most maxPerKey places, so that one address
// cannot fill the queue and refuse everybody else. Its own threads and queue, and a ResultInbox
// for the answers: every hand-over between threads is under a lock ThreadSanitizer sees.
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
    struct Task
    {
        std::function<void()> work;
        QString key;
    };

    bool start(std::function<void()> work, const QString& key);
    void run();

    PasswordHasher m_hasher;
    std::unique_ptr<ResultInbox> m_inbox; // on the context's thread
    int m_maxQueued;
    int m_maxPerKey;
    std::mutex m_mutex; // guards everything below
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_stopping = false;
    int m_queued = 0; // queued or running
    QHash<QString, int> m_perKey;
    std::vector<std::thread> m_threads;
};

} // namespace frontline::server
