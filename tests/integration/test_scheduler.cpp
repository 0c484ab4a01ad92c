// The scheduler that fires SLA deadlines and rule timers: a change tells it of a new deadline
// (hint) while it is reading the indexes for its next wake-up. That read may have started
// before the change committed, so the deadline must be kept from the hint, or it would wait
// for the next look at the indexes (a minute later) — a breach told late.
#include "app/scheduler.h"
#include "rpc/eventbus.h"
#include "services/jobrunner.h"
#include "storage/groupcommitwriter.h"
#include "storage/readerpool.h"
#include "testsession.h"
#include "workflow/workflowconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class SchedulerTest : public ::testing::TestWithParam<TestBackend>
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<TestDatabase>(GetParam());
        FRONTLINE_REQUIRE_DATABASE(*m_database);
        ASSERT_TRUE(openMigrated(*m_database, u"scheduler-test"_s)); // then closed
        auto config = DatabaseConfig::parse(m_database->spec());
        ASSERT_TRUE(config.ok());
        m_config = *config;
        m_writer = std::make_unique<GroupCommitWriter>(m_config);
        m_readers = std::make_unique<ReaderPool>(m_config, 2);
        ASSERT_EQ(m_writer->start(), QString());
        ASSERT_EQ(m_readers->start(), QString());
        m_jobs = std::make_unique<JobRunner>(*m_writer, *m_readers, m_workflow, &m_context,
                                             [] { return QDateTime::currentMSecsSinceEpoch(); });
    }

    // As the server stops: the writer and the readers finish what is queued (their jobs use
    // the job runner), then the runner goes, and with it any answer not yet handed over, then
    // the scheduler those answers were for.
    void TearDown() override
    {
        if (m_writer)
            m_writer->stop();
        if (m_readers)
            m_readers->stop();
        m_jobs.reset();
        m_scheduler.reset();
    }

    std::unique_ptr<TestDatabase> m_database;
    DatabaseConfig m_config;
    WorkflowStore m_workflow;
    QObject m_context;
    EventBus m_events;
    std::unique_ptr<GroupCommitWriter> m_writer;
    std::unique_ptr<ReaderPool> m_readers;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<Scheduler> m_scheduler;
};

} // namespace

TEST_P(SchedulerTest, ADeadlineHintedWhileItReadsItsIndexesIsKept)
{
    m_scheduler = std::make_unique<Scheduler>(*m_jobs, m_events, m_config,
                                              [] { return QDateTime::currentMSecsSinceEpoch(); });
    Scheduler& scheduler = *m_scheduler;
    int rounds = 0;
    QObject counting; // gone with this body: the scheduler outlives it, until TearDown
    QObject::connect(&scheduler, &Scheduler::roundFinished, &counting, [&rounds] { ++rounds; });
    // start() reads the indexes (nothing is due: it would sleep a minute); the hint comes
    // while that read is on its way, since its answer is handed over by this thread's loop.
    scheduler.start();
    scheduler.hint(QDateTime::currentMSecsSinceEpoch() + 100);
    const QDeadlineTimer deadline(10000);
    while (rounds == 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    EXPECT_GT(rounds, 0) << "the hinted deadline was dropped";
    scheduler.stop();
}

INSTANTIATE_TEST_SUITE_P(Backends, SchedulerTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
