#pragma once

#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QHash>
#include <QLatin1StringView>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <utility>

class QJsonObject;
class QJsonValue;

namespace frontline::client {

class Session;

// What the controllers of the administration pages share (users, groups, categories, canned
// responses, rules, calendars, SLA policies): they send typed params, hand on typed results, count
// the calls on their way (busy), and report a refusal as refused(field, message). `field` is the
// params field the refusal names ("username", "name"), so a page shows the message next to that
// field; empty when the refusal is about something else (the connection, a permission).
//
// Params are checked with the server's own parser before they are sent: a field the server
// would refuse is named at once, without a round trip (the server checks again).
class AdminController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminController)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    static constexpr int ConfigSettleMs = 200; // config.changed pushes read together

    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void busyChanged();
    // `message` is the problem with the field ("must not be empty") when `field` is set,
    // otherwise the whole sentence for the user.
    void refused(const QString& field, const QString& message);

protected:
    explicit AdminController(Session& session, QObject* parent = nullptr);

    // Sends `params` and hands `done` the result; a refusal goes to refused(), then to
    // `failed` if given. Nothing is called once this controller is gone.
    void send(QLatin1StringView method, const QJsonObject& params,
              std::function<void(const QJsonValue&)> done, std::function<void()> failed = {});
    // As send(), for a list that is reloaded after every change: the server answers calls in
    // parallel, so the answer to an earlier reload can arrive after a later one; only the last
    // reload of `method` sent hands its result to `done`, an older list is dropped.
    void sendLatest(QLatin1StringView method, const QJsonObject& params,
                    std::function<void(const QJsonValue&)> done);
    // True when the server's parser accepts `params`; otherwise refused() names the field.
    template<typename Params> bool accepts(const Params& params)
    {
        const auto parsed = Params::fromJson(params.toJson());
        if (!parsed.ok())
            refuse(parsed.error());
        return parsed.ok();
    }
    void refuse(const rpc::RpcError& error);
    // A check of the controller's own before sending: {field, problem}.
    void refuse(const std::pair<QString, QString>& problem);

    // Follows other administrators: once startFollowing() has been called (by the first
    // reload), a config.changed push naming one of `parts`, or a restored connection, calls
    // `reload` (several pushes within ConfigSettleMs once).
    void followConfig(QStringList parts, std::function<void()> reload);
    // For reload(): later changes are followed, and one waiting to be read is read now.
    void startFollowing();

    Session& m_session;

private:
    int m_pending = 0;
    QHash<QString, quint64> m_latest;
    bool m_following = false;
    QTimer m_settle;
};

} // namespace frontline::client
