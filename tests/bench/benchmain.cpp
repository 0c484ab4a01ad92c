// frontline-bench: seeds a database of the requested size, starts frontline-server on it and
// measures it from outside over loopback: ping round trips, durable ticket.create throughput
// with 1 and 16 connections, an agent's first queue page, and the server's memory.
//
//   frontline-bench --tickets 1000000 [--db /tmp/bench.db] [--seconds 5]
#include "benchseeder.h"
#include "benchserver.h"
#include "loadclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace frontline;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto Password = "bench password 2026";

struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
};

Percentiles percentiles(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[static_cast<size_t>(q * (samples.size() - 1))];
    };
    return {at(0.50), at(0.99)};
}

double microsecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

// Round trips of one request, one at a time, on one connection.
Percentiles latency(quint16 port, const QByteArray& method, const QByteArray& params, int warmup,
                    int samples, bool login)
{
    bench::LoadClient client;
    client.connectTo(port);
    if (login && !client.login(u"agent"_s, QString::fromLatin1(Password)))
        qFatal("login failed");
    for (int i = 0; i < warmup; ++i)
        client.call(method, params);
    std::vector<double> times;
    times.reserve(static_cast<size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        const auto start = Clock::now();
        const QByteArray answer = client.call(method, params);
        times.push_back(microsecondsSince(start));
        if (!answer.contains("\"result\""))
            qFatal("%s failed: %s", method.constData(), answer.left(300).constData());
    }
    return percentiles(times);
}

// Durable creates per second: each connection sends the next create when the previous one is
// acknowledged (after its commit).
double createThroughput(quint16 port, int connections, int seconds, const QString& token,
                        int depth = 1)
{
    std::atomic<qint64> done {0};
    std::atomic<bool> stop {false};
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            bench::LoadClient client;
            client.connectTo(port);
            client.call("auth.resume", "{\"token\":\"" + token.toLatin1() + "\"}");
            qint64 n = 0;
            const auto sendOne = [&] {
                client.send(
                    "ticket.create",
                    "{\"title\":\"Bench create " + QByteArray::number(c) + '-'
                        + QByteArray::number(n++)
                        + "\",\"description\":\"Measuring durable writes\",\"urgency\":\"high\"}");
            };
            // `depth` creates in flight; each acknowledgement (after its commit) sends the next.
            for (int i = 0; i < depth; ++i)
                sendOne();
            int inFlight = depth;
            while (inFlight > 0) {
                const QByteArray answer = client.readAnswer();
                --inFlight;
                if (!answer.contains("\"result\""))
                    qFatal("create failed: %s", answer.left(300).constData());
                done.fetch_add(1, std::memory_order_relaxed);
                if (!stop.load(std::memory_order_relaxed)) {
                    sendOne();
                    ++inFlight;
                }
            }
        });
    }
    QThread::msleep(300); // everyone connected and resumed
    const qint64 before = done.load();
    const auto start = Clock::now();
    QThread::sleep(static_cast<unsigned long>(seconds));
    const qint64 after = done.load();
    const double elapsed = microsecondsSince(start) / 1e6;
    stop = true;
    for (std::thread& thread : threads)
        thread.join();
    return (after - before) / elapsed;
}

