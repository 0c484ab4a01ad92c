#include "jobrunner.h"

#include "services/resultinbox.h"
#include "storage/dbjob.h"
#include "storage/groupcommitwriter.h"
#include "storage/readerpool.h"
#include "storage/sqlsession.h"
#include "workflow/workflowconfig.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

class ServiceJob final : public DbJob
{
public:
    ServiceJob(Principal principal, std::shared_ptr<const WorkflowConfig> workflow,
               JobRunner::Work work, JobRunner::Done done, ResultInbox::Sender inbox,
               const std::function<qint64()>& clock,
               std::shared_ptr<const JobRunner::WriteHook> hook = nullptr)
        : m_principal(std::move(principal))
        , m_workflow(std::move(workflow))
        , m_work(std::move(work))
        , m_done(std::move(done))
        , m_inbox(std::move(inbox))
        , m_clock(clock)
        , m_hook(std::move(hook))
    { }

    bool run(SqlSession& session) override
    {
        JobScope scope {session, m_principal, m_clock(), *m_workflow};
        m_result.emplace(m_work(scope));
        m_hooked = false;
        if (m_result->ok() && m_hook && m_hook->inTransaction && !(*m_result)->events.isEmpty())
            m_hooked = m_hook->inTransaction(session, **m_result, scope.now);
        return m_result->ok();
    }

    void completed() override
    {
        if (m_hooked && m_hook->committed)
            m_hook->committed();
        post(std::move(*m_result));
    }

    void failed(JobFailure failure) override
    {
        switch (failure) {
        case JobFailure::Internal:
            post(rpc::RpcError::internal());
            break;
        case JobFailure::StorageUnavailable:
            post(rpc::RpcError::unavailable(u"storage_failed"_s));
            break;
        case JobFailure::Overloaded:
            post(rpc::RpcError::rateLimited(1000));
            break;
        }
    }

private:
    // The result and the callback cross to the network thread only inside the inbox's lock.
    void post(ServiceResult result)
    {
        m_inbox.post([done = std::move(m_done), result = std::move(result)]() mutable {
            done(std::move(result));
        });
    }

    Principal m_principal;
    std::shared_ptr<const WorkflowConfig> m_workflow;
    JobRunner::Work m_work;
    JobRunner::Done m_done;
    ResultInbox::Sender m_inbox;
    const std::function<qint64()>& m_clock;
    std::optional<ServiceResult> m_result;
    std::shared_ptr<const JobRunner::WriteHook> m_hook; // writes only
    bool m_hooked = false;
};

} // namespace

JobRunner::JobRunner(GroupCommitWriter& writer, ReaderPool& readers, const WorkflowStore& workflow,
                     QObject* context, std::function<qint64()> clock)
    : m_writer(writer)
    , m_workflow(workflow)
    , m_readers(readers)
    , m_inbox(std::make_unique<ResultInbox>())
    , m_clock(std::move(clock))
{
    if (context && context->thread() != m_inbox->thread())
        m_inbox->moveToThread(context->thread());
}

JobRunner::~JobRunner() = default;

void JobRunner::read(Principal principal, Work work, Done done)
{
    m_readers.submit(std::make_unique<ServiceJob>(std::move(principal), m_workflow.current(),
                                                  std::move(work), std::move(done),
                                                  m_inbox->sender(), m_clock));
}

void JobRunner::setWriteHook(WriteHook hook)
{
    m_writeHook = std::make_shared<const WriteHook>(std::move(hook));
}

void JobRunner::write(Principal principal, Work work, Done done)
{
    m_writer.submit(std::make_unique<ServiceJob>(std::move(principal), m_workflow.current(),
                                                 std::move(work), std::move(done),
                                                 m_inbox->sender(), m_clock, m_writeHook));
}

bool JobRunner::writesFailed() const
{
    return m_writer.isFailed();
}

} // namespace frontline::server
