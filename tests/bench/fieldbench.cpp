// frontline-fields-bench: a queue page filtered on a custom field (issue 21) at a large desk.
//
//   frontline-fields-bench [--tickets 1000000] [--db PATH]
//     seeds (or reuses) a SQLite database of N tickets (BenchSeeder), gives every ticket a
//     `site` (a choice of 10 options, so 10 % of the tickets have each) and a `cost` (a number
//     0-9999), starts the real server and times ticket.list pages filtered on those fields, as
//     the agent (a union of queue scopes) and as the administrator (every ticket): the first
//     page and pages deep into the queue by cursor (each timed 200 times after 10 untimed
//     calls). Prints a Markdown table of p50 / p99.
#include "api/fieldapi.h"
#include "benchseeder.h"
#include "benchserver.h"
#include "latency.h"
#include "loadclient.h"
#include "storage/fieldrepository.h"
#include "storage/sqlsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace frontline;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Password = "bench password 2026";
constexpr int Sites = 10;

QString siteKey(int i)
{
    return u"site_%1"_s.arg(i);
}

// The two fields and a value of each for every ticket, unless the database has them already.
QString seedFields(const server::DatabaseConfig& database)
{
    auto opened = server::SqlSession::open(database, u"fields-seeder"_s);
    if (!opened)
        return opened.error();
    server::SqlSession& session = **opened;
    server::FieldRepository fields(session);
    if (fields.findByName(u"site"_s))
        return {}; // reused
    QElapsedTimer timer;
    timer.start();
    try {
        session.begin();
        api::FieldDefinition site;
        site.name = u"site"_s;
        site.label = u"Site"_s;
        site.type = api::FieldType::Choice;
        for (int i = 0; i < Sites; ++i)
            site.options.append({siteKey(i), u"Site %1"_s.arg(i), true});
        site.id = fields.insert(site, 0);
        api::FieldDefinition cost;
        cost.name = u"cost"_s;
        cost.label = u"Cost"_s;
        cost.type = api::FieldType::Number;
        cost.id = fields.insert(cost, 0);
        // Straight rows, as the repository writes them (ids are dense from 1).
        server::Statement maxId = session.prepare(u"SELECT MAX(id) FROM tickets"_s);
        maxId.exec();
        const qint64 last = maxId.next() ? maxId.int64(0) : 0;
        for (qint64 id = 1; id <= last; ++id) {
            server::Statement row = session.prepare(
                u"INSERT INTO ticket_field_values (ticket_id, field_id, seq, text_value, "
                "number_value) VALUES (?, ?, 0, ?, NULL), (?, ?, 0, NULL, ?)"_s);
            row.bind(id)
                .bind(site.id)
                .bind(siteKey(static_cast<int>((id * 7) % Sites)))
                .bind(id)
                .bind(cost.id)
                .bind(static_cast<double>((id * 7919) % 10000));
            row.exec();
        }
        session.commit();
        session.execute(u"ANALYZE"_s);
    } catch (const server::DbException& e) {
        session.rollback();
        return e.describe();
    }
    QTextStream(stdout) << "  field values seeded in " << timer.elapsed() / 1000 << " s"
                        << Qt::endl;
    return {};
}

// `runs` pages of `filter` in `sort` for `client`, `depth` pages in (following cursors).
std::vector<double> timePages(bench::LoadClient& client, const QJsonObject& filter,
                              const QString& sort, int depth, int runs)
{
    QString cursor;
    QJsonObject params {{"filter"_L1, filter}, {"sort"_L1, sort}, {"limit"_L1, 50}};
    for (int i = 0; i < depth; ++i) {
        if (!cursor.isEmpty())
            params.insert("cursor"_L1, cursor);
        cursor = client.callJson("ticket.list", params).value("next_cursor"_L1).toString();
    }
    if (!cursor.isEmpty())
        params.insert("cursor"_L1, cursor);
    const QByteArray page = QJsonDocument(params).toJson(QJsonDocument::Compact);
    // Ten untimed calls first: the figure is the page as agents get it while they work, not
    // the first read of its index pages after the server started.
    bench::timeCalls(client, "ticket.list", page, 10);
    return bench::timeCalls(client, "ticket.list", page, runs);
}

