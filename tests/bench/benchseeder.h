#pragma once

#include "storage/databaseconfig.h"

#include <QString>

#include <functional>

namespace frontline {
struct Ticket;
}

namespace frontline::bench {

// Fills a database with a large, realistic ticket population quickly, straight through the
// storage layer: two years of tickets over six groups, about 8% still open, most assigned,
// each with its creation event. The benchmark's agent "agent" works in two groups.
class BenchSeeder
{
public:
    // `text`, when given, writes ticket i's title and description.
    static QString seed(const server::DatabaseConfig& database, qint64 tickets,
                        const QString& password,
                        const std::function<void(qint64, Ticket&)>& text = {});
};

} // namespace frontline::bench
