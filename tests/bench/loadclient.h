#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <string>

namespace frontline::bench {

// A minimal blocking JSON-RPC client over a plain POSIX socket: as little client overhead as
// possible, so that the figures measure the server (the load runs on the same two cores).
class LoadClient
{
public:
    LoadClient() = default;
    ~LoadClient();
    LoadClient(const LoadClient&) = delete;
    LoadClient& operator=(const LoadClient&) = delete;

    bool connectTo(quint16 port);
    // Sends one request and returns the raw answer line (notifications are skipped).
    QByteArray call(const QByteArray& method, const QByteArray& paramsJson);
    QJsonObject callJson(const QByteArray& method, const QJsonObject& params);
    bool login(const QString& username, const QString& password);
    // Pipelining: send without waiting, then read answers in order of arrival.
    bool send(const QByteArray& method, const QByteArray& paramsJson);
    QByteArray readAnswer();

private:
    bool sendAll(const char* data, size_t size);
    QByteArray readLine();

    int m_fd = -1;
    qint64 m_nextId = 1;
    std::string m_buffer;
};

// Logs in on a connection of its own and returns the session's token (for auth.resume).
QString sessionToken(quint16 port, const QString& username, const QString& password);

// Durable ticket.create per second as `token`'s user: `connections` threads with one create in
// flight each, counted over `seconds` after a short warm-up.
double createThroughput(quint16 port, const QString& token, int connections, int seconds);

} // namespace frontline::bench
