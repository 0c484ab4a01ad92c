#include "queuecontroller.h"

#include "api/automationapi.h"
#include "api/methods.h"
#include "api/workspaceapi.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

namespace frontline::client {

QueueController::QueueController(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    // Once loaded, the organisations follow the admins' changes and a restored connection.
    connect(&session, &Session::configChanged, this, [this](const QStringList& parts) {
        if (m_orgsAsked > 0 && parts.contains(QString(api::configpart::Organisations)))
            loadOrganisations();
    });
    connect(&session, &Session::connectionRestored, this, [this] {
        if (m_orgsAsked > 0)
            loadOrganisations();
    });
}

void QueueController::count(const QString& key, const TicketQuery& query)
{
    if (!m_session.isReady())
        return;
    m_session.rpc().call(QString(api::method::TicketCount),
                         api::TicketCountParams {query.filter()}.toJson(), this,
                         [this, key](const rpc::RpcReply& reply) {
                             if (!reply.isError())
                                 Q_EMIT counted(key, api::TicketCount::fromJson(reply.result()));
                         });
}

void QueueController::loadOrganisations()
{
    if (!m_session.isReady() || !m_session.isStaff())
        return;
    const quint64 asked = ++m_orgsAsked; // an older answer arriving late is dropped
    m_session.rpc().call(QString(api::method::OrgList), QJsonObject(), this,
                         [this, asked](const rpc::RpcReply& reply) {
                             if (reply.isError() || asked != m_orgsAsked)
                                 return;
                             m_orgs = api::OrgList::fromJson(reply.result()).items;
                             Q_EMIT organisationsLoaded();
                         });
}

TicketQuery QueueController::narrowedToOrg(const TicketQuery& query, std::optional<qint64> org)
{
    api::TicketFilter filter = query.filter();
    if (org)
        filter.orgs = QList<qint64> {*org};
    return TicketQuery(filter, query.sort());
}

void QueueController::saveView(const QString& name, const TicketQuery& query)
{
    api::ViewSaveParams params;
    params.name = name;
    params.filter = query.filter();
    params.sort = query.sort();
    m_session.rpc().call(QString(api::method::ViewSave), params.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 Q_EMIT viewSaveFailed(reply.error());
                             else
                                 Q_EMIT viewSaved();
                         });
}

void QueueController::deleteView(qint64 id)
{
    m_session.rpc().call(QString(api::method::ViewDelete), api::IdParams {id}.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 Q_EMIT viewDeleteFailed(reply.error());
                             Q_EMIT viewDeleted(); // either way, the list is read again
                         });
}

void QueueController::setAvailable(bool available)
{
    api::AvailabilityParams params;
    params.available = available;
    m_session.rpc().call(QString(api::method::UserSetAvailability), params.toJson(), this,
                         [this, available](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 Q_EMIT availabilityFailed(reply.error());
                             else
                                 Q_EMIT availabilityChanged(available);
                         });
}

TicketQuery QueueController::savedQuery(const QJsonObject& filter, const QString& sort)
{
    api::SavedView view;
    view.filter = filter;
    view.sort = sort;
    const auto params = view.listParams();
    if (!params)
        return TicketQuery({}, api::TicketSort::Priority);
    return TicketQuery(params->filter, params->sort);
}

QString QueueController::countText(const api::TicketCount& count)
{
    return count.capped ? QString::number(count.count) + u'+' : QString::number(count.count);
}

} // namespace frontline::client
