#include "searchbackfill.h"

#include "api/systemapi.h"
#include "logging.h"
#include "search/searchindexer.h"
#include "storage/dbjob.h"
#include "storage/sqlsession.h"

#include <future>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// After the writer refused a job (overloaded, storage failed): the pause before the next try.
constexpr std::chrono::seconds BackfillBackoff {1};

struct Flushed
{
    bool ok = false;
    qint64 indexed = 0;
    qint64 left = 0;
};

} // namespace

class SearchBackfill::FlushJob final : public DbJob
{
public:
    explicit FlushJob(qint64 limit)
        : m_limit(limit)
    { }
    std::future<Flushed> outcome() { return m_outcome.get_future(); }

    bool run(SqlSession& session) override
    {
        // It may run again if another job broke the transaction: each run starts afresh.
        m_result.indexed = SearchIndexer::flush(session, m_limit);
        m_result.left = SearchIndexer::backlog(session);
        return true;
    }
    void completed() override
    {
        m_result.ok = true;
        m_outcome.set_value(m_result);
    }
    void failed(JobFailure) override { m_outcome.set_value(Flushed {}); }

private:
    qint64 m_limit;
    Flushed m_result;
    std::promise<Flushed> m_outcome;
};

SearchBackfill::SearchBackfill(Submit submit, RebuildTracker& rebuilds, RebuildPacing pacing)
    : m_submit(std::move(submit))
    , m_rebuilds(rebuilds)
    , m_pacing(pacing)
{
    m_pacing.chunk = std::max(1, m_pacing.chunk);
}

SearchBackfill::~SearchBackfill()
{
    stop();
}

void SearchBackfill::start(qint64 backlog)
{
    m_rebuilds.begin(QString(api::RebuildProgress::SearchIndex), u"Search index"_s, u"rows"_s,
                     backlog);
    m_thread = std::thread([this] { run(); });
}

void SearchBackfill::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SearchBackfill::run()
{
    const QString name(api::RebuildProgress::SearchIndex);
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        // Tickets and comments: a chunk is shared between the two.
        auto job = std::make_unique<FlushJob>(std::max(1, m_pacing.chunk / 2));
        std::future<Flushed> outcome = job->outcome();
        m_submit(std::move(job));
        // The writer completes or fails every job it is given, also when it stops.
        const Flushed flushed = outcome.get();
        lock.lock();
        if (!flushed.ok) {
            qCWarning(lcServer) << "search index: a batch failed, tried again later";
            m_wake.wait_for(lock, BackfillBackoff, [this] { return m_stopping; });
            continue;
        }
        m_rebuilds.advance(name, flushed.indexed, flushed.left);
        if (flushed.left <= SearchIndexer::Batch) { // the rest: the writer's own batches
            m_rebuilds.finish(name);
            return;
        }
        if (m_pacing.pause.count() > 0)
            m_wake.wait_for(lock, m_pacing.pause, [this] { return m_stopping; });
    }
}

} // namespace frontline::server
