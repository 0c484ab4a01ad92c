// frontline-report-bench: what the managers' KPI reports cost at a million tickets.
//
//   frontline-report-bench queries [--tickets 1000000] [--db PATH] [--runs 20]
//     seeds (or reuses) a SQLite database with N tickets over two years and their whole
//     history (DeskHistory: ~9 events a ticket), builds the KPI rollups from that event log as
//     a server does on its first start, then starts the server and times the dashboard's
//     query set over loopback as a manager: report.kpis for 7, 30, 90, 365 and 730 days, each
//     without a filter and with every filter and pair the dashboard offers, and the drill-downs
//     (report.tickets) behind its charts. For scale, the same database answers two plain
//     queries over the tickets table without rollups.
//   frontline-report-bench writes [--db PATH] [--tickets N] [--seconds 5] [--rounds 3]
//     durable ticket.create throughput (16 connections) on that database, alternating a server
//     that keeps the rollups current (its worker planning, the writer applying) with one that
//     does not (FRONTLINE_KPI_ROLLUPS=off, a benchmark seam), the median change per round,
//     and how many events the rollups had not counted yet when each server stopped (the work
//     must not be left to the next start, which is not timed).
//   frontline-report-bench catchup [--db PATH] [--tickets N] [--seconds 3]
//     what counting those events costs, in-process: a server that does not keep the rollups
//     takes durable creates for a few seconds, then the rollups count their events here in
//     batches of 2,000 as the server does, the planning (the worker, on a snapshot) and the
//     applying (the writer, with its commit) timed apart, per event (for instructions run it
//     under `valgrind --tool=callgrind --toggle-collect='*KpiRollup*'`).
//   frontline-report-bench fields [--tickets 1000000] [--db PATH] [--runs 20]
//     the same desk with a custom field `site` on every ticket (10 options): report.kpis and a
//     drill-down narrowed to one site, alone and with a group (reportfieldbench.cpp).
//   frontline-report-bench startup [--db PATH] [--tickets N]
//     a start after an upgrade that rebuilds the derived tables: the desk's KPI rollups and
//     search index are emptied (KpiRollup::reset, SearchIndexer::reset, as such a migration
//     would), then the server is started and timed: until it listens, answers system.ping and
//     an agent's queue page, and until each background rebuild is done; meanwhile the agent
//     asks for the queue every 50 ms, and its round trips during the rebuild are set against
//     those of the same server once it is done.
#include "benchseeder.h"
#include "benchserver.h"
#include "deskhistory.h"
#include "latency.h"
#include "loadclient.h"
#include "reportfieldbench.h"
#include "reports/kpirollup.h"
#include "reports/kpirollupworker.h"
#include "search/searchindexer.h"
#include "services/configservice.h"
#include "storage/sqlsession.h"
#include "workflow/workflowconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

constexpr auto Password = "bench password 2026";

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 scalar(server::SqlSession& session, const QString& sql)
{
    server::Statement q = session.prepare(sql);
    q.exec();
    return q.next() ? q.int64(0) : 0;
}

// Brings what a server builds at its first start up to date, in one transaction as it does.
QString catchUp(server::SqlSession& session)
{
    try {
        auto workflow = server::ConfigService(session, QDateTime::currentMSecsSinceEpoch()).load();
        if (!workflow)
            return workflow.error();
        QElapsedTimer timer;
        timer.start();
        session.begin();
        const qint64 events = server::KpiRollup::catchUp(session, *workflow);
        session.commit();
        if (events > 0)
            out() << "  KPI rollups built from " << events << " events in "
                  << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
        timer.restart();
        session.begin();
        server::SearchIndexer::flush(session);
        session.commit();
        if (timer.elapsed() > 1000)
            out() << "  search index brought up to date in " << timer.elapsed() / 1000 << " s"
                  << Qt::endl;
    } catch (const server::DbException& e) {
        session.rollback();
        return e.describe();
    }
    return {};
}

