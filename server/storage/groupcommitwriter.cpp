#include "groupcommitwriter.h"

#include "logging.h"
#include "storage/sqlsession.h"

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace frontline::server {

GroupCommitWriter::GroupCommitWriter(DatabaseConfig config, int maxBatch, int maxQueued)
    : m_config(std::move(config))
    , m_maxBatch(maxBatch)
    , m_maxQueued(maxQueued)
{ }

GroupCommitWriter::~GroupCommitWriter()
{
    stop();
}

QString GroupCommitWriter::start()
{
    auto started = std::make_shared<std::promise<QString>>();
    std::future<QString> result = started->get_future();
    m_thread = std::thread([this, started] { run(started); });
    QString error = result.get();
    if (!error.isEmpty()) {
        m_thread.join();
    }
    return error;
}

void GroupCommitWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void GroupCommitWriter::submit(std::unique_ptr<DbJob> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_failed && !m_stopping && static_cast<int>(m_queue.size()) < m_maxQueued) {
            m_queue.push_back(std::move(job));
            m_wake.notify_one();
            return;
        }
    }
    job->failed(m_failed || m_stopping ? JobFailure::StorageUnavailable : JobFailure::Overloaded);
}

GroupCommitWriter::Stats GroupCommitWriter::stats() const
{
    std::lock_guard lock(m_mutex);
    Stats stats = m_stats;
    stats.queued = m_queue.size();
    return stats;
}

