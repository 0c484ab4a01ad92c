#include "readerpool.h"

#include "logging.h"
#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

ReaderPool::ReaderPool(DatabaseConfig config, int threads, int maxQueued)
    : m_config(std::move(config))
    , m_threadCount(std::max(1, threads))
    , m_maxQueued(maxQueued)
{ }

ReaderPool::~ReaderPool()
{
    stop();
}

QString ReaderPool::start()
{
    for (int i = 0; i < m_threadCount; ++i) {
        auto started = std::make_shared<std::promise<QString>>();
        std::future<QString> result = started->get_future();
        m_threads.emplace_back([this, i, started] { run(i, started); });
        const QString error = result.get();
        if (!error.isEmpty()) {
            stop();
            return error;
        }
    }
    return {};
}

void ReaderPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
    m_threads.clear();
}

void ReaderPool::submit(std::unique_ptr<DbJob> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping && static_cast<int>(m_queue.size()) < m_maxQueued) {
            m_queue.push_back(std::move(job));
            m_wake.notify_one();
            return;
        }
    }
    job->failed(JobFailure::Overloaded);
}

void ReaderPool::run(int index, std::shared_ptr<std::promise<QString>> started)
{
    auto opened = SqlSession::open(m_config, u"frontline-reader-"_s + QString::number(index));
    if (!opened) {
        started->set_value(opened.error());
        return;
    }
    std::unique_ptr<SqlSession> session = std::move(opened).value();
    started->set_value(QString());

    for (;;) {
        std::unique_ptr<DbJob> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        try {
            session->beginRead();
            job->run(*session);
            session->commit();
            job->completed();
        } catch (const DbException& e) {
            qCWarning(lcStorage) << "read job failed:" << e.describe();
            session->rollback();
            job->failed(JobFailure::Internal);
        }
    }
}

int ReaderPool::queued()
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_queue.size());
}

} // namespace frontline::server
