#pragma once

#include "storage/databaseconfig.h"
#include "storage/dbjob.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace frontline::server {

// Threads that run read jobs concurrently, each on its own connection and each job in its own
// read transaction (a consistent snapshot). With SQLite in WAL mode they never wait for the
// writer; with PostgreSQL each is a separate backend.
class ReaderPool
{
public:
    ReaderPool(DatabaseConfig config, int threads, int maxQueued = 50000);
    ~ReaderPool();
    ReaderPool(const ReaderPool&) = delete;
    ReaderPool& operator=(const ReaderPool&) = delete;

    QString start();
    void stop();
    void submit(std::unique_ptr<DbJob> job);
    // Jobs waiting for a reader (/metrics).
    int queued();

private:
    void run(int index, std::shared_ptr<std::promise<QString>> started);

    DatabaseConfig m_config;
    int m_threadCount;
    int m_maxQueued;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::unique_ptr<DbJob>> m_queue;
    bool m_stopping = false;
};

} // namespace frontline::server
