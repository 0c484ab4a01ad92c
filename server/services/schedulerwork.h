#pragma once

#include "auth/principal.h"
#include "services/outcome.h"

#include <optional>

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// One round of the scheduler, inside one write transaction: the tickets whose SLA state
// changes now (warning, breach) and the time-rule timers that fell due, at most `limit` of
// each, earliest first. A timer is deleted in the transaction that applies its rule, so a
// crash before the commit leaves it pending and a crash after leaves it done: exactly once.
class SchedulerWork
{
public:
    SchedulerWork(SqlSession& session, const WorkflowConfig& workflow, qint64 now);

    // Result: {"sla": n, "timers": n, "more": bool}; the events to push with it.
    ServiceResult runDue(int limit);
    // The earliest instant anything is due (a read).
    static std::optional<qint64> nextDue(SqlSession& session);

private:
    int processSla(qint64 ticketId, Outcome& outcome);
    int processTimer(qint64 ticketId, qint64 ruleId, qint64 dueAt, Outcome& outcome);
    const Principal& automation(); // who the scheduler acts as, looked up once per round

    SqlSession& m_session;
    const WorkflowConfig& m_workflow;
    qint64 m_now;
    std::optional<Principal> m_automation;
};

} // namespace frontline::server
