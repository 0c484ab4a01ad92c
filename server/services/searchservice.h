#pragma once

#include "api/searchapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;

// kb.search and kb.suggest: one search box over tickets (title, description, conversation)
// and articles, limited to what the caller may read; ranked BM25 over a bounded number of the
// newest matches, so a word in half of a million tickets answers as fast as a rare one.
class SearchService
{
public:
    // Candidates ranked per source: the newest matches of tickets and of comments.
    static constexpr int Candidates = 200;
    // Articles: the engine's most relevant, ranked again.
    static constexpr int ArticleCandidates = 100;

    SearchService(SqlSession& session, const Principal& principal);

    ServiceResult search(const api::SearchParams& params);
    ServiceResult suggest(const api::SuggestParams& params);

private:
    SqlSession& m_session;
    const Principal& m_principal;
};

} // namespace frontline::server