QString seedDesk(const server::DatabaseConfig& database, qint64 tickets)
{
    QElapsedTimer timer;
    timer.start();
    bench::DeskHistory history(QDateTime::currentMSecsSinceEpoch());
    if (const QString error = bench::BenchSeeder::seed(database, tickets,
                                                       QString::fromLatin1(Password), {}, &history);
        !error.isEmpty())
        return error;
    if (timer.elapsed() > 5000)
        out() << "  tickets and their history seeded in " << timer.elapsed() / 1000 << " s"
              << Qt::endl;
    auto opened = server::SqlSession::open(database, u"report-seeder"_s);
    if (!opened)
        return opened.error();
    server::SqlSession& session = **opened;
    if (const QString error = catchUp(session); !error.isEmpty())
        return error;
    out() << "  " << scalar(session, u"SELECT COUNT(*) FROM tickets"_s) << " tickets ("
          << scalar(session, u"SELECT COUNT(*) FROM tickets WHERE is_open = 1"_s) << " open), "
          << scalar(session, u"SELECT COUNT(*) FROM ticket_events"_s) << " events; rollup rows: "
          << scalar(session, u"SELECT COUNT(*) FROM kpi_rollups WHERE span = 1"_s) << " by day, "
          << scalar(session, u"SELECT COUNT(*) FROM kpi_rollups WHERE span = 2"_s) << " by month, "
          << scalar(session, u"SELECT COUNT(*) FROM kpi_terms"_s) << " title terms; "
          << QFileInfo(database.sqlitePath).size() / (1024 * 1024) << " MiB" << Qt::endl;
    return {};
}

// A session of the benchmark's own on `database`; the program ends if it cannot open.
std::unique_ptr<server::SqlSession> benchSession(const server::DatabaseConfig& database)
{
    auto opened = server::SqlSession::open(database, u"report-bench"_s);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    return std::move(opened).value();
}

// The desk a mode works on: `dbPath` (in `dir` when empty) seeded with `tickets` and their
// history, its rollups built; nothing (and the reason printed) when that fails.
std::optional<server::DatabaseConfig> openDesk(const QTemporaryDir& dir, QString& dbPath,
                                               qint64 tickets)
{
    if (dbPath.isEmpty())
        dbPath = dir.filePath(u"reports.db"_s);
    server::DatabaseConfig database;
    database.sqlitePath = dbPath;
    if (const QString error = seedDesk(database, tickets); !error.isEmpty()) {
        out() << "seeding failed: " << error << Qt::endl;
        return std::nullopt;
    }
    return database;
}

// The figures the rollups stand in for, asked of the tickets table directly.
void withoutRollups(server::SqlSession& session)
{
    const auto time = [&](const QString& sql) {
        std::vector<double> ms;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            server::Statement q = session.prepare(sql);
            q.exec();
            while (q.next()) { }
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        return bench::latencyOf(ms).p50;
    };
    out() << "| without rollups: tickets by status (a count over every ticket) | "
          << QString::number(time(u"SELECT status, COUNT(*) FROM tickets GROUP BY status"_s), 'f',
                             1)
          << " ms |" << Qt::endl;
    out() << "| without rollups: mean resolution time per month over all history | "
          << QString::number(time(u"SELECT (resolved_at / 2629800000), AVG(resolved_at - "
                                  "created_at) FROM tickets WHERE resolved_at IS NOT NULL "
                                  "GROUP BY 1"_s),
                             'f', 1)
          << " ms |" << Qt::endl;
}

struct Filter
{
    QString label;
    QJsonObject fields;
};

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

