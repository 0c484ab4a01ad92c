#include "api/kbapi.h"
#include "api/methods.h"
#include "api/searchapi.h"
#include "rpc/methodregistry.h"
#include "services/kbservice.h"
#include "services/searchservice.h"

namespace frontline::server {
namespace {

using namespace api;

KbService kb(JobScope& s)
{
    return KbService(s.session, s.principal, s.now);
}

} // namespace

void registerKbMethods(MethodRegistry& registry)
{
    registry.addWrite<ArticleCreateParams>(
        method::KbArticleCreate, Access::Staff,
        [](JobScope& s, const ArticleCreateParams& p) { return kb(s).create(p); });
    registry.addWrite<ArticleUpdateParams>(
        method::KbArticleUpdate, Access::Staff,
        [](JobScope& s, const ArticleUpdateParams& p) { return kb(s).update(p); });
    registry.addRead<IdParams>(method::KbArticleGet, Access::Authenticated,
                               [](JobScope& s, const IdParams& p) { return kb(s).get(p.id); });
    registry.addWrite<ArticlePublishParams>(
        method::KbArticlePublish, Access::Staff,
        [](JobScope& s, const ArticlePublishParams& p) { return kb(s).publish(p); });
    registry.addRead<ArticleListParams>(
        method::KbArticleList, Access::Authenticated,
        [](JobScope& s, const ArticleListParams& p) { return kb(s).list(p); });
    registry.addWrite<ArticleVoteParams>(
        method::KbArticleVote, Access::Authenticated,
        [](JobScope& s, const ArticleVoteParams& p) { return kb(s).vote(p); });
    registry.addRead<ArticleHistoryParams>(
        method::KbArticleHistory, Access::Staff,
        [](JobScope& s, const ArticleHistoryParams& p) { return kb(s).history(p); });
    registry.addWrite<ArticleOpenParams>(
        method::KbArticleOpen, Access::Authenticated,
        [](JobScope& s, const ArticleOpenParams& p) { return kb(s).open(p); });
    registry.addWrite<ArticleSolvedParams>(
        method::KbArticleSolved, Access::Authenticated,
        [](JobScope& s, const ArticleSolvedParams& p) { return kb(s).solved(p); });
    registry.addWrite<ArticleLinkParams>(
        method::KbArticleLink, Access::Staff,
        [](JobScope& s, const ArticleLinkParams& p) { return kb(s).link(p); });
    registry.addWrite<IdParams>(method::KbArticleDelete, Access::Manager,
                                [](JobScope& s, const IdParams& p) { return kb(s).remove(p.id); });
    registry.addRead<SearchParams>(method::KbSearch, Access::Authenticated,
                                   [](JobScope& s, const SearchParams& p) {
                                       return SearchService(s.session, s.principal).search(p);
                                   });
    registry.addRead<SuggestParams>(method::KbSuggest, Access::Authenticated,
                                    [](JobScope& s, const SuggestParams& p) {
                                        return SearchService(s.session, s.principal).suggest(p);
                                    });
}

} // namespace frontline::server
