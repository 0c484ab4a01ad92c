#include "changedesk.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "domain/ticket.h"
#include "rpc/rpcclient.h"

using namespace Qt::StringLiterals;

namespace frontline::client {

ChangeDesk::ChangeDesk(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void ChangeDesk::clear()
{
    ++m_generation;
    if (!m_change)
        return;
    m_change.reset();
    Q_EMIT changeChanged();
}

void ChangeDesk::fail(const rpc::RpcError& error)
{
    Q_EMIT failed(ErrorText::describe(error), error.field());
}

void ChangeDesk::send(QLatin1StringView method, const QJsonObject& params,
                      const std::function<void(const QJsonValue&)>& done)
{
    const quint64 generation = m_generation;
    m_session.rpc().call(QString(method), params, this,
                         [this, done, generation](const rpc::RpcReply& reply) {
                             if (generation != m_generation)
                                 return;
                             if (reply.isError()) {
                                 fail(reply.error());
                                 return;
                             }
                             done(reply.result());
                         });
}

void ChangeDesk::setChange(const QJsonValue& value)
{
    m_change = api::ChangeDetail::fromJson(value);
    Q_EMIT changeChanged();
}

void ChangeDesk::load(qint64 changeId)
{
    ++m_generation;
    send(api::method::ChangeGet, api::IdParams {changeId}.toJson(),
         [this](const QJsonValue& result) { setChange(result); });
}

void ChangeDesk::create(const api::ChangeCreateParams& params, const QList<qint64>& relatedTo)
{
    if (auto checked = api::ChangeCreateParams::fromJson(params.toJson()); !checked) {
        fail(checked.error());
        return;
    }
    ++m_generation;
    send(api::method::ChangeCreate, params.toJson(), [this, relatedTo](const QJsonValue& result) {
        setChange(result);
        linkCreated(m_change->id, relatedTo);
    });
}

void ChangeDesk::linkCreated(qint64 changeId, QList<qint64> relatedTo)
{
    if (relatedTo.isEmpty()) {
        Q_EMIT created(changeId);
        return;
    }
    // One link after the other. The change exists either way: a refused link is said, and the
    // change still opens.
    const qint64 next = relatedTo.takeFirst();
    m_session.rpc().call(QString(api::method::TicketLink),
                         QJsonObject {{"id"_L1, changeId}, {"other"_L1, next}}, this,
                         [this, changeId, relatedTo](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 fail(reply.error());
                             linkCreated(changeId, relatedTo);
                         });
}

QList<api::CiNode> ChangeDesk::cisOf(const Ticket& ticket)
{
    QList<api::CiNode> cis;
    if (ticket.cis) {
        for (const QJsonValue& value : *ticket.cis)
            cis.append(api::CiNode::fromJson(value));
    }
    return cis;
}

void ChangeDesk::update(api::ChangeUpdateParams params)
{
    if (!m_change)
        return;
    params.id = m_change->id;
    if (auto checked = api::ChangeUpdateParams::fromJson(params.toJson()); !checked) {
        fail(checked.error());
        return;
    }
    send(api::method::ChangeUpdate, params.toJson(), [this](const QJsonValue& result) {
        setChange(result);
        Q_EMIT saved();
    });
}

void ChangeDesk::submit(const QString& note)
{
    if (!m_change)
        return;
    const api::ChangeSubmitParams params {m_change->id, note.trimmed()};
    send(api::method::ChangeSubmit, params.toJson(), [this](const QJsonValue& result) {
        setChange(result);
        Q_EMIT submitted();
    });
}

void ChangeDesk::review(const QString& outcome, const QString& notes)
{
    if (!m_change)
        return;
    const api::ChangeReviewParams params {m_change->id, outcome, notes.trimmed()};
    if (auto checked = api::ChangeReviewParams::fromJson(params.toJson()); !checked) {
        fail(checked.error());
        return;
    }
    send(api::method::ChangeReview, params.toJson(), [this](const QJsonValue& result) {
        setChange(result);
        Q_EMIT reviewed();
    });
}

void ChangeDesk::linkIncidents(const QList<qint64>& incidents)
{
    if (!m_change || incidents.isEmpty())
        return;
    const api::ChangeLinkIncidentsParams params {m_change->id, incidents};
    send(api::method::ChangeLinkIncidents, params.toJson(),
         [this](const QJsonValue& result) { setChange(result); });
}

void ChangeDesk::unlinkIncidents(const QList<qint64>& incidents)
{
    if (!m_change || incidents.isEmpty())
        return;
    const api::ChangeLinkIncidentsParams params {m_change->id, incidents};
    send(api::method::ChangeUnlinkIncidents, params.toJson(),
         [this](const QJsonValue& result) { setChange(result); });
}

} // namespace frontline::client