int queries(const QString& serverBinary, qint64 tickets, QString dbPath, int runs)
{
    QTemporaryDir dir;
    const auto desk = openDesk(dir, dbPath, tickets);
    if (!desk)
        return 1;
    const server::DatabaseConfig& database = *desk;
    qint64 group = 0, agent = 0, category = 0, network = 0;
    {
        const auto opened = benchSession(database);
        server::SqlSession& session = *opened;
        if (const QString error = catchUp(session); !error.isEmpty()) {
            out() << "catching up failed: " << error << Qt::endl;
            return 1;
        }
        group = scalar(session, u"SELECT id FROM agent_groups WHERE name = 'Service Desk'"_s);
        network = scalar(session, u"SELECT id FROM agent_groups WHERE name = 'Network'"_s);
        agent = scalar(session, u"SELECT id FROM users WHERE username = 'agent'"_s);
        category =
            scalar(session, u"SELECT id FROM categories WHERE name = 'VPN & remote access'"_s);
        out() << "| query | p50 | |" << Qt::endl << "|---|---:|---|" << Qt::endl;
        withoutRollups(session);
    }
    QProcess server;
    const quint16 port =
        bench::startReadyServer(server, serverBinary, dbPath, dir.filePath(u"server.log"_s));
    if (port == 0) {
        out() << "the server did not start" << Qt::endl;
        return 1;
    }
    bench::LoadClient manager;
    manager.connectTo(port);
    if (!manager.login(u"admin"_s, QString::fromLatin1(Password))) {
        out() << "cannot log in" << Qt::endl;
        return 1;
    }

    const QList<Filter> filters {
        {u"no filter"_s, {}},
        {u"group"_s, {{"group"_L1, group}}},
        {u"category"_s, {{"category"_L1, category}}},
        {u"type"_s, {{"type"_L1, u"incident"_s}}},
        {u"agent"_s, {{"agent"_L1, agent}}},
        {u"group + category"_s, {{"group"_L1, network}, {"category"_L1, category}}},
        {u"group + agent"_s, {{"group"_L1, group}, {"agent"_L1, agent}}},
        {u"group + type"_s, {{"group"_L1, group}, {"type"_L1, u"incident"_s}}},
        {u"category + type + agent"_s,
         {{"category"_L1, category}, {"type"_L1, u"incident"_s}, {"agent"_L1, agent}}},
    };
    const QList<int> periods {7, 30, 90, 365, 730};
    const QDate today = QDate::currentDate();
    const auto period = [&](int days, const QJsonObject& fields) {
        QJsonObject p = fields;
        p.insert("from"_L1, today.addDays(1 - days).toString(Qt::ISODate));
        p.insert("to"_L1, today.toString(Qt::ISODate));
        return p;
    };

    // report.kpis: every filter and period, the runs interleaved so that each sees the same
    // state of the caches.
    std::map<std::pair<int, int>, std::vector<double>> kpis; // (filter, period) -> ms
    for (int run = 0; run < runs; ++run) {
        for (int f = 0; f < filters.size(); ++f) {
            for (int d = 0; d < periods.size(); ++d) {
                const auto ms = bench::timeCalls(manager, "report.kpis",
                                                 json(period(periods[d], filters[f].fields)), 1);
                kpis[{f, d}].push_back(ms.front());
            }
        }
    }
    out() << Qt::endl
          << "`report.kpis` p50 / p99 (" << runs << " runs each):" << Qt::endl
          << Qt::endl
          << "| filter | 7 days | 30 days | 90 days | 365 days | 730 days |" << Qt::endl
          << "|---|---:|---:|---:|---:|---:|" << Qt::endl;
    std::vector<double> all;
    for (int f = 0; f < filters.size(); ++f) {
        out() << "| " << filters[f].label;
        for (int d = 0; d < periods.size(); ++d) {
            const auto& ms = kpis[{f, d}];
            all.insert(all.end(), ms.begin(), ms.end());
            out() << " | " << bench::formatLatency(bench::latencyOf(ms));
        }
        out() << " |" << Qt::endl;
    }

    // The drill-downs behind the charts (200 tickets a page, as the dashboard asks).
    struct DrillDown
    {
        QString label;
        QJsonObject fields;
    };
    const QList<DrillDown> drillDowns {
        {u"created on one day"_s,
         {{"segment"_L1, u"created"_s},
          {"from"_L1, today.addDays(-3).toString(Qt::ISODate)},
          {"to"_L1, today.addDays(-3).toString(Qt::ISODate)}}},
        {u"resolved in 30 days"_s, period(30, {{"segment"_L1, u"resolved"_s}})},
        {u"resolution SLA breached in 30 days, one group"_s,
         period(30, {{"segment"_L1, u"resolution_breached"_s}, {"group"_L1, group}})},
        {u"rated 1 of 5 in 90 days"_s, period(90, {{"segment"_L1, u"rated"_s}, {"score"_L1, 1}})},
        {u"open for more than 30 days"_s,
         period(30, {{"segment"_L1, u"open"_s}, {"age"_L1, u"gt_30d"_s}})},
        {u"escalated in 365 days, one group"_s,
         period(365, {{"segment"_L1, u"escalated"_s}, {"group"_L1, group}})},
    };
    out() << Qt::endl
          << "| drill-down (`report.tickets`) | p50 / p99 | tickets |" << Qt::endl
          << "|---|---:|---:|" << Qt::endl;
    std::vector<double> drills;
    for (const DrillDown& d : drillDowns) {
        const QJsonObject sample = manager.callJson("report.tickets", d.fields);
        const auto ms = bench::timeCalls(manager, "report.tickets", json(d.fields), runs);
        drills.insert(drills.end(), ms.begin(), ms.end());
        out() << "| " << d.label << " | " << bench::formatLatency(bench::latencyOf(ms)) << " | "
              << sample.value("result"_L1).toObject().value("tickets"_L1).toArray().size() << " |"
              << Qt::endl;
    }
    const bench::Latency k = bench::latencyOf(all);
    const bench::Latency dd = bench::latencyOf(drills);
    std::vector<double> everything = all;
    everything.insert(everything.end(), drills.begin(), drills.end());
    const bench::Latency e = bench::latencyOf(everything);
    out() << Qt::endl
          << "| **report.kpis, every filter and period** (" << all.size() << " calls) | p50 "
          << QString::number(k.p50, 'f', 1) << " ms | p99 " << QString::number(k.p99, 'f', 1)
          << " ms | max " << QString::number(k.max, 'f', 1) << " ms |" << Qt::endl
          << "| **drill-downs** (" << drills.size() << " calls) | p50 "
          << QString::number(dd.p50, 'f', 1) << " ms | p99 " << QString::number(dd.p99, 'f', 1)
          << " ms | max " << QString::number(dd.max, 'f', 1) << " ms |" << Qt::endl
          << "| **the whole query set** | p50 " << QString::number(e.p50, 'f', 1) << " ms | p99 "
          << QString::number(e.p99, 'f', 1) << " ms | max " << QString::number(e.max, 'f', 1)
          << " ms |" << Qt::endl;
    server.terminate();
    server.waitForFinished(60000);
    return 0;
}

