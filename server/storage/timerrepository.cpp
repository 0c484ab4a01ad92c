#include "timerrepository.h"

#include "storage/sqlsession.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {

void TimerRepository::schedule(qint64 ticketId, qint64 ruleId, qint64 dueAt)
{
    Statement upsert = m_session.prepare(
        u"INSERT INTO rule_timers (ticket_id, rule_id, due_at) VALUES (?, ?, ?) "
        "ON CONFLICT (ticket_id, rule_id) DO UPDATE SET due_at = excluded.due_at"_s);
    upsert.bind(ticketId).bind(ruleId).bind(dueAt);
    upsert.exec();
}

void TimerRepository::scheduleMany(qint64 ticketId, const QList<std::pair<qint64, qint64>>& timers)
{
    constexpr qsizetype Chunk = 8;
    for (qsizetype from = 0; from < timers.size(); from += Chunk) {
        const qsizetype count = std::min(Chunk, timers.size() - from);
        QString sql = u"INSERT INTO rule_timers (ticket_id, rule_id, due_at) VALUES "_s;
        for (qsizetype i = 0; i < count; ++i)
            sql += i == 0 ? u"(?, ?, ?)"_s : u", (?, ?, ?)"_s;
        sql += u" ON CONFLICT (ticket_id, rule_id) DO UPDATE SET due_at = excluded.due_at"_s;
        Statement upsert = m_session.prepare(sql);
        for (qsizetype i = from; i < from + count; ++i)
            upsert.bind(ticketId).bind(timers[i].first).bind(timers[i].second);
        upsert.exec();
    }
}

void TimerRepository::cancelTicket(qint64 ticketId)
{
    Statement remove = m_session.prepare(u"DELETE FROM rule_timers WHERE ticket_id = ?"_s);
    remove.bind(ticketId);
    remove.exec();
}

QList<TimerRepository::RuleTimer> TimerRepository::dueRuleTimers(qint64 now, int limit)
{
    QList<RuleTimer> timers;
    Statement query = m_session.prepare(u"SELECT ticket_id, rule_id, due_at FROM rule_timers "
                                        "WHERE due_at <= ? ORDER BY due_at LIMIT ?"_s);
    query.bind(now).bind(limit);
    query.exec();
    while (query.next())
        timers.append({query.int64(0), query.int64(1), query.int64(2)});
    return timers;
}

bool TimerRepository::take(const RuleTimer& timer)
{
    Statement remove = m_session.prepare(
        u"DELETE FROM rule_timers WHERE ticket_id = ? AND rule_id = ? AND due_at = ?"_s);
    remove.bind(timer.ticketId).bind(timer.ruleId).bind(timer.dueAt);
    remove.exec();
    return remove.rowsAffected() == 1;
}

QList<qint64> TimerRepository::dueSlaTickets(qint64 now, int limit)
{
    QList<qint64> ids;
    Statement query = m_session.prepare(u"SELECT id FROM tickets WHERE sla_wake_at IS NOT NULL "
                                        "AND sla_wake_at <= ? ORDER BY sla_wake_at LIMIT ?"_s);
    query.bind(now).bind(limit);
    query.exec();
    while (query.next())
        ids.append(query.int64(0));
    return ids;
}

bool TimerRepository::claimSla(qint64 ticketId, qint64 now)
{
    Statement query = m_session.prepare(
        u"SELECT id FROM tickets WHERE id = ? AND sla_wake_at IS NOT NULL AND sla_wake_at <= ?"_s
        + (m_session.isSqlite() ? QString() : u" FOR UPDATE"_s));
    query.bind(ticketId).bind(now);
    query.exec();
    return query.next();
}

std::optional<qint64> TimerRepository::nextDue()
{
    std::optional<qint64> next;
    Statement sla = m_session.prepare(u"SELECT sla_wake_at FROM tickets WHERE sla_wake_at IS NOT "
                                      "NULL ORDER BY sla_wake_at LIMIT 1"_s);
    sla.exec();
    if (sla.next())
        next = sla.int64(0);
    Statement rules =
        m_session.prepare(u"SELECT due_at FROM rule_timers ORDER BY due_at LIMIT 1"_s);
    rules.exec();
    if (rules.next() && (!next || rules.int64(0) < *next))
        next = rules.int64(0);
    return next;
}

int TimerRepository::pendingRuleTimers(qint64 ticketId)
{
    Statement query = m_session.prepare(u"SELECT COUNT(*) FROM rule_timers WHERE ticket_id = ?"_s);
    query.bind(ticketId);
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

} // namespace frontline::server
