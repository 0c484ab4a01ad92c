// frontline-http-bench: the round trip of JSON-RPC over HTTP (POST /rpc, one keep-alive
// connection, a bearer API token) against the same call over TCP (issue 23).
//
//   frontline-http-bench [--calls 2000] [--tickets 1000] [--db PATH]
//     seeds (or reuses) a SQLite database, starts the server with --http-port, and times N
//     calls of system.ping, ticket.get (a read) and ticket.create (a durable write) over each
//     transport, one after the other on an otherwise idle server. Prints p50 / p99 of each.
#include "benchseeder.h"
#include "benchserver.h"
#include "latency.h"
#include "loadclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

constexpr auto Password = "bench password 2026";

// A minimal HTTP/1.1 client on one kept-alive connection: a POST, then its answer read by its
// Content-Length (what a script's HTTP library does, without its own overhead).
class HttpClient
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_port = port;
        return m_socket.waitForConnected(5000);
    }

    QByteArray post(const QByteArray& token, const QByteArray& body)
    {
        m_socket.write("POST /rpc HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port)
                       + "\r\nAuthorization: Bearer " + token
                       + "\r\nContent-Type: application/json\r\nContent-Length: "
                       + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket.flush();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QByteArray head = m_buffer.left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype length = at < 0
                    ? 0
                    : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    const QByteArray answer = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return answer;
                }
            }
            if (!m_socket.waitForReadyRead(30000))
                qFatal("no HTTP answer");
            m_buffer += m_socket.readAll();
        }
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    quint16 m_port = 0;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray request(const QByteArray& method, const QByteArray& params)
{
    return R"({"jsonrpc":"2.0","id":1,"method":")" + method + R"(","params":)" + params + '}';
}

std::vector<double> timeHttp(HttpClient& client, const QByteArray& token, const QByteArray& method,
                             const QByteArray& params, int runs)
{
    std::vector<double> ms;
    const QByteArray body = request(method, params);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray answer = client.post(token, body);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!answer.contains("\"result\""))
            qFatal("%s failed: %s", method.constData(), answer.left(300).constData());
    }
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption callsOption(u"calls"_s, u"Calls per method and transport."_s, u"n"_s,
                                         u"2000"_s);
    const QCommandLineOption ticketsOption(u"tickets"_s, u"Tickets in the database."_s, u"n"_s,
                                           u"1000"_s);
    const QCommandLineOption dbOption(u"db"_s, u"Reuse this database."_s, u"path"_s);
    const QCommandLineOption serverOption(u"server-bin"_s, u"The server binary."_s, u"path"_s,
                                          QStringLiteral(FRONTLINE_SERVER_BIN_DEFAULT));
    parser.addOptions({callsOption, ticketsOption, dbOption, serverOption});
    parser.process(app);
    const int runs = parser.value(callsOption).toInt();
    QTextStream out(stdout);

    QTemporaryDir dir;
    QString db = parser.value(dbOption);
    if (db.isEmpty())
        db = dir.filePath(u"http.db"_s);
    if (!QFileInfo::exists(db)) {
        server::DatabaseConfig config;
        config.sqlitePath = db;
        const QString error = bench::BenchSeeder::seed(
            config, parser.value(ticketsOption).toLongLong(), QString::fromLatin1(Password));
        if (!error.isEmpty()) {
            out << "seeding failed: " << error << Qt::endl;
            return 1;
        }
    }
    const quint16 httpPort = freePort();
    QProcess server;
    const quint16 port = bench::startReadyServer(server, parser.value(serverOption), db,
                                                 dir.filePath(u"server.log"_s),
                                                 {u"--http-port"_s, QString::number(httpPort)});
    if (port == 0) {
        out << "the server did not start" << Qt::endl;
        return 1;
    }

    bench::LoadClient tcp;
    tcp.connectTo(port);
    tcp.login(u"agent"_s, QString::fromLatin1(Password));
    const QJsonObject token = tcp.callJson(
        "token.create",
        QJsonObject {{"name"_L1, u"bench"_s}, {"scopes"_L1, QJsonArray {u"ticket."_s}}});
    const QByteArray secret =
        token.value("result"_L1).toObject().value("secret"_L1).toString().toUtf8();
    if (secret.isEmpty()) {
        out << "token.create failed: " << QJsonDocument(token).toJson() << Qt::endl;
        return 1;
    }
    HttpClient http;
    if (!http.connectTo(httpPort)) {
        out << "cannot connect to the HTTP port" << Qt::endl;
        return 1;
    }

    const QByteArray newTicket =
        R"({"title":"Benchmark ticket","description":"Created by frontline-http-bench."})";
    const QList<std::pair<QByteArray, QByteArray>> calls {
        {"system.ping", "{}"}, {"ticket.get", R"({"id":1})"}, {"ticket.create", newTicket}};
    out << "round trips, " << runs
        << " calls each (p50 / p99 ms), one connection each:" << Qt::endl;
    for (const auto& [method, params] : calls) {
        // Warm both paths first (statement caches, the token's row in the page cache).
        bench::timeCalls(tcp, method, params, 50);
        timeHttp(http, secret, method, params, 50);
        const bench::Latency overTcp =
            bench::latencyOf(bench::timeCalls(tcp, method, params, runs));
        const bench::Latency overHttp =
            bench::latencyOf(timeHttp(http, secret, method, params, runs));
        out << "  " << method << ": TCP " << bench::formatLatency(overTcp) << ", HTTP POST /rpc "
            << bench::formatLatency(overHttp) << Qt::endl;
    }
    server.terminate();
    server.waitForFinished(30000);
    return 0;
}
