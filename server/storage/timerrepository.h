#pragma once

#include <QList>

#include <optional>

namespace frontline::server {

class SqlSession;

// The scheduler's two indexes: each open ticket's next SLA change (tickets.sla_wake_at) and
// the pending timers of time-based rules (rule_timers). Every query is an index seek.
class TimerRepository
{
public:
    struct RuleTimer
    {
        qint64 ticketId = 0;
        qint64 ruleId = 0;
        qint64 dueAt = 0;
    };

    explicit TimerRepository(SqlSession& session)
        : m_session(session)
    { }

    // Starts or restarts the timer of (ticket, rule).
    void schedule(qint64 ticketId, qint64 ruleId, qint64 dueAt);
    // Several timers of one ticket in one statement: (rule, due) pairs.
    void scheduleMany(qint64 ticketId, const QList<std::pair<qint64, qint64>>& timers);
    void cancelTicket(qint64 ticketId);
    QList<RuleTimer> dueRuleTimers(qint64 now, int limit);
    // Removes a timer that is still the one that fell due; false if it was moved or taken.
    bool take(const RuleTimer& timer);
    QList<qint64> dueSlaTickets(qint64 now, int limit);
    // Claims a ticket whose SLA change fell due for this transaction: false if another
    // server's round changed it meanwhile (PostgreSQL: the row is locked until the commit, and
    // a round that waited for it sees the moved sla_wake_at), so no change is applied twice.
    bool claimSla(qint64 ticketId, qint64 now);
    // The earliest instant anything is due, from the two indexes.
    std::optional<qint64> nextDue();
    int pendingRuleTimers(qint64 ticketId);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
