#include "cifinder.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

namespace frontline::client {

CiFinder::CiFinder(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void CiFinder::search(const QString& query)
{
    const quint64 search = ++m_search;
    api::CiSearchParams params;
    params.query = query.trimmed();
    params.limit = 20;
    if (params.query.isEmpty()) {
        Q_EMIT found({});
        return;
    }
    m_session.rpc().call(QString(api::method::CiSearch), params.toJson(), this,
                         [this, search](const rpc::RpcReply& reply) {
                             if (search != m_search)
                                 return;
                             if (reply.isError()) {
                                 Q_EMIT failed(ErrorText::describe(reply.error()));
                                 return;
                             }
                             Q_EMIT found(api::CiPage::fromJson(reply.result()).items);
                         });
}

} // namespace frontline::client
