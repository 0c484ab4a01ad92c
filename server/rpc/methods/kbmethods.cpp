#include "api/kbapi.h"
#include "api/methods.h"
#include "rpc/methodregistry.h"
#include "services/kbservice.h"

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
    registry.addRead<IdParams>(method::KbArticleHistory, Access::Staff,
                               [](JobScope& s, const IdParams& p) { return kb(s).history(p.id); });
}

} // namespace frontline::server
