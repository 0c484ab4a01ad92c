#pragma once

#include "printers.h"
#include "rpc/errorcodes.h"
#include "rpc/rpcclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace frontline::test {

// The error codes the tests compare Reply::code() with.
constexpr int InvalidParams = static_cast<int>(rpc::ErrorCode::InvalidParams);
constexpr int Forbidden = static_cast<int>(rpc::ErrorCode::Forbidden);
constexpr int NotFound = static_cast<int>(rpc::ErrorCode::NotFound);
constexpr int Conflict = static_cast<int>(rpc::ErrorCode::Conflict);

struct Reply
{
    QJsonValue result;
    std::optional<rpc::RpcError> error;

    bool ok() const { return !error.has_value(); }
    QJsonObject object() const { return result.toObject(); }
    QJsonArray items() const
    {
        return result.toObject().value(QLatin1StringView("items")).toArray();
    }
    int code() const { return error ? error->code : 0; }
    QString field() const { return error ? error->field() : QString(); }
    QString reason() const { return error ? error->reason() : QString(); }
    std::string describe() const; // for assertion messages
};

struct Notification
{
    QString method;
    QJsonObject params;
};

// A synchronous face on the shared RpcClient for tests: each call spins an event loop until
// the answer (or the timeout) arrives; pushed notifications are collected.
class TestClient
{
public:
    explicit TestClient(quint16 port, bool tls = false);

    bool open(int timeoutMs = 10000);
    Reply call(const QString& method, const QJsonValue& params = {}, int timeoutMs = 20000);
    Reply login(const QString& username, const QString& password);

    bool waitForNotification(const QString& method, int timeoutMs = 5000,
                             Notification* received = nullptr);
    QList<Notification>& notifications() { return m_notifications; }
    rpc::RpcClient& client() { return m_client; }

private:
    rpc::RpcClient m_client;
    QList<Notification> m_notifications;
};

// Waits while the event loop runs (so that notifications and timers are processed).
void processEventsFor(int milliseconds);

} // namespace frontline::test

namespace frontline::test {

// Runs the event loop until `done` is true or the timeout passes; returns `done()`.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000);

// The "id"s of a list's items (ticket.list, audit.list, ...), to compare as a set.
QSet<qint64> idsOf(const QJsonArray& items);

} // namespace frontline::test
