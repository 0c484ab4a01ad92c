#include "requestprogress.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QJsonObject>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::client {

RequestProgress::RequestProgress(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&session.rpc(), &rpc::RpcClient::notificationReceived, this,
            [this](const QString& method, const QJsonValue& params) {
                if (m_id == 0)
                    return;
                if ((method == api::notification::TicketChanged
                     || method == api::notification::TicketCreated
                     || method == api::notification::ApprovalChanged)
                    && concerns(params))
                    scheduleReload();
            });
    // Pushes missed while offline: read it again once the session is back.
    connect(&session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Ready && m_id != 0)
            reload();
    });
}

void RequestProgress::setRequest(qint64 id)
{
    if (id == m_id && m_request)
        return;
    m_id = id;
    m_request.reset();
    m_approvals.clear();
    Q_EMIT changed();
    reload();
}

void RequestProgress::reload()
{
    m_reloadQueued = false;
    if (m_id == 0 || !m_session.isReady())
        return;
    const int generation = ++m_generation;
    const qint64 id = m_id;
    m_session.rpc().call(QString(api::method::TicketGet), QJsonObject {{"id"_L1, id}}, this,
                         [this, generation, id](const rpc::RpcReply& reply) {
                             if (generation != m_generation || id != m_id)
                                 return;
                             if (reply.isError()) {
                                 Q_EMIT failed(ErrorText::describe(reply.error()));
                                 return;
                             }
                             const QJsonObject object = reply.result().toObject();
                             m_request = Ticket::fromJson(object);
                             m_approvals =
                                 api::approvalProgressFromJson(object.value("approvals"_L1));
                             Q_EMIT changed();
                         });
}

void RequestProgress::scheduleReload()
{
    // Several pushes of one change (the task, the request, the approval) read it once.
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, &RequestProgress::reload);
}

bool RequestProgress::concerns(const QJsonValue& params) const
{
    const QJsonObject object = params.toObject();
    if (object.value("ticket_id"_L1).toInteger() == m_id)
        return true;
    const QJsonObject ticket = object.value("ticket"_L1).toObject();
    const qint64 id = ticket.value("id"_L1).toInteger();
    if (id == m_id || ticket.value("parent"_L1).toInteger() == m_id)
        return true;
    const QList<TicketTask> known = tasks();
    return std::any_of(known.begin(), known.end(),
                       [id](const TicketTask& task) { return task.id == id; });
}

QList<TicketTask> RequestProgress::tasks() const
{
    return m_request ? m_request->tasks.value_or(QList<TicketTask> {}) : QList<TicketTask> {};
}

QList<int> RequestProgress::stages() const
{
    QList<int> list;
    for (const TicketTask& task : tasks()) {
        if (!list.contains(task.stage))
            list.append(task.stage);
    }
    std::sort(list.begin(), list.end());
    return list;
}

QString RequestProgress::approvalState() const
{
    if (m_approvals.isEmpty())
        return {};
    for (const api::ApprovalProgressStep& step : m_approvals) {
        if (step.state == u"rejected"_s)
            return u"rejected"_s;
    }
    for (const api::ApprovalProgressStep& step : m_approvals) {
        if (step.state == u"waiting"_s || step.state == u"not_started"_s)
            return u"waiting"_s;
    }
    return u"approved"_s;
}

} // namespace frontline::client
