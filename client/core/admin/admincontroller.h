#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace frontline::rpc {
struct RpcError;
}

namespace frontline::client {

class Session;

// What the controllers of the workflow administration pages share: calls that count as busy
// while on their way, and refusals — the controller's own checks before sending, or the
// server's — reported with the field they name ("hours.mon[1]", "conditions[0].value"), or no
// field when the refusal is about something else (the connection, permissions).
class AdminController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminController)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    // `field` is a params field of the record ("name", "resolve_minutes"), or empty.
    void refused(const QString& field, const QString& message);
    void busyChanged();

protected:
    explicit AdminController(Session& session, QObject* parent = nullptr);

    // Calls `method`; `done` gets the result, a refusal goes to refused().
    void call(QLatin1StringView method, const QJsonObject& params,
              std::function<void(const QJsonValue&)> done);
    void refuse(const std::pair<QString, QString>& problem);

    Session& m_session;

private:
    int m_pending = 0;
};

} // namespace frontline::client
