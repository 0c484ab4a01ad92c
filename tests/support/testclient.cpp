#include "testclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace frontline::test {

std::string Reply::describe() const
{
    if (error)
        return QJsonDocument(error->toJson()).toJson(QJsonDocument::Compact).toStdString();
    const QJsonArray wrapper {result};
    return QJsonDocument(wrapper).toJson(QJsonDocument::Compact).left(500).toStdString();
}

TestClient::TestClient(quint16 port, bool tls)
{
    m_client.setEndpoint({u"127.0.0.1"_s, port, tls});
    m_client.setAutoReconnect(false);
    QObject::connect(&m_client, &rpc::RpcClient::notificationReceived, &m_client,
                     [this](const QString& method, const QJsonValue& params) {
                         m_notifications.append({method, params.toObject()});
                     });
}

bool TestClient::open(int timeoutMs)
{
    if (m_client.isConnected())
        return true;
    QEventLoop loop;
    QObject::connect(&m_client, &rpc::RpcClient::connected, &loop, &QEventLoop::quit);
    QObject::connect(&m_client, &rpc::RpcClient::stateChanged, &loop,
                     [&loop](rpc::RpcClient::State state) {
                         if (state == rpc::RpcClient::State::Disconnected)
                             loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_client.open();
    if (!m_client.isConnected())
        loop.exec();
    return m_client.isConnected();
}

Reply TestClient::call(const QString& method, const QJsonValue& params, int timeoutMs)
{
    Reply reply;
    if (!open()) {
        reply.error = rpc::RpcError(rpc::ErrorCode::ClientDisconnected, u"cannot connect"_s);
        return reply;
    }
    rpc::RpcReply* pending = m_client.call(method, params, timeoutMs);
    if (!pending->isFinished()) {
        QEventLoop loop;
        QObject::connect(pending, &rpc::RpcReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    reply.result = pending->result();
    if (pending->isError())
        reply.error = pending->error();
    pending->deleteLater();
    return reply;
}

Reply TestClient::login(const QString& username, const QString& password)
{
    return call(u"auth.login"_s,
                QJsonObject {{"username"_L1, username}, {"password"_L1, password}});
}

bool TestClient::waitForNotification(const QString& method, int timeoutMs, Notification* received)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = 0; i < m_notifications.size(); ++i) {
            if (m_notifications.at(i).method == method) {
                if (received)
                    *received = m_notifications.at(i);
                m_notifications.removeAt(i);
                return true;
            }
        }
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QObject::connect(&m_client, &rpc::RpcClient::notificationReceived, &loop,
                         &QEventLoop::quit);
        QTimer::singleShot(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime())),
                           &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void processEventsFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace frontline::test

namespace frontline::test {

QSet<qint64> idsOf(const QJsonArray& items)
{
    QSet<qint64> ids;
    for (const QJsonValue& item : items)
        ids.insert(item.toObject().value(QLatin1String("id")).toInteger());
    return ids;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace frontline::test
