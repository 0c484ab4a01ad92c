#include "notificationcenter.h"

#include "api/automationapi.h"
#include "api/methods.h"
#include "api/workspaceapi.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::client {

NotificationCenter::NotificationCenter(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&session, &Session::notificationReceived, this,
            [this](const Notification& notification) {
                m_items.prepend(notification);
                ++m_unread;
                Q_EMIT arrived(notification);
                Q_EMIT changed();
            });
    connect(&session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Ready)
            reload();
    });
    if (session.state() == Session::State::Ready)
        reload();
}

void NotificationCenter::reload()
{
    m_session.rpc().call(
        QString(api::method::NotificationList), api::NotificationListParams {}.toJson(), this,
        [this](const rpc::RpcReply& reply) {
            if (reply.isError())
                return;
            api::NotificationList list = api::NotificationList::fromJson(reply.result());
            m_items = std::move(list.notifications);
            m_unread = list.unread;
            Q_EMIT changed();
        });
}

void NotificationCenter::markAllRead()
{
    m_session.rpc().call(QString(api::method::NotificationRead),
                         api::NotificationReadParams {}.toJson(), this,
                         [this](const rpc::RpcReply& reply) {
                             if (!reply.isError())
                                 reload();
                         });
}

} // namespace frontline::client