QString memoryOf(qint64 pid, const QString& field)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return u"?"_s;
    const auto match = QRegularExpression(field + u":\\s+(\\d+) kB"_s)
                           .match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? QString::number(match.captured(1).toLongLong() / 1024) + u" MB"_s
                            : u"?"_s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures frontline-server from outside."_s);
    parser.addHelpOption();
    parser.addOptions(
        {{u"tickets"_s, u"Tickets in the database."_s, u"count"_s, u"100000"_s},
         {u"db"_s, u"Database (created and seeded when missing)."_s, u"path-or-url"_s},
         {u"server"_s, u"The server binary."_s, u"path"_s,
          QStringLiteral(FRONTLINE_SERVER_BIN_DEFAULT)},
         {u"seconds"_s, u"Duration of each throughput run."_s, u"seconds"_s, u"5"_s},
         {u"skip-writes"_s, u"Only measure reads."_s},
         {u"port"_s, u"Measure a server already running on this port (seeded by an earlier run)."_s,
          u"port"_s},
         {u"connections"_s, u"Connections for --only create."_s, u"count"_s, u"16"_s},
         {u"depth"_s, u"Requests in flight per connection for --only create."_s, u"count"_s,
          u"1"_s},
         {u"only"_s, u"Run one measure: ping, list or create."_s, u"measure"_s}});
    parser.process(app);
    QTextStream out(stdout);
    const qint64 tickets = parser.value(u"tickets"_s).toLongLong();
    const QString db = parser.isSet(u"db"_s)
        ? parser.value(u"db"_s)
        : QDir::tempPath() + u"/frontline-bench-%1.db"_s.arg(tickets);
    const int seconds = parser.value(u"seconds"_s).toInt();

    auto config = server::DatabaseConfig::parse(db);
    if (!config) {
        out << config.error() << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    out << "Seeding " << tickets << " tickets into " << db << " (skipped when already there)"
        << Qt::endl;
    if (const QString error =
            bench::BenchSeeder::seed(*config, tickets, QString::fromLatin1(Password));
        !error.isEmpty()) {
        out << "seeding failed: " << error << Qt::endl;
        return 1;
    }
    out << "  ready after " << timer.elapsed() / 1000 << " s" << Qt::endl;

    QTemporaryDir logDir;
    QProcess server;
    quint16 port = static_cast<quint16>(parser.value(u"port"_s).toUInt());
    if (port == 0)
        port = bench::startReadyServer(server, parser.value(u"server"_s), db,
                                       logDir.filePath(u"server.log"_s));
    if (port == 0) {
        out << "the server did not start" << Qt::endl;
        return 1;
    }
    const qint64 pid = server.processId();
    const QString only = parser.value(u"only"_s);
    if (!only.isEmpty()) { // for profiling one path
        const QByteArray page = R"({"filter":{"open":true},"sort":"priority","limit":50})";
        if (only == u"ping"_s) {
            const Percentiles p = latency(port, "system.ping", "{}", 2000, 100000, false);
            out << "ping p50 " << p.p50 << " p99 " << p.p99 << Qt::endl;
        } else if (only == u"list"_s) {
            const Percentiles p = latency(port, "ticket.list", page, 100, 5000, true);
            out << "list p50 " << p.p50 << " p99 " << p.p99 << Qt::endl;
        } else {
            bench::LoadClient c;
            c.connectTo(port);
            const QString t = c.callJson("auth.login",
                                         {{"username"_L1, u"user0"_s},
                                          {"password"_L1, QString::fromLatin1(Password)}})
                                  .value("result"_L1)
                                  .toObject()
                                  .value("token"_L1)
                                  .toString();
            out << "creates/s "
                << createThroughput(port, parser.value(u"connections"_s).toInt(), seconds, t,
                                    parser.value(u"depth"_s).toInt())
                << Qt::endl;
        }
        return 0;
    }
    bench::LoadClient session;
    session.connectTo(port);
    // Tickets are created by an end user (as the tray applet does); the queue is the agent's.
    const QJsonObject login = session.callJson(
        "auth.login",
        {{"username"_L1, u"user0"_s}, {"password"_L1, QString::fromLatin1(Password)}});
    const QString token = login.value("result"_L1).toObject().value("token"_L1).toString();

    const Percentiles ping = latency(port, "system.ping", "{}", 2000, 20000, false);
    const QByteArray firstPage = R"({"filter":{"open":true},"sort":"priority","limit":50})";
    const Percentiles list = latency(port, "ticket.list", firstPage, 300, 3000, true);
    const QByteArray check = session.call("ticket.list", firstPage);
    const int rows = QJsonDocument::fromJson(check)
                         .object()
                         .value("result"_L1)
                         .toObject()
                         .value("items"_L1)
                         .toArray()
                         .size();

    out << Qt::endl
        << "| measure (" << tickets << " tickets) | result |" << Qt::endl
        << "|---|---:|" << Qt::endl;
    out << "| `system.ping` round trip p50 / p99 | " << qRound(ping.p50) << " / "
        << qRound(ping.p99) << " µs |" << Qt::endl;
    out << "| `ticket.list` agent's first page (" << rows
        << " open tickets by priority) p50 / p99 | " << QString::number(list.p50 / 1000, 'f', 2)
        << " / " << QString::number(list.p99 / 1000, 'f', 2) << " ms |" << Qt::endl;
    out << "| server memory after reads (RSS) | " << memoryOf(pid, u"VmRSS"_s) << " |" << Qt::endl;
    if (!parser.isSet(u"skip-writes"_s)) {
        const double one = createThroughput(port, 1, seconds, token);
        out << "| durable `ticket.create`, 1 connection | " << qRound(one) << " /s |" << Qt::endl;
        const double sixteen = createThroughput(port, 16, seconds, token);
        out << "| durable `ticket.create`, 16 connections | " << qRound(sixteen) << " /s |"
            << Qt::endl;
        const double pipelined = createThroughput(port, 16, seconds, token, 8);
        out << "| durable `ticket.create`, 16 connections with 8 requests in flight each | "
            << qRound(pipelined) << " /s |" << Qt::endl;
    }
    out << "| server memory at the end (RSS / peak) | " << memoryOf(pid, u"VmRSS"_s) << " / "
        << memoryOf(pid, u"VmHWM"_s) << " |" << Qt::endl;
    server.terminate();
    server.waitForFinished(30000);
    return 0;
}
