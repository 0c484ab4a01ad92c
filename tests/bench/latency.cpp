#include "latency.h"

#include "loadclient.h"

#include <QElapsedTimer>

#include <algorithm>

namespace frontline::bench {

Latency latencyOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        const size_t rank = static_cast<size_t>(std::ceil(q * double(ms.size())));
        return ms[std::min(ms.size() - 1, rank == 0 ? 0 : rank - 1)];
    };
    return {at(0.5), at(0.99), ms.back()};
}

QByteArray formatLatency(const Latency& latency)
{
    return QByteArray::number(latency.p50, 'f', 1) + " / " + QByteArray::number(latency.p99, 'f', 1)
        + " ms";
}

std::vector<double> timeCalls(LoadClient& client, const QByteArray& method,
                              const QByteArray& params, int runs)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray answer = client.call(method, params);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!answer.contains("\"result\""))
            qFatal("%s failed: %s", method.constData(), answer.left(300).constData());
    }
    return ms;
}

} // namespace frontline::bench
