#pragma once

#include "api/kbapi.h"
#include "api/searchapi.h"
#include "auth/principal.h"
#include "services/outcome.h"
#include "storage/articlerepository.h"

namespace frontline::server {

class SqlSession;

// Knowledge-base articles: written and versioned by staff (a new version for every edit, the
// author recorded), published or retired; requesters read only public, published articles.
class KbService
{
public:
    KbService(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult create(const api::ArticleCreateParams& params);
    ServiceResult update(const api::ArticleUpdateParams& params);
    ServiceResult get(qint64 id);
    ServiceResult publish(const api::ArticlePublishParams& params);
    // Every version, newest first, each with its author and a line diff from the one before.
    ServiceResult history(const api::ArticleHistoryParams& params);
    ServiceResult list(const api::ArticleListParams& params);
    ServiceResult vote(const api::ArticleVoteParams& params);
    // A person reads the article: a view, and a followed suggestion when it came from one.
    ServiceResult open(const api::ArticleOpenParams& params);
    // "This solved my problem": a ticket that was not needed, recorded as a deflection.
    ServiceResult solved(const api::ArticleSolvedParams& params);
    ServiceResult link(const api::ArticleLinkParams& params);
    ServiceResult remove(qint64 id);

private:
    // The article when the caller may read it (requesters: public and published only).
    std::optional<ArticleRecord> readable(qint64 id);
    // The article's JSON, with how it is used for staff.
    ServiceResult shown(Article& article);

    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
