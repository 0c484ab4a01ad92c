#include "articlesaver.h"

#include "api/kbapi.h"
#include "api/methods.h"
#include "client/core/errortext.h"
#include "client/core/kb/typedcall.h"

namespace frontline::client::kb {

ArticleSaver::ArticleSaver(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void ArticleSaver::save(const ArticleDraft& draft)
{
    m_saving = true;
    const auto done = [this](const Article& article) {
        m_saving = false;
        Q_EMIT saved(article);
    };
    const auto failure = [this](const rpc::RpcError& error) {
        m_saving = false;
        Q_EMIT failed(ErrorText::describe(error), error.is(rpc::ErrorCode::Conflict));
    };
    if (draft.id)
        typedCall<Article>(m_session, api::method::KbArticleUpdate, draft.updateParams(), this,
                           done, failure);
    else
        typedCall<Article>(m_session, api::method::KbArticleCreate, draft.createParams(), this,
                           done, failure);
}

} // namespace frontline::client::kb