int writes(const QString& serverBinary, qint64 tickets, QString dbPath, int seconds, int rounds)
{
    QTemporaryDir dir;
    const auto desk = openDesk(dir, dbPath, tickets);
    if (!desk)
        return 1;
    const server::DatabaseConfig& database = *desk;
    // The worker must keep up, not leave the counting to the next start (which is not timed):
    // what it had not counted when its server stopped.
    qint64 behind = 0;
    const auto lag = [&] {
        const qint64 waiting = server::KpiRollup::pending(*benchSession(database));
        behind = std::max(behind, waiting);
        out() << "  events not counted yet when the server stopped: " << waiting << Qt::endl;
    };
    const bench::ThroughputComparison c = bench::compareCreateThroughput(
        serverBinary, dbPath, dir.filePath(u"server.log"_s), QString::fromLatin1(Password),
        u"FRONTLINE_KPI_ROLLUPS=on"_s, u"FRONTLINE_KPI_ROLLUPS=off"_s, u"with rollups"_s, seconds,
        rounds, lag);
    out() << "| durable `ticket.create`, 16 connections, " << tickets << " tickets | "
          << qRound(c.withoutMedian) << " /s without rollups | " << qRound(c.withMedian)
          << " /s keeping them | median change per round "
          << QString::number(c.medianChange * 100, 'f', 1) << " % | at most " << behind
          << " events behind |" << Qt::endl;
    return 0;
}

