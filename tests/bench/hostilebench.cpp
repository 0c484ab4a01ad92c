// frontline-hostile-bench: what slow and silent connections cost everyone else.
//
//   frontline-hostile-bench [--connections 1000] [--tickets 20000] [--calls 600] [--db PATH]
//     seeds (or reuses) a SQLite database, starts the server, and times an agent's round trips
//     (the open queue, a ticket, an internal note) on the idle server; then opens N hostile
//     connections (tests/support/hostilepeers.h: a third silent, a third writing a byte per
//     100 ms, a third reading eight bytes per 100 ms) and times the same work again. Prints
//     p50 / p99 of both, the ratio of the p99s (the target: at most 2) and the server's memory.
//     Exits 1 when the ratio is over 2.
#include "benchseeder.h"
#include "benchserver.h"
#include "hostilepeers.h"
#include "latency.h"
#include "loadclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

constexpr auto Password = "bench password 2026";

qint64 rssMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

// The agent's work: its queue, one of its tickets, an internal note; each round trip in ms.
std::vector<double> agentWork(bench::LoadClient& agent, const QJsonArray& queue, int rounds)
{
    std::vector<double> ms;
    for (int round = 0; round < rounds; ++round) {
        const qint64 id = queue.at(round % queue.size()).toObject().value("id"_L1).toInteger();
        const QList<QPair<QByteArray, QByteArray>> calls {
            {"ticket.list",
             R"({"filter":{"open":true,"group":"mine"},"sort":"priority","limit":50})"},
            {"ticket.get", "{\"id\":" + QByteArray::number(id) + '}'},
            {"ticket.comment",
             "{\"id\":" + QByteArray::number(id)
                 + ",\"body\":\"Looking into it.\",\"internal\":true}"}};
        for (const auto& [method, params] : calls) {
            QElapsedTimer t;
            t.start();
            const QByteArray answer = agent.call(method, params);
            ms.push_back(t.nsecsElapsed() / 1e6);
            if (!answer.contains("\"result\""))
                qFatal("%s failed: %s", method.constData(), answer.left(300).constData());
        }
    }
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption connectionsOption(u"connections"_s, u"Hostile connections."_s, u"n"_s,
                                               u"1000"_s);
    const QCommandLineOption ticketsOption(u"tickets"_s, u"Tickets in the database."_s, u"n"_s,
                                           u"20000"_s);
    const QCommandLineOption callsOption(u"calls"_s, u"Rounds of the agent's three calls."_s,
                                         u"n"_s, u"600"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Reuse this database."_s, u"path"_s);
    const QCommandLineOption serverOption(u"server-bin"_s, u"The server binary."_s, u"path"_s,
                                          QStringLiteral(FRONTLINE_SERVER_BIN_DEFAULT));
    parser.addOptions({connectionsOption, ticketsOption, callsOption, dbOption, serverOption});
    parser.process(app);
    const int connections = parser.value(connectionsOption).toInt();
    const int rounds = parser.value(callsOption).toInt();
    QTextStream out(stdout);

    test::HostilePeers::raiseFileLimit(2L * connections + 1000); // the server inherits it
    QTemporaryDir dir;
    QString db = parser.value(dbOption);
    if (db.isEmpty())
        db = dir.filePath(u"hostile.db"_s);
    if (!QFileInfo::exists(db)) {
        server::DatabaseConfig config;
        config.sqlitePath = db;
        out << "seeding " << parser.value(ticketsOption) << " tickets…" << Qt::endl;
        const QString error = bench::BenchSeeder::seed(
            config, parser.value(ticketsOption).toLongLong(), QString::fromLatin1(Password));
        if (!error.isEmpty()) {
            out << "seeding failed: " << error << Qt::endl;
            return 1;
        }
    }
    QProcess server;
    const quint16 port = bench::startReadyServer(server, parser.value(serverOption), db,
                                                 dir.filePath(u"server.log"_s));
    if (port == 0) {
        out << "the server did not start" << Qt::endl;
        return 1;
    }
    const qint64 pid = server.processId();

    bench::LoadClient agent;
    agent.connectTo(port);
    agent.login(u"agent"_s, QString::fromLatin1(Password));
    const QJsonArray queue =
        agent
            .callJson("ticket.list",
                      {{"filter"_L1, QJsonObject {{"open"_L1, true}, {"group"_L1, u"mine"_s}}},
                       {"sort"_L1, u"priority"_s},
                       {"limit"_L1, 50}})
            .value("result"_L1)
            .toObject()
            .value("items"_L1)
            .toArray();
    if (queue.isEmpty())
        qFatal("the agent's queue is empty");

    agentWork(agent, queue, rounds / 10); // warm the caches on both sides
    const bench::Latency idle = bench::latencyOf(agentWork(agent, queue, rounds));
    const qint64 idleRss = rssMiB(pid);

    test::HostilePeers peers(port);
    const int opened = peers.open(
        connections, bench::sessionToken(port, u"user0"_s, QString::fromLatin1(Password)));
    std::this_thread::sleep_for(std::chrono::seconds(1)); // every slow reader has resumed
    const bench::Latency hostile = bench::latencyOf(agentWork(agent, queue, rounds));
    const qint64 hostileRss = rssMiB(pid);
    const int closed = peers.closedByServer();
    peers.stop();
    server.terminate();
    server.waitForFinished(30000);

    const double ratio = hostile.p99 / std::max(idle.p99, 0.001);
    out << Qt::endl
        << "| agent round trips (queue, ticket, internal note), idle server p50 / p99 | "
        << bench::formatLatency(idle) << " |" << Qt::endl
        << "| … with " << opened << " silent, slow-writing and slow-reading connections | "
        << bench::formatLatency(hostile) << " |" << Qt::endl
        << "| p99 with them / idle (target at most 2) | " << QString::number(ratio, 'f', 2) << " |"
        << Qt::endl
        << "| server memory (RSS) idle / with them | " << idleRss << " / " << hostileRss << " MiB |"
        << Qt::endl
        << "| hostile connections the server closed meanwhile | " << closed << " |" << Qt::endl;
    return ratio <= 2.0 ? 0 : 1;
}
