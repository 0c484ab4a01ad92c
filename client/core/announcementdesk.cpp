#include "announcementdesk.h"

#include "api/methods.h"
#include "api/selfserviceresults.h"
#include "client/core/cmdb/cifinder.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

namespace frontline::client {

AnnouncementDesk::AnnouncementDesk(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_finder(new CiFinder(session, this))
{ }

void AnnouncementDesk::reload()
{
    api::AnnouncementListParams params;
    params.includeEnded = true;
    m_session.rpc().call(QString(api::method::AnnouncementList), params.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 Q_EMIT failed(reply.error());
                                 return;
                             }
                             m_items = api::AnnouncementList::fromJson(reply.result()).items;
                             Q_EMIT loaded();
                         });
}

void AnnouncementDesk::publish(const api::AnnouncementPublishParams& params)
{
    m_session.rpc().call(QString(api::method::AnnouncementPublish), params.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 Q_EMIT failed(reply.error());
                                 return;
                             }
                             Q_EMIT published(Announcement::fromJson(reply.result().toObject()));
                             reload();
                         });
}

void AnnouncementDesk::withdraw(qint64 id)
{
    m_session.rpc().call(QString(api::method::AnnouncementWithdraw), api::IdParams {id}.toJson(),
                         this, [this, id](const rpc::RpcReply& reply) {
                             if (reply.isError())
                                 Q_EMIT failed(reply.error());
                             else
                                 Q_EMIT withdrawn(id);
                             reload();
                         });
}

void AnnouncementDesk::previewReach(const QList<qint64>& cis)
{
    const quint64 question = ++m_reachQuestion;
    if (cis.isEmpty())
        return;
    m_session.rpc().call(
        QString(api::method::AnnouncementReach), api::AnnouncementReachParams {cis}.toJson(), this,
        [this, question](const rpc::RpcReply& reply) {
            if (question != m_reachQuestion)
                return;
            if (reply.isError()) {
                Q_EMIT reachFailed(ErrorText::describe(reply.error()));
                return;
            }
            Q_EMIT reachPreviewed(api::AnnouncementReach::fromJson(reply.result()));
        });
}

} // namespace frontline::client
