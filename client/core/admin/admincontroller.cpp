#include "admincontroller.h"

#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QJsonObject>

#include <algorithm>

namespace frontline::client {

AdminController::AdminController(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(ConfigSettleMs);
}

void AdminController::followConfig(QStringList parts, std::function<void()> reload)
{
    connect(&m_settle, &QTimer::timeout, this, std::move(reload));
    connect(&m_session, &Session::configChanged, this,
            [this, parts = std::move(parts)](const QStringList& changed) {
                const bool ours =
                    std::any_of(changed.cbegin(), changed.cend(),
                                [&](const QString& part) { return parts.contains(part); });
                if (m_following && ours)
                    m_settle.start();
            });
    connect(&m_session, &Session::connectionRestored, this, [this] {
        if (m_following)
            m_settle.start();
    });
}

void AdminController::startFollowing()
{
    m_following = true;
    m_settle.stop();
}

void AdminController::send(QLatin1StringView method, const QJsonObject& params,
                           std::function<void(const QJsonValue&)> done,
                           std::function<void()> failed)
{
    ++m_pending;
    Q_EMIT busyChanged();
    m_session.rpc().call(
        QString(method), params, this,
        [this, done = std::move(done), failed = std::move(failed)](const rpc::RpcReply& reply) {
            --m_pending;
            if (reply.isError()) {
                refuse(reply.error());
                if (failed)
                    failed();
            } else {
                done(reply.result());
            }
            Q_EMIT busyChanged();
        });
}

void AdminController::sendLatest(QLatin1StringView method, const QJsonObject& params,
                                 std::function<void(const QJsonValue&)> done)
{
    const QString key(method);
    const quint64 sequence = ++m_latest[key];
    send(method, params, [this, key, sequence, done = std::move(done)](const QJsonValue& result) {
        if (m_latest.value(key) == sequence)
            done(result);
    });
}

void AdminController::refuse(const rpc::RpcError& error)
{
    const QString field = error.field();
    Q_EMIT refused(field,
                   field.isEmpty() ? ErrorText::describe(error) : ErrorText::fieldProblem(error));
}

void AdminController::refuse(const std::pair<QString, QString>& problem)
{
    Q_EMIT refused(problem.first, problem.second);
}

} // namespace frontline::client
