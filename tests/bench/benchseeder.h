#pragma once

#include "storage/databaseconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace frontline {
struct Ticket;
}

namespace frontline::server {
class SqlSession;
struct TicketRecord;
} // namespace frontline::server

namespace frontline::bench {

// The people BenchSeeder made: six groups (tiers 1, 1, 2, 2, 3, 3) of five agents each, 500
// requesters and the administrator.
struct Population
{
    qint64 admin = 0;
    QList<qint64> groups;
    QStringList groupNames;
    QList<int> groupTiers;
    QList<QList<qint64>> members; // per group
    QList<QStringList> memberNames;
    QList<qint64> requesters;
};

// A ticket's life after its creation, for benchmarks that read the event log (the KPI
// rollups): the seeder draws each ticket, lets shape() reshape it, stores it with its
// creation event and lets write() append the rest of its history.
class TicketHistory
{
public:
    virtual ~TicketHistory() = default;
    // Once, after the people exist (e.g. categories, calendars, SLA policies).
    virtual void prepare(server::SqlSession& session, const Population& people) = 0;
    // Ticket i as drawn (times, group, assignee, open or done): make it what its history says.
    virtual void shape(qint64 i, server::TicketRecord& record) = 0;
    // The stored ticket's events after its creation (and the rows they imply), now or later.
    virtual void write(qint64 id, const server::TicketRecord& record,
                       server::SqlSession& session) = 0;
    // After the last ticket: whatever write() left for later.
    virtual void finish(server::SqlSession& session) = 0;
};

// Fills a database with a large, realistic ticket population quickly, straight through the
// storage layer: two years of tickets over six groups, about 8% still open, most assigned,
// each with its creation event. The benchmark's agent "agent" works in two groups.
class BenchSeeder
{
public:
    // `text`, when given, writes ticket i's title and description.
    // `history`, when given, shapes each ticket and writes its events.
    static QString seed(const server::DatabaseConfig& database, qint64 tickets,
                        const QString& password,
                        const std::function<void(qint64, Ticket&)>& text = {},
                        TicketHistory* history = nullptr);
};

} // namespace frontline::bench
