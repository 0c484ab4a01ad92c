#pragma once

#include <QByteArray>

#include <vector>

namespace frontline::bench {

class LoadClient;

// Round-trip times in milliseconds, summarised.
struct Latency
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

// Percentiles by nearest rank; `ms` must not be empty.
Latency latencyOf(std::vector<double> ms);
// "p50 / p99 ms" with one decimal.
QByteArray formatLatency(const Latency& latency);
// Calls `method` `runs` times and returns each round trip; a call that fails ends the program.
std::vector<double> timeCalls(LoadClient& client, const QByteArray& method,
                              const QByteArray& params, int runs);

} // namespace frontline::bench
