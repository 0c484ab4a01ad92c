// frontline-tray-bench: the server with a whole company's tray applets connected.
//
//   frontline-tray-bench [--sessions 10000] [--tickets 100000] [--db PATH]
//     seeds (or reuses) a SQLite database, starts the server, opens N connections that resume
//     a requester's session and subscribe to tickets, notifications and announcements, as the
//     applet does, and keeps them pinging (every applet once a minute, twice as often as the
//     real one); then measures the server's memory, an agent's round trips meanwhile (the open
//     queue, a ticket, a reply), and how long an announcement takes to reach every session.
#include "benchseeder.h"
#include "benchserver.h"
#include "loadclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <map>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

constexpr auto Password = "bench password 2026";
using Clock = std::chrono::steady_clock;

// The applets: non-blocking sockets on one epoll loop (a thread of its own), each answering
// nothing but reading everything the server pushes.
class Applets
{
public:
    explicit Applets(quint16 port)
        : m_port(port)
        , m_epoll(epoll_create1(0))
    { }
    ~Applets()
    {
        stop();
        for (const Applet& a : m_applets)
            ::close(a.fd);
        ::close(m_epoll);
    }

    // Opens `count` connections, each resuming one of `tokens` and subscribing; returns once
    // every one has both answers (or after a minute), with how many made it.
    int open(int count, const QStringList& tokens)
    {
        m_applets.resize(count);
        for (int i = 0; i < count; ++i) {
            Applet& a = m_applets[i];
            a.fd = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in address {};
            address.sin_family = AF_INET;
            address.sin_port = htons(m_port);
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::connect(a.fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0)
                qFatal("connection %d refused (file descriptors? ulimit -n)", i);
            ::fcntl(a.fd, F_SETFL, ::fcntl(a.fd, F_GETFL) | O_NONBLOCK);
            // As the applet does: resume, and once that is answered, subscribe.
            send(a,
                 "{\"jsonrpc\":\"2.0\",\"method\":\"auth.resume\",\"params\":{\"token\":\""
                     + tokens.at(i % tokens.size()).toLatin1() + "\"},\"id\":1}\n");
            epoll_event event {};
            event.events = EPOLLIN;
            event.data.u32 = static_cast<quint32>(i);
            epoll_ctl(m_epoll, EPOLL_CTL_ADD, a.fd, &event);
            if (i % 500 == 499)
                poll(0); // read answers as we go, so the server never waits on us
        }
        const auto deadline = Clock::now() + std::chrono::seconds(60);
        while (m_ready < count && Clock::now() < deadline)
            poll(100);
        return m_ready;
    }

    // The loop on its own thread: reads pushes, sends the pings.
    void run(double pingsPerSecond)
    {
        m_running = true;
        m_thread = std::thread([this, pingsPerSecond] {
            auto next = Clock::now();
            size_t turn = 0;
            const auto gap = std::chrono::duration_cast<Clock::duration>(
                std::chrono::duration<double>(1.0 / pingsPerSecond));
            while (m_running) {
                poll(5);
                while (Clock::now() >= next && !m_applets.empty()) {
                    Applet& a = m_applets[turn++ % m_applets.size()];
                    send(a, "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":9}\n");
                    next += gap;
                }
            }
        });
    }

    void stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
    }

    // Marks the start of an announcement; heard() then says how many have it.
    void expectAnnouncement()
    {
        m_expecting = false;
        m_announcedAt = Clock::now();
        m_heard = 0;
        for (Applet& a : m_applets)
            a.heard = false;
        m_latencies.clear();
        m_expecting = true;
    }
    int heard() const { return m_heard; }
    std::vector<double> deliveryMs() const { return m_latencies; }

private:
    struct Applet
    {
        int fd = -1;
        std::string buffer;
        int answers = 0;
        bool heard = false;
    };

    void send(Applet& a, const QByteArray& data)
    {
        if (::send(a.fd, data.constData(), data.size(), MSG_NOSIGNAL) != data.size())
            qFatal("an applet could not write");
    }

    void poll(int timeoutMs)
    {
        epoll_event events[256];
        const int n = epoll_wait(m_epoll, events, 256, timeoutMs);
        char chunk[16384];
        for (int e = 0; e < n; ++e) {
            Applet& a = m_applets[events[e].data.u32];
            for (;;) {
                const ssize_t got = ::recv(a.fd, chunk, sizeof(chunk), 0);
                if (got <= 0)
                    break;
                a.buffer.append(chunk, static_cast<size_t>(got));
            }
            size_t start = 0;
            for (size_t end; (end = a.buffer.find('\n', start)) != std::string::npos;
                 start = end + 1) {
                const std::string_view line(a.buffer.data() + start, end - start);
                if (line.find("\"announcement.published\"") != std::string_view::npos) {
                    if (m_expecting && !a.heard) {
                        a.heard = true;
                        m_latencies.push_back(
                            std::chrono::duration<double, std::milli>(Clock::now() - m_announcedAt)
                                .count());
                        ++m_heard;
                    }
                } else if (line.find("\"id\":1,") != std::string_view::npos
                           || line.find("\"id\":2,") != std::string_view::npos
                           || line.find("\"id\":1}") != std::string_view::npos
                           || line.find("\"id\":2}") != std::string_view::npos) {
                    if (line.find("\"error\"") != std::string_view::npos)
                        qFatal("an applet was refused: %.*s", int(line.size()), line.data());
                    if (++a.answers == 1)
                        send(a,
                             "{\"jsonrpc\":\"2.0\",\"method\":\"events.subscribe\",\"params\":"
                             "{\"topics\":[\"tickets\",\"notifications\",\"announcements\"]},"
                             "\"id\":2}\n");
                    else if (a.answers == 2)
                        ++m_ready;
                }
            }
            a.buffer.erase(0, start);
        }
    }

    quint16 m_port;
    int m_epoll;
    std::vector<Applet> m_applets;
    int m_ready = 0;
    std::atomic<bool> m_running {false};
    std::thread m_thread;
    std::atomic<bool> m_expecting {false};
    Clock::time_point m_announcedAt;
    std::atomic<int> m_heard {0};
    std::vector<double> m_latencies;
};

