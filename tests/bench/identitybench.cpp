// frontline-identity-bench: what organisations and sign-in cost.
//
//   frontline-identity-bench orglist [--tickets 1000000] [--orgs 50] [--db PATH]
//     seeds (or reuses) a SQLite database of N tickets, spreads them over M organisations (a
//     ticket's organisation is its requester's: every requester belongs to one) and makes
//     user7 a viewer of theirs; starts the server on it and times ticket.list round trips over
//     loopback: an admin's list of one organisation (in priority and in update order), the
//     dashboard's report.kpis of one organisation (30 days), and the viewer's own list.
//   frontline-identity-bench login [--seconds 5] [--connections 4]
//     auth.login per second and its round trip, each connection signing in as its own
//     requester again and again, with the server's password hashing (argon2id, libsodium's
//     "interactive" limits: 2 passes, 64 MiB, as the seeder and the server store them).
#include "benchseeder.h"
#include "benchserver.h"
#include "latency.h"
#include "loadclient.h"
#include "storage/sqlsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

constexpr auto Password = "bench password 2026";

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Every requester into one of `orgs` organisations (in turn), every ticket into its
// requester's; user7 views theirs. Returns the organisation user7 is in, 0 on failure.
qint64 organise(server::SqlSession& session, int orgs, QString* error)
{
    try {
        session.begin();
        server::Statement existing = session.prepare(u"SELECT COUNT(*) FROM organisations"_s);
        existing.exec();
        const bool reused = existing.next() && existing.int64(0) > 0;
        if (!reused) {
            server::Statement insert = session.prepare(
                u"INSERT INTO organisations (name, created_at, updated_at) VALUES (?, 0, 0)"_s);
            for (int i = 0; i < orgs; ++i) {
                insert.bind(u"Organisation %1"_s.arg(i));
                insert.exec();
            }
            session.execute(
                u"UPDATE users SET org_id = (SELECT MIN(id) FROM organisations) + (id % %1) "
                "WHERE role = 'requester'"_s.arg(orgs));
            session.execute(
                u"UPDATE tickets SET org_id = (SELECT org_id FROM users WHERE users.id = "
                "tickets.requester_id)"_s);
            session.execute(u"UPDATE users SET org_viewer = 1 WHERE username = 'user7'"_s);
        }
        server::Statement viewer =
            session.prepare(u"SELECT org_id FROM users WHERE username = 'user7'"_s);
        viewer.exec();
        const qint64 org = viewer.next() ? viewer.int64(0) : 0;
        session.commit();
        return org;
    } catch (const server::DbException& e) {
        session.rollback();
        *error = e.describe();
        return 0;
    }
}

qint64 count(server::SqlSession& session, const QString& sql, qint64 bind)
{
    server::Statement q = session.prepare(sql);
    q.bind(bind);
    q.exec();
    return q.next() ? q.int64(0) : -1;
}

int orgList(const QString& serverBinary, qint64 tickets, int orgs, QString dbPath)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (dbPath.isEmpty())
        dbPath = dir.filePath(u"orgs.db"_s);
    server::DatabaseConfig database;
    database.sqlitePath = dbPath;
    QElapsedTimer timer;
    timer.start();
    if (const QString error =
            bench::BenchSeeder::seed(database, tickets, QString::fromLatin1(Password));
        !error.isEmpty()) {
        out << "seeding failed: " << error << Qt::endl;
        return 1;
    }
    out << "  tickets seeded (or reused) in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    qint64 org = 0;
    qint64 inOrg = 0;
    {
        auto opened = server::SqlSession::open(database, u"identity-seeder"_s);
        if (!opened) {
            out << opened.error() << Qt::endl;
            return 1;
        }
        QString error;
        org = organise(**opened, orgs, &error);
        if (org == 0) {
            out << "organising failed: " << error << Qt::endl;
            return 1;
        }
        inOrg = count(**opened, u"SELECT COUNT(*) FROM tickets WHERE org_id = ?"_s, org);
    }
    out << "  " << inOrg << " tickets in the measured organisation (" << orgs << " in all), "
        << timer.elapsed() / 1000 << " s so far" << Qt::endl;

    QProcess server;
    const quint16 port =
        bench::startReadyServer(server, serverBinary, dbPath, dir.filePath(u"server.log"_s));
    if (port == 0) {
        out << "the server did not start" << Qt::endl;
        return 1;
    }
    bench::LoadClient admin;
    admin.connectTo(port);
    admin.login(u"admin"_s, QString::fromLatin1(Password));
    bench::LoadClient viewer;
    viewer.connectTo(port);
    viewer.login(u"user7"_s, QString::fromLatin1(Password));

    const int runs = 200;
    const QDate today = QDate::currentDate();
    struct Case
    {
        QString label;
        bench::LoadClient* client;
        QByteArray method;
        QJsonObject params;
    };
    const QList<Case> cases {
        {u"admin: `ticket.list` filter org, by priority (50)"_s,
         &admin,
         "ticket.list",
         {{"filter"_L1, QJsonObject {{"org"_L1, org}}}, {"limit"_L1, 50}}},
        {u"admin: `ticket.list` filter org, newest update first (50)"_s,
         &admin,
         "ticket.list",
         {{"filter"_L1, QJsonObject {{"org"_L1, org}}},
          {"sort"_L1, u"-updated"_s},
          {"limit"_L1, 50}}},
        {u"admin: `ticket.list` filter org and open (50)"_s,
         &admin,
         "ticket.list",
         {{"filter"_L1, QJsonObject {{"org"_L1, org}, {"open"_L1, true}}}, {"limit"_L1, 50}}},
        {u"viewer: own `ticket.list` (organisation + own, 50)"_s,
         &viewer,
         "ticket.list",
         {{"limit"_L1, 50}}},
        {u"admin: `report.kpis` org, last 30 days"_s,
         &admin,
         "report.kpis",
         {{"from"_L1, today.addDays(-29).toString(Qt::ISODate)},
          {"to"_L1, today.toString(Qt::ISODate)},
          {"org"_L1, org}}},
    };
    out << "| call | p50 / p99 | items |" << Qt::endl << "|---|---:|---:|" << Qt::endl;
    for (const Case& c : cases) {
        const QJsonObject sample = c.client->callJson(c.method, c.params);
        if (sample.contains("error"_L1)) {
            out << "| " << c.label << " | failed: "
                << QJsonDocument(sample.value("error"_L1).toObject()).toJson(QJsonDocument::Compact)
                << " | |" << Qt::endl;
            continue;
        }
        const auto ms = bench::timeCalls(*c.client, c.method, compact(c.params), runs);
        const qsizetype items =
            sample.value("result"_L1).toObject().value("items"_L1).toArray().size();
        out << "| " << c.label << " | " << bench::formatLatency(bench::latencyOf(ms)) << " | "
            << items << " |" << Qt::endl;
    }
    server.terminate();
    server.waitForFinished(30000);
    return 0;
}