void GroupCommitWriter::run(std::shared_ptr<std::promise<QString>> started)
{
    auto opened = SqlSession::open(m_config, u"frontline-writer"_s);
    if (!opened) {
        started->set_value(opened.error());
        return;
    }
    m_session = std::move(opened).value();
    if (m_sessionHook)
        m_sessionHook(*m_session);
    started->set_value(QString());

    bool deferredPending = false; // a batch committed since the deferred work last ran idle
    for (;;) {
        std::deque<std::unique_ptr<DbJob>> batch;
        {
            std::unique_lock lock(m_mutex);
            const auto ready = [this] { return m_stopping || !m_queue.empty(); };
            if (m_disconnected && !m_failed) {
                if (!m_wake.wait_for(lock, std::chrono::milliseconds(ReconnectMs), ready)) {
                    lock.unlock();
                    tryReconnect();
                    continue;
                }
            } else if (deferredPending && !m_failed) {
                if (!m_wake.wait_for(lock, std::chrono::milliseconds(IdleMs), ready)) {
                    lock.unlock();
                    runDeferred(true);
                    deferredPending = false;
                    continue;
                }
            } else {
                m_wake.wait(lock, ready);
            }
            if (m_queue.empty() && m_stopping) {
                lock.unlock();
                if (deferredPending && !m_failed)
                    runDeferred(true);
                break;
            }
            while (!m_queue.empty() && static_cast<int>(batch.size()) < m_maxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        if (m_failed) {
            for (auto& job : batch)
                job->failed(JobFailure::StorageUnavailable);
            continue;
        }
        runBatch(batch);
        deferredPending = static_cast<bool>(m_deferred);
    }
    m_session.reset();
}

void GroupCommitWriter::runBatch(std::deque<std::unique_ptr<DbJob>>& batch)
{
    static const QString savepoint = u"frontline_job"_s;
    // Repeats when a job breaks the transaction with an unexpected SQL error: that job fails
    // alone and the others run again in a fresh transaction (none was acknowledged yet).
    while (!batch.empty()) {
        try {
            m_session->begin();
        } catch (const DbException& e) {
            storageLost(u"cannot begin a transaction: "_s + e.describe());
            for (auto& job : batch)
                job->failed(JobFailure::StorageUnavailable);
            return;
        }
        if (m_disconnected.exchange(false))
            qCInfo(lcStorage) << "the database is back; taking writes again";
        bool restart = false;
        for (auto it = batch.begin(); it != batch.end(); ++it) {
            if (!*it)
                continue; // failed alone earlier in this batch
            DbJob& job = **it;
            try {
                m_session->savepoint(savepoint);
                if (!job.run(*m_session))
                    m_session->rollbackToSavepoint(savepoint);
                m_session->releaseSavepoint(savepoint);
            } catch (const DbException& e) {
                qCWarning(lcStorage) << "write job failed:" << e.describe();
                if (e.isConstraintViolation()) {
                    // The statement failed alone; the transaction is intact.
                    m_session->rollbackToSavepoint(savepoint);
                    try {
                        m_session->releaseSavepoint(savepoint);
                    } catch (const DbException&) { }
                    job.failed(JobFailure::Internal);
                    it->reset();
                    continue;
                }
                m_session->rollback();
                job.failed(JobFailure::Internal);
                batch.erase(it);
                restart = true;
                break;
            }
        }
        if (restart)
            continue;
        std::erase_if(batch, [](const auto& job) { return !job; });
        if (m_deferred)
            runDeferred(false);
        const auto commitStart = std::chrono::steady_clock::now();
        try {
            m_session->commit();
        } catch (const DbException& e) {
            m_session->rollback();
            // Not acknowledged: on PostgreSQL the commit may or may not have happened.
            storageLost(u"commit failed: "_s + e.describe());
            for (auto& job : batch)
                job->failed(JobFailure::StorageUnavailable);
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            const auto size = static_cast<quint64>(batch.size());
            ++m_stats.batches;
            m_stats.jobs += size;
            m_stats.largestBatch = std::max(m_stats.largestBatch, size);
            const auto micros =
                static_cast<quint64>(std::chrono::duration_cast<std::chrono::microseconds>(
                                         std::chrono::steady_clock::now() - commitStart)
                                         .count());
            const auto bucket = [](const auto& bounds, quint64 value) {
                return std::lower_bound(bounds.begin(), bounds.end(), value) - bounds.begin();
            };
            ++m_stats.batchSizes[bucket(BatchBounds, size)];
            ++m_stats.commitMicros[bucket(CommitMicrosBounds, micros)];
            m_stats.commitMicrosSum += micros;
        }
        for (auto& job : batch)
            job->completed();
        return;
    }
}

void GroupCommitWriter::runDeferred(bool idle)
{
    if (idle) {
        try {
            m_session->begin();
            m_deferred(*m_session, true);
            m_session->commit();
        } catch (const DbException& e) {
            m_session->rollback();
            qCWarning(lcStorage) << "deferred work failed, offered again later:" << e.describe();
        }
        return;
    }
    static const QString savepoint = u"frontline_deferred"_s;
    try {
        m_session->savepoint(savepoint);
        m_deferred(*m_session, false);
        m_session->releaseSavepoint(savepoint);
    } catch (const DbException& e) {
        qCWarning(lcStorage) << "deferred work failed, offered again later:" << e.describe();
        m_session->rollbackToSavepoint(savepoint);
        try {
            m_session->releaseSavepoint(savepoint);
        } catch (const DbException&) { }
    }
}

void GroupCommitWriter::storageLost(const QString& reason)
{
    if (m_session->isSqlite() || connectionAlive()) {
        // Something other than a lost connection broke a transaction: what was written is
        // uncertain, so nothing more is acknowledged until an operator looks.
        enterFailedState(reason);
        return;
    }
    // PostgreSQL keeps its own promises across its failures (it recovers from its WAL, and
    // stops rather than go on after a failed fsync): a lost connection is an outage to wait
    // out. Writes fail as unavailable until a transaction begins again (SqlSession
    // reconnects); the writer tries every ReconnectMs meanwhile, so that system.ping says
    // `writable` again without waiting for a write.
    if (!m_disconnected.exchange(true)) {
        qCCritical(lcStorage).noquote()
            << "the database is unavailable; refusing writes until it is back:" << reason;
    }
}

bool GroupCommitWriter::connectionAlive()
{
    try {
        m_session->execute(u"SELECT 1"_s);
        return true;
    } catch (const DbException&) {
        return false;
    }
}

void GroupCommitWriter::tryReconnect()
{
    try {
        m_session->begin();
        m_session->commit();
    } catch (const DbException&) {
        m_session->rollback();
        return;
    }
    m_disconnected = false;
    qCInfo(lcStorage) << "the database is back; taking writes again";
}

void GroupCommitWriter::enterFailedState(const QString& reason)
{
    if (!m_failed.exchange(true)) {
        qCCritical(lcStorage).noquote()
            << "storage failure; refusing further writes until restarted:" << reason;
    }
    std::deque<std::unique_ptr<DbJob>> queued;
    {
        std::lock_guard lock(m_mutex);
        queued.swap(m_queue);
    }
    for (auto& job : queued)
        job->failed(JobFailure::StorageUnavailable);
}

} // namespace frontline::server
