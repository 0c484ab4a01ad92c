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
    // What a round did (runDue's result, read back by the Scheduler).
    struct Round
    {
        int sla = 0; // tickets whose SLA state changed
        int timers = 0; // time rules that fired
        qint64 processed = 0; // tickets and timers looked at
        bool more = false; // a full batch: more may be due now

        QJsonObject toJson() const;
        static Round fromJson(const QJsonValue& value);
        bool operator==(const Round&) const = default;
    };

    SchedulerWork(SqlSession& session, const WorkflowConfig& workflow, qint64 now);

    // Result: a Round; the events to push with it.
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