// What counting a live desk's new events costs the writer, per event.
int catchUpCost(const QString& serverBinary, qint64 tickets, QString dbPath, int seconds)
{
    QTemporaryDir dir;
    const auto desk = openDesk(dir, dbPath, tickets);
    if (!desk)
        return 1;
    const server::DatabaseConfig& database = *desk;
    bench::createThroughputOn(serverBinary, dbPath, dir.filePath(u"server.log"_s),
                              QString::fromLatin1(Password), {u"FRONTLINE_KPI_ROLLUPS=off"_s},
                              seconds);
    const auto opened = benchSession(database);
    server::SqlSession& session = *opened;
    try {
        auto workflow = server::ConfigService(session, QDateTime::currentMSecsSinceEpoch()).load();
        if (!workflow) {
            out() << workflow.error() << Qt::endl;
            return 1;
        }
        // As the server does it: the worker plans a batch on a snapshot, the writer applies it.
        qint64 events = 0;
        qint64 tickets = 0;
        qint64 planNs = 0;
        qint64 applyNs = 0;
        for (;;) {
            QElapsedTimer timer;
            timer.start();
            session.beginRead();
            auto plan =
                server::KpiRollup::plan(session, *workflow, int(server::KpiRollupWorker::Batch));
            session.commit();
            planNs += timer.nsecsElapsed();
            if (!plan)
                break;
            timer.restart();
            session.begin();
            if (!plan->apply(session))
                qFatal("the rollups' mark moved under the benchmark");
            session.commit();
            applyNs += timer.nsecsElapsed();
            events += plan->events();
            tickets += plan->tickets();
        }
        const auto perEvent = [&](qint64 ns) {
            return QString::number(double(ns) / 1000.0 / double(std::max<qint64>(1, events)), 'f',
                                   2);
        };
        out() << "| rollups counting " << events << " events and the titles of " << tickets
              << " new tickets, in batches of " << server::KpiRollupWorker::Batch
              << " | planned on a snapshot: " << perEvent(planNs)
              << " µs per event | applied by the writer (with its commit): " << perEvent(applyNs)
              << " µs per event |" << Qt::endl;
    } catch (const server::DbException& e) {
        session.rollback();
        out() << e.describe() << Qt::endl;
        return 1;
    }
    return 0;
}

int startup(const QString& serverBinary, qint64 tickets, QString dbPath)
{
    QTemporaryDir dir;
    const auto desk = openDesk(dir, dbPath, tickets);
    if (!desk)
        return 1;
    {
        const auto opened = benchSession(*desk);
        server::SqlSession& session = *opened;
        QElapsedTimer timer;
        timer.start();
        session.begin();
        server::KpiRollup::reset(session);
        server::SearchIndexer::reset(session);
        session.commit();
        out() << "  rollups and search index emptied in " << timer.elapsed() / 1000 << " s ("
              << server::KpiRollup::pending(session) << " events, "
              << server::SearchIndexer::backlog(session) << " rows to rebuild)" << Qt::endl;
    }
    QElapsedTimer since;
    since.start();
    QProcess server;
    const quint16 port =
        bench::startServer(server, serverBinary, dbPath, dir.filePath(u"server.log"_s));
    if (port == 0) {
        out() << "the server did not start" << Qt::endl;
        return 1;
    }
    const qint64 listened = since.elapsed();
    bench::LoadClient agent;
    agent.connectTo(port);
    agent.call("system.ping", "{}");
    const qint64 pinged = since.elapsed();
    if (!agent.login(u"agent"_s, QString::fromLatin1(Password))) {
        out() << "cannot log in" << Qt::endl;
        return 1;
    }
    const QByteArray queue = json(QJsonObject {{"limit"_L1, 50}});
    agent.call("ticket.list", queue);
    const qint64 served = since.elapsed();

    std::vector<double> during;
    const bool done = bench::waitForRebuilds(port, since, [&] {
        for (int i = 0; i < 10; ++i) {
            during.push_back(bench::timeCalls(agent, "ticket.list", queue, 1).front());
            QThread::msleep(50);
        }
    });
    const qint64 rebuilt = since.elapsed();
    if (!done) {
        out() << "the rebuilds did not finish" << Qt::endl;
        return 1;
    }
    out() << "agent's queue page (ticket.list, 50 rows), " << during.size()
          << " calls during the rebuild: " << bench::formatLatency(bench::latencyOf(during))
          << Qt::endl;
    std::vector<double> after;
    for (int i = 0; i < 400; ++i) {
        after.push_back(bench::timeCalls(agent, "ticket.list", queue, 1).front());
        QThread::msleep(50);
    }
    server.terminate();
    server.waitForFinished(120000);
    // What the server said of its rebuilds (their cost to the writer among it).
    QFile log(dir.filePath(u"server.log"_s));
    if (log.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : log.readAll().split('\n')) {
            if (line.contains("rebuilt") || line.contains("held the writer"))
                out() << "  server: " << line << Qt::endl;
        }
    }
    out() << "| after start | s |" << Qt::endl << "|---|---:|" << Qt::endl;
    const auto seconds = [](qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 2); };
    out() << "| listening | " << seconds(listened) << " |" << Qt::endl;
    out() << "| system.ping answered | " << seconds(pinged) << " |" << Qt::endl;
    out() << "| an agent's queue page answered (after logging in) | " << seconds(served) << " |"
          << Qt::endl;
    out() << "| every rebuild done | " << seconds(rebuilt) << " |" << Qt::endl;
    out() << "agent's queue page, " << after.size()
          << " calls after the rebuild: " << bench::formatLatency(bench::latencyOf(after))
          << Qt::endl;
    return 0;
}

