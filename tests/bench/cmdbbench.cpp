// frontline-cmdb-bench: configuration management at a large site (issue 22).
//
//   frontline-cmdb-bench [--db PATH | postgresql://...] [--cis 100000] [--relations 300000]
//                        [--samples 2000] [--import 10000]
//     makes a fresh database (a temporary SQLite file, or a new database on the PostgreSQL
//     server named), imports `--import` CIs through ci.import's service in one transaction
//     (timed), then seeds `--cis` CIs in a layered graph (services, applications, servers,
//     network devices with a core layer, laptops; users) with `--relations` relationships and
//     times the impact walk (ci.impact's, in process: the storage work without the network)
//     from `--samples` CIs picked at random, and from the core switches (the worst case: the
//     node bound ends the walk). Prints a Markdown table of p50 / p99 / max.
#include "api/cmdbapi.h"
#include "api/orgapi.h"
#include "auth/principal.h"
#include "services/cmdbimport.h"
#include "services/cmdbservice.h"
#include "storage/migrations.h"
#include "storage/sqlsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <ctime>

using namespace frontline;
using namespace Qt::StringLiterals;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

// Rows inserted many per statement (the seeding, not what is measured).
class BulkInsert
{
public:
    BulkInsert(server::SqlSession& session, QString head, int columns)
        : m_session(session)
        , m_head(std::move(head))
        , m_columns(columns)
    { }
    ~BulkInsert() { flush(); }

    void add(const QVariantList& row)
    {
        m_rows.append(row);
        if (m_rows.size() == 500)
            flush();
    }
    void flush()
    {
        if (m_rows.isEmpty())
            return;
        QStringList marks;
        marks.fill(u"?"_s, m_columns);
        QStringList tuples;
        tuples.fill(u"("_s + marks.join(u", "_s) + u')', m_rows.size());
        server::Statement insert = m_session.prepare(m_head + tuples.join(u", "_s));
        for (const QVariantList& row : std::as_const(m_rows)) {
            for (const QVariant& value : row)
                insert.bind(value);
        }
        insert.exec();
        m_rows.clear();
    }

private:
    server::SqlSession& m_session;
    QString m_head;
    int m_columns;
    QList<QVariantList> m_rows;
};

qint64 classId(server::SqlSession& session, const QString& name)
{
    server::Statement query = session.prepare(u"SELECT id FROM ci_classes WHERE name = ?"_s);
    query.bind(name);
    query.exec();
    return query.next() ? query.int64(0) : 0;
}

struct Graph
{
    QList<qint64> cis;
    QList<qint64> core;
};

