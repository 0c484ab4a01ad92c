#pragma once

#include "storage/rebuildtracker.h"

#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace frontline::server {

class DbJob;

// Indexes a large search backlog in the background (SQLite): the rows an upgrade, the demo
// data or a bulk import left unindexed. One bounded flush (SearchIndexer::flush) per writer
// job, so live writes wait behind at most one of them; progress goes to the RebuildTracker.
// Searches stay correct meanwhile: rows above the marks are matched from their text
// (SearchIndex). The marks commit with the rows they cover, so a restart resumes.
class SearchBackfill
{
public:
    using Submit = std::function<void(std::unique_ptr<DbJob>)>;

    SearchBackfill(Submit submit, RebuildTracker& rebuilds, RebuildPacing pacing);
    ~SearchBackfill();
    SearchBackfill(const SearchBackfill&) = delete;
    SearchBackfill& operator=(const SearchBackfill&) = delete;

    // Starts indexing `backlog` rows (counted at start-up).
    void start(qint64 backlog);
    // Stops after the job in flight; call it while the writer still runs.
    void stop();

private:
    class FlushJob;
    void run();

    Submit m_submit;
    RebuildTracker& m_rebuilds;
    RebuildPacing m_pacing;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace frontline::server
