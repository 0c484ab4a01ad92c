#include "admincontroller.h"

#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

namespace frontline::client {

AdminController::AdminController(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void AdminController::call(QLatin1StringView method, const QJsonObject& params,
                           std::function<void(const QJsonValue&)> done)
{
    ++m_pending;
    Q_EMIT busyChanged();
    m_session.rpc().call(
        QString(method), params, this, [this, done = std::move(done)](const rpc::RpcReply& reply) {
            --m_pending;
            Q_EMIT busyChanged();
            if (reply.isError()) {
                const rpc::RpcError& error = reply.error();
                Q_EMIT refused(error.field(),
                               error.field().isEmpty() ? ErrorText::describe(error)
                                                       : ErrorText::fieldProblem(error));
                return;
            }
            done(reply.result());
        });
}

void AdminController::refuse(const std::pair<QString, QString>& problem)
{
    Q_EMIT refused(problem.first, problem.second);
}

} // namespace frontline::client