// The layers, by share of the CIs: 1 % services, 5 % applications, 10 % servers, 4 % network
// devices (of which 20 core switches every other device is connected to), 80 % laptops; 10,000
// users. Relationships: laptops and servers connected_to a device, devices to a core switch,
// applications run_on servers and depend on an application, services depend on applications
// and are used_by users, laptops are used_by users; the rest: applications depending on more
// servers.
Graph seed(server::SqlSession& session, int total, int relations)
{
    QRandomGenerator random(2026);
    Graph graph;
    session.begin();
    const qint64 first = [&] {
        server::Statement max = session.prepare(u"SELECT COALESCE(MAX(id), 0) FROM cis"_s);
        max.exec();
        max.next();
        return max.int64(0) + 1;
    }();
    const int users = 10000;
    {
        BulkInsert insert(session,
                          u"INSERT INTO users (username, display_name, email, role, "
                          "password_hash, created_at, updated_at) VALUES "_s,
                          7);
        for (int i = 0; i < users; ++i)
            insert.add({u"bench%1"_s.arg(i), u"Bench user %1"_s.arg(i),
                        u"bench%1@example.org"_s.arg(i), u"requester"_s, u"-"_s, 0, 0});
    }
    QList<qint64> userIds;
    {
        server::Statement query =
            session.prepare(u"SELECT id FROM users WHERE username LIKE 'bench%' ORDER BY id"_s);
        query.exec();
        while (query.next())
            userIds.append(query.int64(0));
    }
    const int services = total / 100;
    const int apps = total / 20;
    const int servers = total / 10;
    const int devices = total / 25;
    const int laptops = total - services - apps - servers - devices;
    struct Layer
    {
        QString cls;
        int count;
        QList<qint64> ids;
    };
    QList<Layer> layers {{u"service"_s, services, {}},
                         {u"application"_s, apps, {}},
                         {u"server"_s, servers, {}},
                         {u"network_device"_s, devices, {}},
                         {u"laptop"_s, laptops, {}}};
    qint64 next = first;
    {
        BulkInsert insert(session,
                          u"INSERT INTO cis (id, name, class_id, status, host_name, serial, "
                          "attributes, search_text, version, created_at, updated_at) VALUES "_s,
                          11);
        for (Layer& layer : layers) {
            const qint64 cls = classId(session, layer.cls);
            for (int i = 0; i < layer.count; ++i) {
                const QString name = u"%1-%2"_s.arg(layer.cls).arg(i);
                insert.add({next, name, cls, u"in_use"_s, name, u"SN%1"_s.arg(next), u"{}"_s, name,
                            1, 0, 0});
                layer.ids.append(next);
                graph.cis.append(next);
                ++next;
            }
        }
    }
    if (!session.isSqlite()) // ids given explicitly: move the sequence past them
        session.execute(u"SELECT setval(pg_get_serial_sequence('cis', 'id'), %1)"_s.arg(next));
    const QList<qint64>& serviceIds = layers[0].ids;
    const QList<qint64>& appIds = layers[1].ids;
    const QList<qint64>& serverIds = layers[2].ids;
    const QList<qint64>& deviceIds = layers[3].ids;
    const QList<qint64>& laptopIds = layers[4].ids;
    const int coreCount = std::min<int>(20, deviceIds.size());
    graph.core = deviceIds.mid(0, coreCount);
    auto pick = [&random](const QList<qint64>& ids) {
        return ids.at(random.bounded(int(ids.size())));
    };
    QSet<QString> seen;
    int made = 0;
    BulkInsert insert(session,
                      u"INSERT INTO ci_relations (from_ci, type, target_kind, target_id, "
                      "created_at) VALUES "_s,
                      5);
    auto relate = [&](qint64 from, const QString& type, const QString& kind, qint64 to) {
        if (made >= relations || (kind == "ci"_L1 && from == to))
            return;
        const QString key = u"%1 %2 %3 %4"_s.arg(from).arg(type, kind).arg(to);
        if (seen.contains(key))
            return;
        seen.insert(key);
        insert.add({from, type, kind, to, 0});
        ++made;
    };
    for (int i = coreCount; i < deviceIds.size(); ++i)
        relate(deviceIds.at(i), u"connected_to"_s, u"ci"_s, graph.core.at(i % coreCount));
    for (qint64 laptop : laptopIds)
        relate(laptop, u"connected_to"_s, u"ci"_s, pick(deviceIds));
    for (qint64 server : serverIds)
        relate(server, u"connected_to"_s, u"ci"_s, pick(deviceIds));
    for (qint64 app : appIds) {
        relate(app, u"runs_on"_s, u"ci"_s, pick(serverIds));
        relate(app, u"runs_on"_s, u"ci"_s, pick(serverIds));
        relate(app, u"depends_on"_s, u"ci"_s, pick(appIds));
    }
    for (qint64 service : serviceIds) {
        for (int k = 0; k < 5; ++k)
            relate(service, u"depends_on"_s, u"ci"_s, pick(appIds));
        for (int k = 0; k < 40; ++k)
            relate(service, u"used_by"_s, u"user"_s, pick(userIds));
    }
    for (qint64 laptop : laptopIds)
        relate(laptop, u"used_by"_s, u"user"_s, pick(userIds));
    // The rest: applications that also need another server (the database's, the file
    // server's), as sites record them.
    while (made < relations)
        relate(pick(appIds), u"depends_on"_s, u"ci"_s, pick(serverIds));
    insert.flush();
    session.commit();
    session.execute(u"ANALYZE"_s);
    return graph;
}

