// frontline-workflow-bench: what the workflow engine costs.
//
//   frontline-workflow-bench rules [--seconds 5] [--rounds 3]
//     durable ticket.create throughput (16 connections, one create in flight each) against a
//     real server, alternating between no automation rules and 50 active ones.
//   frontline-workflow-bench scheduler [--sizes 10000,100000,1000000]
//     the scheduler's work per due ticket with N open tickets carrying due times: each size
//     gets a fresh SQLite database with N open tickets (2,000 of them due), then the
//     scheduler's rounds are timed in-process, as the server runs them.
#include "benchseeder.h"
#include "benchserver.h"
#include "loadclient.h"
#include "services/schedulerwork.h"
#include "storage/migrations.h"
#include "storage/sqlsession.h"
#include "workflow/workflowconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
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
#include <random>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

constexpr auto Password = "bench password 2026";

// Fifty rules as a desk might have them: most look at every new ticket and do not match, a
// few match and tag it (a second version in the same transaction), some wait for other events,
// and five time rules start a timer for every new ticket.
QList<QJsonObject> fiftyRules(bool acting)
{
    QList<QJsonObject> rules;
    const auto rule = [](const QString& name, const QJsonObject& trigger,
                         const QJsonArray& conditions, const QJsonArray& actions) {
        return QJsonObject {{"name"_L1, name},
                            {"trigger"_L1, trigger},
                            {"conditions"_L1, conditions},
                            {"actions"_L1, actions}};
    };
    const QJsonObject created {{"event"_L1, u"created"_s}};
    for (int i = 0; i < 30; ++i)
        rules.append(rule(
            u"Route keyword %1"_s.arg(i), created,
            QJsonArray {QJsonObject {{"field"_L1, u"title"_s},
                                     {"op"_L1, u"contains"_s},
                                     {"value"_L1, u"keyword-%1"_s.arg(i)}}},
            QJsonArray {QJsonObject {{"type"_L1, u"add_tag"_s}, {"value"_L1, u"kw%1"_s.arg(i)}}}));
    for (int i = 0; i < 3; ++i)
        rules.append(
            rule(u"Tag urgent %1"_s.arg(i), created,
                 QJsonArray {QJsonObject {
                     {"field"_L1, u"urgency"_s}, {"op"_L1, u"is"_s}, {"value"_L1, acting ? 1 : 3}}},
                 QJsonArray {
                     QJsonObject {{"type"_L1, u"add_tag"_s}, {"value"_L1, u"urgent%1"_s.arg(i)}}}));
    const QStringList others {u"updated"_s, u"commented"_s, u"status_changed"_s, u"sla_warning"_s,
                              u"sla_breached"_s};
    for (int i = 0; i < 12; ++i)
        rules.append(rule(u"On %1 %2"_s.arg(others.at(i % others.size())).arg(i),
                          QJsonObject {{"event"_L1, others.at(i % others.size())}},
                          QJsonArray {QJsonObject {
                              {"field"_L1, u"priority"_s}, {"op"_L1, u"lte"_s}, {"value"_L1, 2}}},
                          QJsonArray {QJsonObject {{"type"_L1, u"notify"_s},
                                                   {"to"_L1, u"assignee"_s},
                                                   {"message"_L1, u"Look at #{{ticket.id}}"_s}}}));
    for (int i = 0; i < 5; ++i)
        rules.append(
            rule(u"Remind %1"_s.arg(i),
                 QJsonObject {{"event"_L1, u"time"_s},
                              {"anchor"_L1, u"created"_s},
                              {"after_minutes"_L1, 60 * (i + 1)}},
                 QJsonArray {QJsonObject {{"field"_L1, u"assignee"_s}, {"op"_L1, u"is_not_set"_s}}},
                 QJsonArray {QJsonObject {{"type"_L1, u"notify"_s},
                                          {"to"_L1, u"group"_s},
                                          {"message"_L1, u"Still unassigned"_s}}}));
    if (!acting) { // the time rules wait for an event creation does not make
        for (qsizetype i = rules.size() - 5; i < rules.size(); ++i) {
            QJsonObject trigger = rules[i].value("trigger"_L1).toObject();
            trigger.insert("anchor"_L1, u"commented"_s);
            rules[i].insert("trigger"_L1, trigger);
        }
    }
    return rules;
}

int rulesBenchmark(const QString& serverBinary, int seconds, int rounds, bool acting)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    server::DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"rules.db"_s);
    if (const QString error =
            bench::BenchSeeder::seed(database, 10000, QString::fromLatin1(Password));
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
    bench::LoadClient admin;
    admin.connectTo(port);
    admin.login(u"admin"_s, QString::fromLatin1(Password));
    const QString token = bench::sessionToken(port, u"user0"_s, QString::fromLatin1(Password));
    std::vector<double> without;
    std::vector<double> with;
    for (int round = 0; round < rounds; ++round) {
        without.push_back(bench::createThroughput(port, token, 16, seconds));
        QList<qint64> ids;
        for (const QJsonObject& rule : fiftyRules(acting)) {
            const QJsonObject answer = admin.callJson("rule.create", rule);
            if (!answer.contains("result"_L1))
                qFatal("rule.create failed: %s", QJsonDocument(answer).toJson().constData());
            ids.append(answer.value("result"_L1).toObject().value("id"_L1).toInteger());
        }
        with.push_back(bench::createThroughput(port, token, 16, seconds));
        for (qint64 id : std::as_const(ids))
            admin.callJson("rule.delete", {{"id"_L1, id}});
        out << "  round " << round + 1 << ": " << qRound(without.back()) << " /s without rules, "
            << qRound(with.back()) << " /s with 50" << Qt::endl;
    }
    std::sort(without.begin(), without.end());
    std::sort(with.begin(), with.end());
    const double a = without[without.size() / 2];
    const double b = with[with.size() / 2];
    out << "| durable `ticket.create`, 16 connections, no rules (median of " << rounds << ") | "
        << qRound(a) << " /s |" << Qt::endl;
    out << "| the same with 50 active rules | " << qRound(b) << " /s (" << Qt::fixed
        << qSetRealNumberPrecision(1) << (b / a - 1) * 100 << " %) |" << Qt::endl;
    server.terminate();
    server.waitForFinished(30000);
    return 0;
}

