#include "signedindevices.h"

#include "api/methods.h"
#include "api/paramreader.h"
#include "client/core/session.h"

using namespace Qt::StringLiterals;

namespace frontline::client {

SignedInDevices::SignedInDevices(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

void SignedInDevices::reload()
{
    send(api::method::SessionList, {}, [this](const QJsonValue& result) {
        m_sessions = api::SessionList::fromJson(result).items;
        Q_EMIT loaded();
    });
}

void SignedInDevices::revoke(qint64 id)
{
    send(api::method::SessionRevoke, api::IdParams {id}.toJson(), [this](const QJsonValue&) {
        Q_EMIT revoked(1);
        reload();
    });
}

void SignedInDevices::revokeOthers()
{
    send(api::method::SessionRevokeAll, api::SessionRevokeAllParams {m_session.user().id}.toJson(),
         [this](const QJsonValue& result) {
             Q_EMIT revoked(api::RevokeAllResult::fromJson(result).revoked);
             reload();
         });
}

} // namespace frontline::client
