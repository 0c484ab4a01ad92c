#include "loadclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace frontline::bench {

LoadClient::~LoadClient()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool LoadClient::connectTo(quint16 port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        return false;
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return true;
}

bool LoadClient::sendAll(const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t sent = ::send(m_fd, data, size, MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        data += sent;
        size -= static_cast<size_t>(sent);
    }
    return true;
}

QByteArray LoadClient::readLine()
{
    for (;;) {
        const size_t newline = m_buffer.find('\n');
        if (newline != std::string::npos) {
            QByteArray line(m_buffer.data(), static_cast<qsizetype>(newline));
            m_buffer.erase(0, newline + 1);
            return line;
        }
        char chunk[65536];
        const ssize_t received = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (received <= 0)
            return {};
        m_buffer.append(chunk, static_cast<size_t>(received));
    }
}

bool LoadClient::send(const QByteArray& method, const QByteArray& paramsJson)
{
    const qint64 id = m_nextId++;
    QByteArray request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method
        + "\",\"params\":" + paramsJson + ",\"id\":" + QByteArray::number(id) + "}\n";
    return sendAll(request.constData(), static_cast<size_t>(request.size()));
}

QByteArray LoadClient::readAnswer()
{
    // The next line that is not a pushed notification is an answer (notifications carry
    // "method"; answers never do at top level). Cheaper than parsing, which would inflate the
    // figures.
    for (;;) {
        QByteArray line = readLine();
        if (line.isEmpty() || !line.startsWith("{\"jsonrpc\":\"2.0\",\"method\""))
            return line;
    }
}

QByteArray LoadClient::call(const QByteArray& method, const QByteArray& paramsJson)
{
    if (!send(method, paramsJson))
        return {};
    return readAnswer();
}

QJsonObject LoadClient::callJson(const QByteArray& method, const QJsonObject& params)
{
    return QJsonDocument::fromJson(
               call(method, QJsonDocument(params).toJson(QJsonDocument::Compact)))
        .object();
}

bool LoadClient::login(const QString& username, const QString& password)
{
    const QJsonObject answer =
        callJson("auth.login", {{"username"_L1, username}, {"password"_L1, password}});
    return answer.contains("result"_L1);
}

double createThroughput(quint16 port, const QString& token, int connections, int seconds)
{
    std::atomic<qint64> done {0};
    std::atomic<bool> stop {false};
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            bench::LoadClient client;
            client.connectTo(port);
            client.call("auth.resume", "{\"token\":\"" + token.toLatin1() + "\"}");
            for (qint64 n = 0; !stop.load(std::memory_order_relaxed); ++n) {
                const QByteArray answer =
                    client.call("ticket.create",
                                "{\"title\":\"Bench create " + QByteArray::number(c) + '-'
                                    + QByteArray::number(n)
                                    + "\",\"description\":\"Measuring durable writes\","
                                      "\"urgency\":\"high\"}");
                if (!answer.contains("\"result\""))
                    qFatal("create failed: %s", answer.left(300).constData());
                done.fetch_add(1, std::memory_order_relaxed);
            }
        });
    }
    QThread::msleep(300);
    const qint64 before = done.load();
    QElapsedTimer timer;
    timer.start();
    QThread::sleep(static_cast<unsigned long>(seconds));
    const qint64 after = done.load();
    const double elapsed = timer.nsecsElapsed() / 1e9;
    stop = true;
    for (std::thread& thread : threads)
        thread.join();
    return (after - before) / elapsed;
}

QString sessionToken(quint16 port, const QString& username, const QString& password)
{
    LoadClient client;
    client.connectTo(port);
    return client.callJson("auth.login", {{"username"_L1, username}, {"password"_L1, password}})
        .value("result"_L1)
        .toObject()
        .value("token"_L1)
        .toString();
}

} // namespace frontline::bench
