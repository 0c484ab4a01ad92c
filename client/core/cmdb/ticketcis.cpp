#include "ticketcis.h"

#include "api/methods.h"
#include "api/ticketapi.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "rpc/rpcclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::client {

namespace {

QList<api::CiNode> nodesOf(const std::optional<QJsonArray>& array)
{
    QList<api::CiNode> nodes;
    for (const QJsonValue& value : array.value_or(QJsonArray()))
        nodes.append(api::CiNode::fromJson(value));
    return nodes;
}

} // namespace

TicketCis::TicketCis(Session& session, TicketDetail& detail, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_detail(detail)
{
    connect(&detail, &TicketDetail::loaded, this, &TicketCis::follow);
    follow();
}

bool TicketCis::canChange() const
{
    return m_session.isStaff() && m_ticket != 0;
}

QString TicketCis::describe(const api::CiImpact& impact)
{
    // English has no translation file to pick the plural from: say it in full here.
    const auto count = [](qsizetype n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    QStringList parts;
    parts.append(count(impact.services.size(), tr("affects 1 service"), tr("affects %1 services")));
    parts.append(count(impact.users.size(), tr("1 user"), tr("%1 users")));
    if (!impact.organisations.isEmpty())
        parts.append(
            count(impact.organisations.size(), tr("1 organisation"), tr("%1 organisations")));
    QString text = parts.join(u", "_s);
    if (impact.truncated)
        text += u' ' + tr("(or more: the walk was cut short)");
    return text;
}

QString TicketCis::summary(qint64 ci) const
{
    const auto found = m_impacts.constFind(ci);
    return found == m_impacts.cend() ? QString() : describe(*found);
}

std::optional<api::CiImpact> TicketCis::impact(qint64 ci) const
{
    const auto found = m_impacts.constFind(ci);
    if (found == m_impacts.cend())
        return std::nullopt;
    return *found;
}

void TicketCis::follow()
{
    if (!m_detail.isLoaded() || !m_detail.ticketId()) {
        m_ticket = 0;
        setCis({});
        return;
    }
    m_ticket = m_detail.ticketId();
    m_version = m_detail.ticket().version;
    setCis(nodesOf(m_detail.ticket().cis));
}

void TicketCis::setCis(const QList<api::CiNode>& cis)
{
    const quint64 generation = ++m_generation;
    m_cis = cis;
    m_impacts.clear();
    Q_EMIT changed();
    if (!m_session.isStaff())
        return; // ci.impact is for staff
    for (const api::CiNode& ci : cis) {
        api::CiImpactParams params;
        params.id = ci.id;
        m_session.rpc().call(QString(api::method::CiImpact), params.toJson(), this,
                             [this, generation, id = ci.id](const rpc::RpcReply& reply) {
                                 if (generation != m_generation || reply.isError())
                                     return;
                                 m_impacts.insert(id, api::CiImpact::fromJson(reply.result()));
                                 Q_EMIT changed();
                             });
    }
}

void TicketCis::link(qint64 ci)
{
    QList<qint64> ids;
    for (const api::CiNode& node : std::as_const(m_cis))
        ids.append(node.id);
    if (ids.contains(ci))
        return;
    ids.append(ci);
    save(ids);
}

void TicketCis::unlink(qint64 ci)
{
    QList<qint64> ids;
    for (const api::CiNode& node : std::as_const(m_cis))
        if (node.id != ci)
            ids.append(node.id);
    save(ids);
}

void TicketCis::save(const QList<qint64>& ids)
{
    if (!canChange())
        return;
    api::TicketUpdateParams params;
    params.id = m_ticket;
    params.version = qMax(m_version, m_detail.ticket().version);
    params.cis = ids;
    const qint64 ticket = m_ticket;
    m_session.rpc().call(QString(api::method::TicketUpdate), params.toJson(), this,
                         [this, ticket](const rpc::RpcReply& reply) {
                             if (ticket != m_ticket)
                                 return;
                             if (reply.isError()) {
                                 Q_EMIT failed(ErrorText::describe(reply.error()));
                                 return;
                             }
                             // The answer has the ticket's list (left out when empty).
                             const QJsonObject answer = reply.result().toObject();
                             m_version = qMax(m_version, answer.value("version"_L1).toInt());
                             const QJsonArray cis = answer.value("cis"_L1).toArray();
                             setCis(nodesOf(cis));
                             m_detail.open(ticket); // its version and history moved on
                         });
}

} // namespace frontline::client