int fieldQueries(const QString& serverBinary, qint64 tickets, QString dbPath, int runs)
{
    QTemporaryDir dir;
    const auto desk = openDesk(dir, dbPath, tickets);
    if (!desk)
        return 1;
    qint64 group = 0;
    {
        const auto session = benchSession(*desk);
        QString error = catchUp(*session);
        if (error.isEmpty())
            error = bench::seedReportSites(*session, out());
        if (!error.isEmpty()) {
            out() << "seeding the sites failed: " << error << Qt::endl;
            return 1;
        }
        group = scalar(*session, u"SELECT id FROM agent_groups WHERE name = 'Service Desk'"_s);
    }
    QProcess server;
    const quint16 port =
        bench::startReadyServer(server, serverBinary, dbPath, dir.filePath(u"server.log"_s));
    bench::LoadClient manager;
    if (port != 0)
        manager.connectTo(port);
    if (port == 0 || !manager.login(u"admin"_s, QString::fromLatin1(Password))) {
        out() << "the server did not start or let the manager in" << Qt::endl;
        return 1;
    }
    bench::timeFieldReports(manager, group, runs, out());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"mode"_s, u"queries, writes, catchup, fields or startup"_s);
    parser.addOption({u"tickets"_s, u"Tickets over two years."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"db"_s, u"Keep (or reuse) the desk in this SQLite file."_s, u"path"_s});
    parser.addOption({u"runs"_s, u"Calls of each query."_s, u"n"_s, u"20"_s});
    parser.addOption({u"seconds"_s, u"Seconds per throughput phase."_s, u"s"_s, u"5"_s});
    parser.addOption({u"rounds"_s, u"Alternations of with/without rollups."_s, u"n"_s, u"3"_s});
    parser.addOption({u"server"_s, u"The frontline-server binary."_s, u"path"_s,
                      QString::fromUtf8(FRONTLINE_SERVER_BIN_DEFAULT)});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const qint64 tickets = parser.value(u"tickets"_s).toLongLong();
    if (mode == u"queries"_s)
        return queries(parser.value(u"server"_s), tickets, parser.value(u"db"_s),
                       std::max(1, parser.value(u"runs"_s).toInt()));
    if (mode == u"writes"_s)
        return writes(parser.value(u"server"_s), tickets, parser.value(u"db"_s),
                      parser.value(u"seconds"_s).toInt(),
                      std::max(1, parser.value(u"rounds"_s).toInt()));
    if (mode == u"catchup"_s)
        return catchUpCost(parser.value(u"server"_s), tickets, parser.value(u"db"_s),
                           std::max(1, parser.value(u"seconds"_s).toInt()));
    if (mode == u"fields"_s)
        return fieldQueries(parser.value(u"server"_s), tickets, parser.value(u"db"_s),
                            std::max(1, parser.value(u"runs"_s).toInt()));
    if (mode == u"startup"_s)
        return startup(parser.value(u"server"_s), tickets, parser.value(u"db"_s));
    parser.showHelp(1);
}