qint64 rssKb(qint64 pid, const char* field)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5))];
}

void raiseFileLimit(int needed)
{
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < rlim_t(needed)) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, rlim_t(needed));
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sessionsOption(u"sessions"_s, u"Connected applets."_s, u"n"_s,
                                            u"10000"_s);
    const QCommandLineOption ticketsOption(u"tickets"_s, u"Tickets in the database."_s, u"n"_s,
                                           u"100000"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Reuse this database."_s, u"path"_s);
    const QCommandLineOption serverOption(u"server-bin"_s, u"The server binary."_s, u"path"_s,
                                          QStringLiteral(FRONTLINE_SERVER_BIN_DEFAULT));
    parser.addOptions({sessionsOption, ticketsOption, dbOption, serverOption});
    parser.process(app);
    const int sessions = parser.value(sessionsOption).toInt();
    QTextStream out(stdout);

    // Both ends hold a descriptor per applet; the server inherits the raised limit.
    raiseFileLimit(2 * sessions + 1000);
    QTemporaryDir dir;
    QString db = parser.value(dbOption);
    if (db.isEmpty())
        db = dir.filePath(u"tray.db"_s);
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
    const quint16 port = bench::startReadyServer(
        server, parser.value(serverOption), db, dir.filePath(u"server.log"_s),
        {u"--max-connections-per-address"_s, QString::number(sessions + 100),
         u"--max-unauthenticated-per-address"_s, QString::number(sessions + 100)});
    if (port == 0) {
        out << "the server did not start" << Qt::endl;
        return 1;
    }
    const qint64 pid = server.processId();
    const qint64 idleRss = rssKb(pid, "VmRSS:");

    // Logins are Argon2 (deliberately slow): 50 requesters log in once; the applets resume.
    QStringList tokens;
    for (int i = 0; i < 50; ++i)
        tokens.append(bench::sessionToken(port, u"user%1"_s.arg(i), QString::fromLatin1(Password)));
    Applets applets(port);
    QElapsedTimer timer;
    timer.start();
    const int ready = applets.open(sessions, tokens);
    const double connectSeconds = timer.nsecsElapsed() / 1e9;
    out << ready << " of " << sessions << " applets resumed and subscribed in "
        << QString::number(connectSeconds, 'f', 1) << " s" << Qt::endl;
    applets.run(sessions / 60.0);
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const qint64 loadedRss = rssKb(pid, "VmRSS:");

    // An agent at work meanwhile: the open queue, a ticket, a reply.
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
    std::vector<double> ms;
    std::map<QByteArray, std::vector<double>> byMethod;
    for (int round = 0; round < 600; ++round) {
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
            byMethod[method].push_back(ms.back());
            if (!answer.contains("\"result\""))
                qFatal("%s failed: %s", method.constData(), answer.left(300).constData());
        }
    }

    // An announcement to everyone: until the last applet has it.
    applets.expectAnnouncement();
    timer.restart();
    agent.call(
        "announcement.publish",
        R"({"kind":"maintenance","title":"Mail server upgrade tonight","body":"Mail is unavailable from 22:00 to 23:00."})");
    while (applets.heard() < ready && timer.elapsed() < 30000)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    const double allMs = timer.nsecsElapsed() / 1e6;
    const int heard = applets.heard();
    const qint64 peakRss = rssKb(pid, "VmHWM:");
    applets.stop();
    server.terminate();
    server.waitForFinished(30000);

    const std::vector<double> delivery = applets.deliveryMs();
    out << Qt::endl
        << "| tray applets connected and subscribed | " << ready << " (in "
        << QString::number(connectSeconds, 'f', 1) << " s) |" << Qt::endl
        << "| server memory (RSS) idle / with the applets / peak | " << idleRss / 1024 << " / "
        << loadedRss / 1024 << " / " << peakRss / 1024 << " MiB |" << Qt::endl
        << "| agent round trips meanwhile (queue, ticket, internal note) p50 / p99 / max | "
        << QString::number(percentile(ms, 0.5), 'f', 2) << " / "
        << QString::number(percentile(ms, 0.99), 'f', 2) << " / "
        << QString::number(percentile(ms, 1.0), 'f', 2) << " ms |" << Qt::endl;
    for (const auto& [method, samples] : byMethod)
        out << "| … `" << method << "` p50 / p99 | "
            << QString::number(percentile(samples, 0.5), 'f', 2) << " / "
            << QString::number(percentile(samples, 0.99), 'f', 2) << " ms |" << Qt::endl;
    out << "| announcement delivered to " << heard << " applets: p50 / last | "
        << QString::number(percentile(delivery, 0.5), 'f', 0) << " / "
        << QString::number(allMs, 'f', 0) << " ms |" << Qt::endl;
    return heard == ready ? 0 : 1;
}
