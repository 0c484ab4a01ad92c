#include "articlehistory.h"

#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/kb/typedcall.h"

namespace frontline::client::kb {

ArticleHistory::ArticleHistory(Session& session, qint64 articleId, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_articleId(articleId)
{ }

void ArticleHistory::load()
{
    m_versions.clear();
    loadPage(std::nullopt);
}

void ArticleHistory::loadPage(std::optional<int> before)
{
    api::ArticleHistoryParams p;
    p.id = m_articleId;
    p.before = before;
    typedCall<api::ArticleHistory>(
        m_session, api::method::KbArticleHistory, p, this,
        [this](const api::ArticleHistory& page) {
            const int from = int(m_versions.size());
            m_versions += page.items;
            if (!page.items.isEmpty())
                Q_EMIT pageArrived(from);
            bool ok = false;
            const int next = page.nextCursor ? page.nextCursor->toInt(&ok) : 0;
            if (ok) {
                loadPage(next);
                return;
            }
            Q_EMIT loaded();
        },
        [this](const rpc::RpcError& error) { Q_EMIT failed(ErrorText::describe(error)); });
}

} // namespace frontline::client::kb
