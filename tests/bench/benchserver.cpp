#include "benchserver.h"

#include "api/systemapi.h"
#include "loadclient.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;

namespace frontline::bench {

quint16 startServer(QProcess& server, const QString& binary, const QString& db,
                    const QString& logPath, const QStringList& extra)
{
    server.setStandardOutputFile(logPath);
    server.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    server.start(binary, QStringList {u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s} + extra);
    static const QRegularExpression listening(u"listening on [^\\s]+:(\\d+)"_s);
    while (timer.elapsed() < 600000) {
        if (server.waitForFinished(20))
            return 0; // it ended without listening
        QFile log(logPath);
        if (!log.open(QIODevice::ReadOnly))
            continue;
        const auto match = listening.match(QString::fromUtf8(log.readAll()));
        if (match.hasMatch()) {
            QTextStream(stdout) << "  the server listened after " << timer.elapsed() << " ms"
                                << Qt::endl;
            return static_cast<quint16>(match.captured(1).toUInt());
        }
    }
    return 0;
}

quint16 startReadyServer(QProcess& server, const QString& binary, const QString& db,
                         const QString& logPath, const QStringList& extra)
{
    QElapsedTimer since;
    since.start();
    const quint16 port = startServer(server, binary, db, logPath, extra);
    if (port == 0 || !waitForRebuilds(port, since))
        return 0;
    return port;
}

bool waitForRebuilds(quint16 port, const QElapsedTimer& since,
                     const std::function<void()>& meanwhile, int timeoutS)
{
    QTextStream out(stdout);
    // A connection that does not log in is closed after --login-deadline: each ping that
    // finds it closed asks again on a new one.
    std::unique_ptr<LoadClient> client;
    const auto ask = [&]() -> std::optional<api::PingResult> {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!client) {
                client = std::make_unique<LoadClient>();
                if (!client->connectTo(port))
                    return std::nullopt;
            }
            const QJsonObject answer = client->callJson("system.ping", {});
            if (answer.contains("result"_L1))
                return api::PingResult::fromJson(answer.value("result"_L1));
            client.reset();
        }
        return std::nullopt;
    };
    std::set<QString> seen;
    QElapsedTimer printed;
    printed.start();
    while (since.elapsed() < qint64(timeoutS) * 1000) {
        const std::optional<api::PingResult> answered = ask();
        if (!answered)
            return false;
        const api::PingResult& ping = *answered;
        std::set<QString> running;
        for (const api::RebuildProgress& p : ping.rebuilding) {
            running.insert(p.name);
            seen.insert(p.name);
            if (printed.elapsed() >= 10000) {
                out << "  " << since.elapsed() / 1000 << " s: " << p.name << " "
                    << QString::number(p.fraction() * 100.0, 'f', 1) << " % (" << p.done << " of "
                    << p.total << ")" << Qt::endl;
            }
        }
        if (printed.elapsed() >= 10000)
            printed.restart();
        for (auto it = seen.begin(); it != seen.end();) {
            if (!running.contains(*it)) {
                out << "  " << *it << " rebuilt after "
                    << QString::number(double(since.elapsed()) / 1000.0, 'f', 1) << " s"
                    << Qt::endl;
                it = seen.erase(it);
            } else {
                ++it;
            }
        }
        if (ping.rebuilding.isEmpty())
            return true;
        if (meanwhile)
            meanwhile();
        else
            QThread::msleep(100);
    }
    return false;
}

double createThroughputOn(const QString& binary, const QString& db, const QString& logPath,
                          const QString& password, const QStringList& environment, int seconds)
{
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& setting : environment)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    server.setProcessEnvironment(env);
    const quint16 port = startReadyServer(server, binary, db, logPath);
    if (port == 0)
        qFatal("the server did not start (see %s)", qPrintable(logPath));
    const double perSecond =
        createThroughput(port, sessionToken(port, u"user0"_s, password), 16, seconds);
    server.terminate();
    server.waitForFinished(120000);
    return perSecond;
}

ThroughputComparison compareCreateThroughput(const QString& binary, const QString& db,
                                             const QString& logPath, const QString& password,
                                             const QString& withFeature,
                                             const QString& withoutFeature, const QString& label,
                                             int seconds, int rounds,
                                             const std::function<void()>& afterWith)
{
    QTextStream out(stdout);
    std::vector<double> with;
    std::vector<double> without;
    std::vector<double> changes;
    const auto run = [&](const QString& setting) {
        const double perSecond =
            createThroughputOn(binary, db, logPath, password, {setting}, seconds);
        if (setting == withFeature && afterWith)
            afterWith();
        return perSecond;
    };
    for (int round = 0; round < rounds; ++round) {
        if (round % 2 == 0) {
            with.push_back(run(withFeature));
            without.push_back(run(withoutFeature));
        } else {
            without.push_back(run(withoutFeature));
            with.push_back(run(withFeature));
        }
        changes.push_back(with.back() / without.back() - 1);
        out << "  round " << round + 1 << ": " << qRound(with.back()) << " /s " << label << ", "
            << qRound(without.back()) << " /s without" << Qt::endl;
    }
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    return {median(with), median(without), median(changes)};
}

} // namespace frontline::bench