int run(const QString& serverBinary, qint64 tickets, QString dbPath)
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (dbPath.isEmpty())
        dbPath = dir.filePath(u"fields.db"_s);
    server::DatabaseConfig database;
    database.sqlitePath = dbPath;
    QElapsedTimer timer;
    timer.start();
    if (QString error = bench::BenchSeeder::seed(database, tickets, QString::fromLatin1(Password));
        !error.isEmpty() || !(error = seedFields(database)).isEmpty()) {
        out << "seeding failed: " << error << Qt::endl;
        return 1;
    }
    out << "  seeded in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    QProcess server;
    const quint16 port =
        bench::startReadyServer(server, serverBinary, dbPath, dir.filePath(u"server.log"_s));
    if (port == 0) {
        out << "the server did not start" << Qt::endl;
        return 1;
    }
    bench::LoadClient agent;
    agent.connectTo(port);
    agent.login(u"agent"_s, QString::fromLatin1(Password));
    bench::LoadClient admin;
    admin.connectTo(port);
    admin.login(u"admin"_s, QString::fromLatin1(Password));

    struct Case
    {
        QString label;
        bench::LoadClient* client;
        QJsonObject filter;
        QString sort;
        int depth;
    };
    const QJsonObject oneSite {{"fields"_L1, QJsonObject {{"site"_L1, siteKey(3)}}}};
    const QJsonObject openSite {{"open"_L1, true},
                                {"group"_L1, u"mine"_s},
                                {"fields"_L1, QJsonObject {{"site"_L1, siteKey(3)}}}};
    const QJsonObject costRange {
        {"fields"_L1,
         QJsonObject {
             {"cost"_L1,
              QJsonObject {{"op"_L1, u"between"_s}, {"value"_L1, QJsonArray {1000, 1999}}}}}}};
    const QJsonObject twoSites {
        {"fields"_L1,
         QJsonObject {{"site"_L1,
                       QJsonObject {{"op"_L1, u"any_of"_s},
                                    {"value"_L1, QJsonArray {siteKey(1), siteKey(2)}}}}}}};
    const QList<Case> cases {
        {u"agent, my groups' open tickets, site = one of 10, by priority"_s, &agent, openSite,
         u"priority"_s, 0},
        {u"agent, same, 20 pages deep"_s, &agent, openSite, u"priority"_s, 20},
        {u"agent, site = one of 10, recently updated"_s, &agent, oneSite, u"-updated"_s, 0},
        {u"admin, every ticket, site = one of 10, recently updated"_s, &admin, oneSite,
         u"-updated"_s, 0},
        {u"admin, same, 100 pages deep"_s, &admin, oneSite, u"-updated"_s, 100},
        {u"admin, cost between 1000 and 1999 (10 %), newest"_s, &admin, costRange, u"-created"_s,
         0},
        // (By priority only with open: the index serves the priority order of open tickets;
        // every ticket by priority is a sort of them all, with or without a field.)
        {u"admin, site any of two (20 %), newest"_s, &admin, twoSites, u"-created"_s, 0},
    };
    const int runs = 200;
    std::vector<double> all;
    out << "| " << tickets << " tickets: page of 50 | p50 / p99 |" << Qt::endl
        << "|---|---:|" << Qt::endl;
    for (const Case& c : cases) {
        const auto ms = timePages(*c.client, c.filter, c.sort, c.depth, runs);
        all.insert(all.end(), ms.begin(), ms.end());
        out << "| " << c.label << " | " << bench::formatLatency(bench::latencyOf(ms)) << " |"
            << Qt::endl;
    }
    out << "| all of the above | " << bench::formatLatency(bench::latencyOf(all)) << " |"
        << Qt::endl;
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
    parser.addOption({u"tickets"_s, u"Tickets in the desk."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"db"_s, u"Keep (or reuse) the desk in this SQLite file."_s, u"path"_s});
    parser.addOption({u"server"_s, u"The frontline-server binary."_s, u"path"_s,
                      QString::fromUtf8(FRONTLINE_SERVER_BIN_DEFAULT)});
    parser.process(app);
    return run(parser.value(u"server"_s), parser.value(u"tickets"_s).toLongLong(),
               parser.value(u"db"_s));
}