int logins(const QString& serverBinary, int seconds, int connections)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    server::DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"logins.db"_s);
    if (const QString error =
            bench::BenchSeeder::seed(database, 1000, QString::fromLatin1(Password));
        !error.isEmpty()) {
        out << "seeding failed: " << error << Qt::endl;
        return 1;
    }
    QProcess server;
    const quint16 port = bench::startReadyServer(server, serverBinary, database.sqlitePath,
                                                 dir.filePath(u"server.log"_s));
    if (port == 0) {
        out << "the server did not start" << Qt::endl;
        return 1;
    }
    std::atomic<bool> measuring {false};
    std::atomic<bool> done {false};
    std::atomic<qint64> failures {0};
    std::mutex lock;
    std::vector<double> roundTrips;
    std::vector<std::thread> threads;
    for (int i = 0; i < connections; ++i) {
        threads.emplace_back([&, i] {
            bench::LoadClient client;
            if (!client.connectTo(port)) {
                ++failures;
                return;
            }
            const QByteArray params = compact({{"username"_L1, u"user%1"_s.arg(100 + i)},
                                               {"password"_L1, QString::fromLatin1(Password)}});
            std::vector<double> mine;
            while (!done) {
                QElapsedTimer call;
                call.start();
                const QByteArray answer = client.call("auth.login", params);
                const double ms = double(call.nsecsElapsed()) / 1e6;
                if (!answer.contains("\"token\"")) {
                    ++failures;
                    continue;
                }
                if (measuring)
                    mine.push_back(ms);
            }
            const std::lock_guard<std::mutex> guard(lock);
            roundTrips.insert(roundTrips.end(), mine.begin(), mine.end());
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(1)); // warm-up
    measuring = true;
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    measuring = false;
    done = true;
    for (std::thread& thread : threads)
        thread.join();
    if (roundTrips.empty()) {
        out << "no login succeeded (" << failures << " failures)" << Qt::endl;
        return 1;
    }
    const bench::Latency l = bench::latencyOf(roundTrips);
    out << "| `auth.login`, " << connections << " connections, argon2id interactive | "
        << QString::number(double(roundTrips.size()) / seconds, 'f', 1) << " /s | p50 / p99 "
        << bench::formatLatency(l) << " | failures " << failures.load() << " |" << Qt::endl;
    server.terminate();
    server.waitForFinished(30000);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"mode"_s, u"orglist or login"_s);
    parser.addOption({u"tickets"_s, u"Tickets in the desk."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"orgs"_s, u"Organisations the requesters belong to."_s, u"n"_s, u"50"_s});
    parser.addOption({u"db"_s, u"Keep (or reuse) the desk in this SQLite file."_s, u"path"_s});
    parser.addOption({u"seconds"_s, u"Seconds of signing in."_s, u"s"_s, u"5"_s});
    parser.addOption({u"connections"_s, u"Connections signing in at once."_s, u"n"_s, u"4"_s});
    parser.addOption({u"server"_s, u"The frontline-server binary."_s, u"path"_s,
                      QString::fromUtf8(FRONTLINE_SERVER_BIN_DEFAULT)});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == u"orglist"_s)
        return orgList(parser.value(u"server"_s), parser.value(u"tickets"_s).toLongLong(),
                       parser.value(u"orgs"_s).toInt(), parser.value(u"db"_s));
    if (mode == u"login"_s)
        return logins(parser.value(u"server"_s), parser.value(u"seconds"_s).toInt(),
                      parser.value(u"connections"_s).toInt());
    parser.showHelp(1);
}