// N open tickets with due times spread over the next month, `due` of them due now.
void seedOpenTickets(server::SqlSession& session, qint64 count, int due, qint64 now)
{
    session.begin();
    session.execute(u"INSERT INTO users (username, display_name, email, role, password_hash, "
                    "disabled, created_at, updated_at) VALUES ('req', 'Req', '', 'requester', "
                    "'!', 0, 0, 0)"_s);
    server::Statement insert = session.prepare(uR"(INSERT INTO tickets (type, title, description,
 status, is_open, impact, urgency, priority, requester_id, created_at, updated_at, version,
 response_due, resolve_due, response_warn_at, resolve_warn_at, sla_next_due, sla_state,
 sla_wake_at) VALUES ('incident', ?, '', 'new', 1, 2, 2, 3,
 (SELECT id FROM users WHERE username = 'req'), ?, ?, 1, ?, ?, ?, ?, ?, 'on_track', ?))"_s);
    std::mt19937_64 random(7);
    for (qint64 i = 0; i < count; ++i) {
        const bool isDue = i % (count / due) == 0;
        const qint64 created = now - 3600 * 1000;
        const qint64 warn =
            isDue ? now - 1000 : now + 60000 + static_cast<qint64>(random() % (30LL * 86400000));
        const qint64 responseDue = warn + 3600 * 1000;
        insert.bind(u"Ticket %1"_s.arg(i))
            .bind(created)
            .bind(created)
            .bind(responseDue)
            .bind(responseDue + 86400000)
            .bind(warn)
            .bind(warn + 86400000)
            .bind(responseDue)
            .bind(warn);
        insert.exec();
        if (i % 100000 == 99999) {
            session.commit();
            session.begin();
        }
    }
    session.commit();
}

int schedulerBenchmark(const QList<qint64>& sizes)
{
    QTextStream out(stdout);
    const int due = 2000;
    out << "| open tickets with due times | due now | scheduler rounds | µs per due ticket "
           "(state change, event log, push) | next-due lookup |"
        << Qt::endl
        << "|---:|---:|---:|---:|---:|" << Qt::endl;
    for (qint64 size : sizes) {
        QTemporaryDir dir;
        server::DatabaseConfig database;
        database.sqlitePath = dir.filePath(u"scheduler.db"_s);
        auto opened = server::SqlSession::open(database, u"bench"_s);
        if (!opened) {
            out << opened.error() << Qt::endl;
            return 1;
        }
        auto session = std::move(opened).value();
        if (!server::migrate(*session)) {
            out << "migration failed" << Qt::endl;
            return 1;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer seeding;
        seeding.start();
        seedOpenTickets(*session, size, due, now);
        out.flush();
        const server::WorkflowConfig& workflow = server::WorkflowConfig::defaults();
        // The lookup the scheduler sleeps on.
        QElapsedTimer lookup;
        lookup.start();
        for (int i = 0; i < 1000; ++i)
            server::SchedulerWork::nextDue(*session);
        const double lookupUs = lookup.nsecsElapsed() / 1000.0 / 1000;
        QElapsedTimer work;
        work.start();
        int processed = 0;
        int roundCount = 0;
        for (;;) {
            session->begin();
            auto result = server::SchedulerWork(*session, workflow, now).runDue(200);
            session->commit();
            ++roundCount;
            const QJsonObject summary = result->result.toValue().toObject();
            processed += summary.value("processed"_L1).toInt();
            if (!summary.value("more"_L1).toBool())
                break;
        }
        const double perTicket = work.nsecsElapsed() / 1000.0 / std::max(1, processed);
        out << "| " << size << " | " << processed << " | " << roundCount << " | "
            << qRound(perTicket) << " | " << QString::number(lookupUs, 'f', 1) << " µs |"
            << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"mode"_s, u"rules or scheduler"_s);
    parser.addOption({u"seconds"_s, u"Seconds per throughput phase."_s, u"s"_s, u"5"_s});
    parser.addOption({u"rounds"_s, u"Alternations of without/with rules."_s, u"n"_s, u"3"_s});
    parser.addOption({u"quiet"_s, u"Rules that look at every new ticket but act on none."_s});
    parser.addOption({u"sizes"_s, u"Open ticket counts for the scheduler."_s, u"list"_s,
                      u"10000,100000,1000000"_s});
    parser.addOption({u"server"_s, u"The frontline-server binary."_s, u"path"_s,
                      QString::fromUtf8(FRONTLINE_SERVER_BIN_DEFAULT)});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == u"rules"_s)
        return rulesBenchmark(parser.value(u"server"_s), parser.value(u"seconds"_s).toInt(),
                              parser.value(u"rounds"_s).toInt(), !parser.isSet(u"quiet"_s));
    if (mode == u"scheduler"_s) {
        QList<qint64> sizes;
        for (const QString& size : parser.value(u"sizes"_s).split(u','))
            sizes.append(size.toLongLong());
        return schedulerBenchmark(sizes);
    }
    parser.showHelp(1);
}
