#include "knowledgebase.h"

#include "api/kbapi.h"
#include "api/methods.h"
#include "api/searchapi.h"
#include "client/core/errortext.h"
#include "client/core/kb/typedcall.h"

namespace frontline::client::kb {

KnowledgeBase::KnowledgeBase(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void KnowledgeBase::list(const QString& state)
{
    m_state = state;
    api::ArticleListParams p;
    p.limit = ListLimit;
    if (!state.isEmpty())
        p.state = state;
    typedCall<api::ArticlePage>(
        m_session, api::method::KbArticleList, p, this,
        [this](const api::ArticlePage& page) {
            m_articles = page.items;
            Q_EMIT listed(int(m_articles.size()));
        },
        [this](const rpc::RpcError& error) { Q_EMIT failed(ErrorText::describe(error)); });
}

void KnowledgeBase::open(qint64 id)
{
    typedCall<Article>(
        m_session, api::method::KbArticleGet, api::IdParams {id}, this,
        [this](const Article& article) { setCurrent(article); },
        [this](const rpc::RpcError& error) { Q_EMIT failed(ErrorText::describe(error)); });
}

void KnowledgeBase::setCurrent(const Article& article)
{
    m_current = article;
    Q_EMIT currentChanged();
}

void KnowledgeBase::link(Session& session, qint64 article, qint64 ticket,
                         std::function<void()> done)
{
    typedCall<Article>(
        session, api::method::KbArticleLink, api::ArticleLinkParams {article, ticket}, &session,
        [done = std::move(done)](const Article&) {
            if (done)
                done();
        },
        [](const rpc::RpcError&) {});
}

void KnowledgeBase::setState(const QString& state)
{
    if (m_current.id <= 0)
        return;
    typedCall<Article>(
        m_session, api::method::KbArticlePublish, api::ArticlePublishParams {m_current.id, state},
        this,
        [this](const Article& article) {
            open(article.id); // with how it is used, which only kb.article.get tells
            list(m_state);
        },
        [this](const rpc::RpcError& error) { Q_EMIT failed(ErrorText::describe(error)); });
}

} // namespace frontline::client::kb
