// frontline-cluster-bench: several frontline-server processes on one PostgreSQL.
//
//   frontline-cluster-bench --pg postgresql://user@host:port/postgres [--seconds 5] [--kills 3]
//     1. durable ticket.create per second with one server, then with three on the same
//        database (the same 18 client connections in all, spread over the servers);
//     2. the time another server needs to lead the scheduler after the leader is SIGKILLed
//        (read from the servers' logs: "leading scheduler"), `--kills` times.
//   It makes a database of its own in the cluster and drops it afterwards.
#include "benchserver.h"
#include "loadclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <array>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

constexpr const char* AdminPassword = "bench-admin-password";
constexpr const char* UserPassword = "bench user password";
const QString Leading = u"leading scheduler for this database"_s; // the server's log line

bool adminSql(const QString& adminUrl, const QString& sql)
{
    bool ok = false;
    {
        const QUrl url(adminUrl);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        ok = db.open() && QSqlQuery(db).exec(sql);
        if (!ok)
            QTextStream(stderr) << sql << ": " << db.lastError().text() << Qt::endl;
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    return ok;
}

QString logOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Server
{
    std::unique_ptr<QProcess> process;
    QString log;
    quint16 port = 0;
};

bool start(Server& server, const QString& binary, const QString& db, const QString& log)
{
    server.process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FRONTLINE_ADMIN_PASSWORD"_s, QString::fromLatin1(AdminPassword));
    server.process->setProcessEnvironment(env);
    server.log = log;
    server.port = bench::startServer(*server.process, binary, db, log);
    return server.port != 0;
}

// Creates per second over all `ports`, `connections` connections in all (round robin).
double spreadThroughput(const QList<quint16>& ports, const QString& token, int connections,
                        int seconds)
{
    std::vector<double> rates(std::size_t(ports.size()));
    std::vector<std::thread> threads;
    for (qsizetype i = 0; i < ports.size(); ++i) {
        const int share =
            connections / int(ports.size()) + (i < connections % ports.size() ? 1 : 0);
        threads.emplace_back([&, i, share] {
            rates[std::size_t(i)] = bench::createThroughput(ports[i], token, share, seconds);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    double total = 0;
    for (double rate : rates)
        total += rate;
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"pg"_s, u"PostgreSQL admin URL (a database of its own is made there)."_s,
                      u"url"_s, qEnvironmentVariable("FRONTLINE_TEST_PG_URL")});
    parser.addOption({u"seconds"_s, u"Seconds per throughput phase."_s, u"s"_s, u"5"_s});
    parser.addOption({u"connections"_s, u"Client connections in all."_s, u"n"_s, u"18"_s});
    parser.addOption({u"kills"_s, u"Leaders killed, one after the other."_s, u"n"_s, u"3"_s});
    parser.addOption({u"server"_s, u"The frontline-server binary."_s, u"path"_s,
                      QString::fromUtf8(FRONTLINE_SERVER_BIN_DEFAULT)});
    parser.process(app);
    QTextStream out(stdout);
    const QString adminUrl = parser.value(u"pg"_s);
    if (adminUrl.isEmpty()) {
        QTextStream(stderr) << "--pg (or FRONTLINE_TEST_PG_URL) is needed" << Qt::endl;
        return 2;
    }
    const QString binary = parser.value(u"server"_s);
    const int seconds = parser.value(u"seconds"_s).toInt();
    const int connections = parser.value(u"connections"_s).toInt();
    const QString name = u"frontline_cluster_bench_%1"_s.arg(QCoreApplication::applicationPid());
    if (!adminSql(adminUrl, u"CREATE DATABASE "_s + name))
        return 1;
    QUrl dbUrl(adminUrl);
    dbUrl.setPath(u"/"_s + name);
    const QString db = dbUrl.toString();
    QTemporaryDir logs;
    int status = 0;
    {
        std::array<Server, 3> servers;
        if (!start(servers[0], binary, db, logs.filePath(u"server0.log"_s)))
            qFatal("the first server did not start");
        {
            bench::LoadClient admin;
            admin.connectTo(servers[0].port);
            admin.login(u"admin"_s, QString::fromLatin1(AdminPassword));
            admin.callJson("user.create",
                           {{"username"_L1, u"user0"_s},
                            {"password"_L1, QString::fromLatin1(UserPassword)},
                            {"display_name"_L1, u"User Zero"_s},
                            {"email"_L1, u"user0@example.org"_s},
                            {"role"_L1, u"agent"_s}});
        }
        const QString token =
            bench::sessionToken(servers[0].port, u"user0"_s, QString::fromLatin1(UserPassword));
        out << "creates/s, " << connections << " connections, " << seconds << " s, "
            << QThread::idealThreadCount() << " cores:" << Qt::endl;
        const double one = spreadThroughput({servers[0].port}, token, connections, seconds);
        out << "  one server:    " << qRound(one) << " /s" << Qt::endl;
        for (int i = 1; i < 3; ++i) {
            if (!start(servers[std::size_t(i)], binary, db,
                       logs.filePath(u"server%1.log"_s.arg(i))))
                qFatal("server %d did not start", i);
        }
        const double three = spreadThroughput({servers[0].port, servers[1].port, servers[2].port},
                                              token, connections, seconds);
        out << "  three servers: " << qRound(three) << " /s (" << qRound(100 * (three / one - 1))
            << " %)" << Qt::endl;

        out << "takeover of the scheduler after a SIGKILL of its leader:" << Qt::endl;
        const int kills = parser.value(u"kills"_s).toInt();
        int generation = 0;
        for (int kill = 0; kill < kills; ++kill) {
            // The leader: the server whose log last says it leads the scheduler.
            std::size_t leader = 3;
            for (std::size_t i = 0; i < 3; ++i) {
                if (servers[i].process->state() == QProcess::Running
                    && logOf(servers[i].log).count(Leading) > 0)
                    leader = i;
            }
            if (leader == 3)
                qFatal("no server leads the scheduler");
            std::array<qsizetype, 3> before {};
            for (std::size_t i = 0; i < 3; ++i)
                before[i] = logOf(servers[i].log).count(Leading);
            QElapsedTimer timer;
            servers[leader].process->kill();
            timer.start();
            servers[leader].process->waitForFinished(5000);
            std::size_t next = 3;
            while (next == 3 && timer.elapsed() < 30000) {
                for (std::size_t i = 0; i < 3; ++i) {
                    if (i != leader && logOf(servers[i].log).count(Leading) > before[i])
                        next = i;
                }
                QThread::msleep(5);
            }
            if (next == 3) {
                out << "  nobody took over within 30 s" << Qt::endl;
                status = 1;
                break;
            }
            out << "  kill " << kill + 1 << ": server " << next << " led after " << timer.elapsed()
                << " ms" << Qt::endl;
            // The killed one comes back and stands by (a log of its own).
            if (!start(servers[leader], binary, db,
                       logs.filePath(u"server%1-%2.log"_s.arg(leader).arg(++generation))))
                qFatal("the killed server did not start again");
        }
        for (Server& server : servers) {
            if (server.process && server.process->state() == QProcess::Running) {
                server.process->terminate();
                server.process->waitForFinished(60000);
            }
        }
    }
    adminSql(adminUrl, u"DROP DATABASE "_s + name);
    return status;
}
