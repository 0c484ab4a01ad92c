#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>

#include <functional>

namespace frontline::bench {

// Starts frontline-server on `db`, listening on a free loopback port, its output in `logPath`;
// returns the port once it listens (waiting while the process lives, up to ten minutes), 0 if
// it does not. Prints how long it took to listen.
quint16 startServer(QProcess& server, const QString& binary, const QString& db,
                    const QString& logPath, const QStringList& extra = {});

// startServer, then waitForRebuilds: a server whose derived tables (rollups, search index) are
// current, for measuring it in its steady state. 0 if either does not happen.
quint16 startReadyServer(QProcess& server, const QString& binary, const QString& db,
                         const QString& logPath, const QStringList& extra = {});

// Waits until the server rebuilds nothing in the background (system.ping's `rebuilding`),
// printing when each rebuild finished, in seconds since `since`. `meanwhile` runs between
// pings (e.g. a client's calls, timed). Returns false if it takes over `timeoutS` seconds.
bool waitForRebuilds(quint16 port, const QElapsedTimer& since,
                     const std::function<void()>& meanwhile = {}, int timeoutS = 3600);

// Durable ticket.create per second (16 connections, as user0 with `password`) on a server
// started on `db` with `environment` ("NAME=value") added to its own; stopped afterwards.
double createThroughputOn(const QString& binary, const QString& db, const QString& logPath,
                          const QString& password, const QStringList& environment, int seconds);

// What a feature costs durable creates: servers with `withFeature` and with `withoutFeature`
// in their environment, run back to back `rounds` times (which goes first alternates: the
// database grows and the disk drifts within a round). The median of the per-round changes is
// steadier than the ratio of the medians on a machine whose disk speed drifts.
struct ThroughputComparison
{
    double withMedian = 0; // creates per second
    double withoutMedian = 0; // creates per second
    double medianChange = 0; // with / without - 1, the median of the rounds'
};
// Prints each round as "round N: X /s <label>, Y /s without"; `afterWith`, when given, runs
// after each server with the feature stopped (e.g. to see what it left undone).
ThroughputComparison compareCreateThroughput(const QString& binary, const QString& db,
                                             const QString& logPath, const QString& password,
                                             const QString& withFeature,
                                             const QString& withoutFeature, const QString& label,
                                             int seconds, int rounds,
                                             const std::function<void()>& afterWith = {});

} // namespace frontline::bench
