#pragma once

#include "auth/principal.h"
#include "services/outcome.h"

#include <QObject>

#include <functional>
#include <memory>

namespace frontline::server {

class GroupCommitWriter;
class ReaderPool;
class ResultInbox;
class SqlSession;
struct WorkflowConfig;
class WorkflowStore;

// What a service call sees when it runs on a storage thread.
struct JobScope
{
    SqlSession& session;
    const Principal& principal;
    qint64 now;
    const WorkflowConfig& workflow;
};

// Runs service calls on the storage threads and hands their results back on the thread of
// `context` (the network thread), through a ResultInbox: reads on the reader pool, writes
// through the group-commit writer, where the answer comes only after the commit is durable.
class JobRunner
{
public:
    using Work = std::function<ServiceResult(JobScope&)>;
    using Done = std::function<void(ServiceResult)>;

    JobRunner(GroupCommitWriter& writer, ReaderPool& readers, const WorkflowStore& workflow,
              QObject* context, std::function<qint64()> clock);
    ~JobRunner();

    // Work done in the transaction of every write that succeeded, before its commit: webhooks
    // queue the deliveries of the write's push events there (WebhookQueue). `inTransaction`
    // returns true when it wrote something; `committed` is then called once the commit is
    // durable (on the writer's thread). Set before the first job.
    struct WriteHook
    {
        std::function<bool(SqlSession&, const Outcome&, qint64 now)> inTransaction;
        std::function<void()> committed;
    };
    void setWriteHook(WriteHook hook);

    // Each job sees the workflow configuration current when it was submitted.
    void read(Principal principal, Work work, Done done);
    void write(Principal principal, Work work, Done done);
    bool writesFailed() const;

private:
    GroupCommitWriter& m_writer;
    const WorkflowStore& m_workflow;
    ReaderPool& m_readers;
    std::unique_ptr<ResultInbox> m_inbox; // on the context's thread
    std::function<qint64()> m_clock;
    std::shared_ptr<const WriteHook> m_writeHook;
};

} // namespace frontline::server