// The alternative measured against the walk: one recursive query. UNION drops repeated rows,
// not repeated nodes: a node comes back once per path length up to the depth bound, and the
// node bound can only cut the answer, not the work.
int cteWalk(server::SqlSession& session, qint64 start, int depth, int limit)
{
    server::Statement query = session.prepare(uR"(WITH RECURSIVE walk(kind, id, depth) AS (
 SELECT 'ci', CAST(? AS BIGINT), 0
 UNION
 SELECT CASE WHEN r.type = 'used_by' THEN r.target_kind ELSE 'ci' END,
        CASE WHEN r.type = 'used_by' THEN r.target_id ELSE r.from_ci END, w.depth + 1
 FROM walk w JOIN ci_relations r
   ON (r.type = 'used_by' AND r.from_ci = w.id)
   OR (r.type <> 'used_by' AND r.target_kind = 'ci' AND r.target_id = w.id)
 WHERE w.kind = 'ci' AND w.depth < ?)
SELECT kind, id, MIN(depth) FROM walk GROUP BY kind, id LIMIT ?)"_s);
    query.bind(start).bind(depth).bind(limit);
    query.exec();
    int rows = 0;
    while (query.next())
        ++rows;
    return rows;
}

QString importCsv(int rows)
{
    QString csv = u"name,class,status,host_name,serial\n"_s;
    for (int i = 0; i < rows; ++i)
        csv += u"import-%1,laptop,in_use,imp-%1,IMP%1\n"_s.arg(i);
    return csv;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Configuration management at a large site"_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"SQLite path or postgresql:// URL"_s, u"db"_s);
    const QCommandLineOption cisOption(u"cis"_s, u"CIs in the graph"_s, u"n"_s, u"100000"_s);
    const QCommandLineOption relationsOption(u"relations"_s, u"relationships"_s, u"n"_s,
                                             u"300000"_s);
    const QCommandLineOption samplesOption(u"samples"_s, u"impact walks timed"_s, u"n"_s,
                                           u"2000"_s);
    const QCommandLineOption importOption(u"import"_s, u"CIs imported from CSV"_s, u"n"_s,
                                          u"10000"_s);
    parser.addOptions({dbOption, cisOption, relationsOption, samplesOption, importOption});
    parser.process(app);

    QTemporaryDir dir;
    QString spec = parser.value(dbOption);
    if (spec.isEmpty())
        spec = dir.filePath(u"cmdb-bench.db"_s);
    if (spec.startsWith("postgres"_L1)) {
        // A database of its own on that server.
        auto admin = server::DatabaseConfig::parse(spec);
        if (!admin) {
            out() << admin.error() << Qt::endl;
            return 1;
        }
        auto adminSession = server::SqlSession::open(*admin, u"cmdb-bench-admin"_s);
        if (!adminSession) {
            out() << adminSession.error() << Qt::endl;
            return 1;
        }
        const QString name =
            u"fl_cmdb_bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        (*adminSession)->execute(u"CREATE DATABASE "_s + name);
        QUrl url(spec);
        url.setPath(u"/"_s + name);
        spec = url.toString();
    }
    auto config = server::DatabaseConfig::parse(spec);
    if (!config) {
        out() << config.error() << Qt::endl;
        return 1;
    }
    auto opened = server::SqlSession::open(*config, u"cmdb-bench"_s);
    if (!opened) {
        out() << opened.error() << Qt::endl;
        return 1;
    }
    server::SqlSession& session = **opened;
    if (auto migrated = server::migrate(session); !migrated) {
        out() << migrated.error() << Qt::endl;
        return 1;
    }
    const QString backend = session.isSqlite() ? u"SQLite"_s : u"PostgreSQL"_s;
    out() << "frontline-cmdb-bench on " << backend << ", " << QSysInfo::prettyProductName() << ", "
          << QThread::idealThreadCount() << " cores, " << QSysInfo::currentCpuArchitecture()
          << Qt::endl;

    server::Principal admin;
    admin.userId = 1;
    admin.username = u"admin"_s;
    admin.role = Role::Admin;
    {
        const int rows = parser.value(importOption).toInt();
        api::ImportParams params;
        params.csv = importCsv(rows);
        params.dryRun = false;
        QElapsedTimer timer;
        timer.start();
        session.begin();
        auto outcome = server::CmdbImport(session, admin, 0).run(params);
        session.commit();
        out() << "| ci.import of " << rows << " CIs (one transaction) | " << timer.elapsed()
              << " ms |" << (outcome ? "" : " FAILED") << Qt::endl;
    }

    QElapsedTimer seeding;
    seeding.start();
    const Graph graph =
        seed(session, parser.value(cisOption).toInt(), parser.value(relationsOption).toInt());
    out() << "seeded " << graph.cis.size() << " CIs and their relationships in "
          << seeding.elapsed() << " ms" << Qt::endl;

    QRandomGenerator random(7);
    QList<double> times;
    QList<double> cpuTimes; // this process's CPU: the whole walk on SQLite, the client's on PG
    QList<double> sizes;
    const int samples = parser.value(samplesOption).toInt();
    for (int i = 0; i < samples; ++i) {
        api::CiNode start;
        start.id = graph.cis.at(random.bounded(int(graph.cis.size())));
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        session.beginRead();
        const api::CiImpact impact = server::CmdbService::walk(
            session, start, api::DefaultImpactDepth, api::DefaultImpactNodes);
        session.commit();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.append(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        sizes.append(double(impact.cis.size() + impact.users.size()));
    }
    QList<double> coreTimes;
    for (qint64 core : graph.core) {
        api::CiNode start;
        start.id = core;
        QElapsedTimer timer;
        timer.start();
        session.beginRead();
        server::CmdbService::walk(session, start, api::DefaultImpactDepth, api::DefaultImpactNodes);
        session.commit();
        coreTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out() << Qt::endl
          << "| impact walk (" << backend << ", " << graph.cis.size()
          << " CIs) | p50 | p99 | max | nodes p50 / p99 |" << Qt::endl
          << "|---|---|---|---|---|" << Qt::endl;
    out() << "| random CI (" << samples << ") | " << QString::number(percentile(times, 0.5), 'f', 2)
          << " ms | " << QString::number(percentile(times, 0.99), 'f', 2) << " ms | "
          << QString::number(percentile(times, 1.0), 'f', 2) << " ms | " << percentile(sizes, 0.5)
          << " / " << percentile(sizes, 0.99) << " |" << Qt::endl;
    out() << "| random CI, this process's CPU | "
          << QString::number(percentile(cpuTimes, 0.5), 'f', 2) << " ms | "
          << QString::number(percentile(cpuTimes, 0.99), 'f', 2) << " ms | "
          << QString::number(percentile(cpuTimes, 1.0), 'f', 2) << " ms | |" << Qt::endl;
    out() << "| core switch (" << coreTimes.size() << ", node bound " << api::DefaultImpactNodes
          << ") | " << QString::number(percentile(coreTimes, 0.5), 'f', 2) << " ms | "
          << QString::number(percentile(coreTimes, 0.99), 'f', 2) << " ms | "
          << QString::number(percentile(coreTimes, 1.0), 'f', 2) << " ms | |" << Qt::endl;
    // The recursive query on the same starts (fewer: it is slower).
    QList<double> cteTimes;
    QRandomGenerator cteRandom(7);
    for (int i = 0; i < std::min(samples, 200); ++i) {
        const qint64 start = graph.cis.at(cteRandom.bounded(int(graph.cis.size())));
        QElapsedTimer timer;
        timer.start();
        session.beginRead();
        cteWalk(session, start, api::DefaultImpactDepth, api::DefaultImpactNodes);
        session.commit();
        cteTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    QList<double> cteCore;
    for (qint64 core : graph.core.mid(0, 2)) {
        QElapsedTimer timer;
        timer.start();
        session.beginRead();
        cteWalk(session, core, api::DefaultImpactDepth, api::DefaultImpactNodes);
        session.commit();
        cteCore.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out() << "| recursive CTE instead, random CI (" << cteTimes.size() << ") | "
          << QString::number(percentile(cteTimes, 0.5), 'f', 2) << " ms | "
          << QString::number(percentile(cteTimes, 0.99), 'f', 2) << " ms | "
          << QString::number(percentile(cteTimes, 1.0), 'f', 2) << " ms | |" << Qt::endl;
    out() << "| recursive CTE instead, core switch (" << cteCore.size() << ") | "
          << QString::number(percentile(cteCore, 0.5), 'f', 2) << " ms | | "
          << QString::number(percentile(cteCore, 1.0), 'f', 2) << " ms | |" << Qt::endl;
    return 0;
}
