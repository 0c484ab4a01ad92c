#include "articlereader.h"

#include "api/kbapi.h"
#include "api/methods.h"
#include "api/searchapi.h"
#include "client/core/errortext.h"
#include "client/core/kb/typedcall.h"

namespace frontline::client::kb {

ArticleReader::ArticleReader(Session& session, qint64 id, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_id(id)
{ }

void ArticleReader::open(bool fromSuggestion)
{
    typedCall<Article>(
        m_session, api::method::KbArticleOpen, api::ArticleOpenParams {m_id, fromSuggestion}, this,
        [this](const Article& article) {
            m_article = article;
            Q_EMIT loaded();
        },
        [this](const rpc::RpcError& error) { Q_EMIT failed(ErrorText::describe(error)); });
}

void ArticleReader::markSolved(const QString& subject)
{
    typedCall<api::ArticleSolvedResult>(
        m_session, api::method::KbArticleSolved, api::ArticleSolvedParams {m_id, subject}, this,
        [this](const api::ArticleSolvedResult&) { Q_EMIT solvedRecorded(); },
        [this](const rpc::RpcError& error) { Q_EMIT failed(ErrorText::describe(error)); });
}

} // namespace frontline::client::kb
