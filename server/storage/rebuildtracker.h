#pragma once

#include "api/systemapi.h"

#include <QList>
#include <QString>

#include <chrono>
#include <map>
#include <mutex>

namespace frontline::server {

// How a background rebuild goes: rows or events per pass (bounds each pass's memory and how
// long the writer spends applying it), and a pause between passes to leave the database to
// others (--rebuild-batch, --rebuild-pause).
struct RebuildPacing
{
    static constexpr int DefaultChunk = 10000;
    int chunk = DefaultChunk;
    std::chrono::milliseconds pause {0};
};

// What the server is rebuilding in the background — the derived tables (KPI rollups, search
// index) that an upgrade emptied or that data written outside the server left behind — and
// how far each has come. The server serves while they rebuild; system.ping and the reports
// say so from here. The rate is measured, not assumed: the remaining time is what is left at
// the speed seen so far, and the log says it every `LogEvery`.
// Thread-safe: the workers report, the method handlers read.
class RebuildTracker
{
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::seconds LogEvery {10};

    // `what` names it in the log ("KPI rollups"), `unit` what it counts ("events").
    void begin(const QString& name, const QString& what, const QString& unit, qint64 total);
    // `done` more are finished; `left` still wait (the total grows with new work).
    void advance(const QString& name, qint64 done, qint64 left);
    void finish(const QString& name);

    bool running(const QString& name) const;
    std::optional<api::RebuildProgress> progress(const QString& name) const;
    QList<api::RebuildProgress> all() const;

private:
    struct Rebuild
    {
        QString what;
        QString unit;
        qint64 done = 0;
        qint64 total = 0;
        Clock::time_point started;
        Clock::time_point logged;
    };
    static api::RebuildProgress describe(const QString& name, const Rebuild& r,
                                         Clock::time_point now);
    static QString line(const Rebuild& r, const api::RebuildProgress& p);

    mutable std::mutex m_mutex;
    std::map<QString, Rebuild> m_rebuilds;
};

} // namespace frontline::server
