#include "kbservice.h"

#include "auth/policy.h"
#include "core/textdiff.h"
#include "services/ticketpresenter.h"
#include "storage/articlerepository.h"
#include "storage/grouprepository.h"
#include "storage/ticketrepository.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

std::optional<rpc::RpcError> resolveCategory(SqlSession& session, const QString& name,
                                             ArticleRecord& record)
{
    const auto category = CategoryRepository(session).findByName(name);
    if (!category)
        return rpc::RpcError::invalidParams(u"category"_s, u"no such category"_s);
    record.categoryId = category->id;
    record.article.category = category->name;
    return std::nullopt;
}

} // namespace

KbService::KbService(SqlSession& session, const Principal& principal, qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

ServiceResult KbService::create(const api::ArticleCreateParams& params)
{
    ArticleRecord record;
    Article& a = record.article;
    a.title = params.title;
    a.body = params.body;
    a.tags = params.tags;
    a.visibility = params.visibility;
    a.author = m_principal.ref();
    a.createdAt = m_now;
    a.updatedAt = m_now;
    if (params.category) {
        if (auto error = resolveCategory(m_session, *params.category, record))
            return *error;
    }
    if (params.sourceTicket) {
        const auto ticket = TicketRepository(m_session).find(*params.sourceTicket);
        if (!ticket
            || !policy::canReadTicket(m_principal, TicketPresenter::accessOf(ticket->ticket)))
            return rpc::RpcError::invalidParams(u"source_ticket"_s, u"no such ticket"_s);
        a.sourceTicket = params.sourceTicket;
    }
    ArticleRepository articles(m_session);
    a.id = articles.insert(record);
    articles.addVersion(a.id, {1, a.title, a.body, a.author, m_now});
    if (a.sourceTicket) {
        articles.link(a.id, *a.sourceTicket, m_principal.userId, m_now);
        a.linkedTickets = {*a.sourceTicket};
    }
    return Outcome(a);
}

ServiceResult KbService::update(const api::ArticleUpdateParams& params)
{
    ArticleRepository articles(m_session);
    auto record = articles.find(params.id);
    if (!record)
        return rpc::RpcError::notFound(u"article"_s);
    Article& a = record->article;
    if (params.version != a.version)
        return rpc::RpcError::conflict(u"stale_version"_s,
                                       QJsonObject {{"current_version"_L1, a.version}});
    if (params.title)
        a.title = *params.title;
    if (params.body)
        a.body = *params.body;
    if (params.category.present) {
        if (params.category.value) {
            if (auto error = resolveCategory(m_session, *params.category.value, *record))
                return *error;
        } else {
            record->categoryId.reset();
            a.category.clear();
        }
    }
    if (params.tags)
        a.tags = *params.tags;
    if (params.visibility)
        a.visibility = *params.visibility;
    a.version = params.version + 1;
    a.author = m_principal.ref();
    a.updatedAt = m_now;
    if (!articles.update(*record, params.version))
        return rpc::RpcError::conflict(u"stale_version"_s);
    articles.addVersion(a.id, {a.version, a.title, a.body, a.author, m_now});
    return Outcome(a);
}

std::optional<ArticleRecord> KbService::readable(qint64 id)
{
    auto record = ArticleRepository(m_session).find(id);
    // What a requester may not read answers like a missing article.
    if (record && !m_principal.isStaff()
        && (record->article.visibility != u"public"_s || record->article.state != u"published"_s))
        return std::nullopt;
    return record;
}

ServiceResult KbService::shown(Article& article)
{
    if (m_principal.isStaff())
        ArticleRepository(m_session).loadUsage(article);
    return Outcome(article);
}

ServiceResult KbService::get(qint64 id)
{
    auto record = readable(id);
    if (!record)
        return rpc::RpcError::notFound(u"article"_s);
    return shown(record->article);
}

ServiceResult KbService::open(const api::ArticleOpenParams& params)
{
    auto record = readable(params.id);
    if (!record)
        return rpc::RpcError::notFound(u"article"_s);
    ArticleRepository articles(m_session);
    articles.countView(params.id);
    ++record->article.views;
    if (params.fromSuggestion)
        articles.recordDeflection(params.id, m_principal.userId, u"followed"_s, QString(), m_now);
    return shown(record->article);
}

ServiceResult KbService::solved(const api::ArticleSolvedParams& params)
{
    if (!readable(params.id))
        return rpc::RpcError::notFound(u"article"_s);
    ArticleRepository(m_session).recordDeflection(params.id, m_principal.userId, u"solved"_s,
                                                  params.subject, m_now);
    return Outcome(api::ArticleSolvedResult {});
}

ServiceResult KbService::link(const api::ArticleLinkParams& params)
{
    ArticleRepository articles(m_session);
    if (!articles.find(params.id))
        return rpc::RpcError::notFound(u"article"_s);
    const auto ticket = TicketRepository(m_session).find(params.ticket);
    if (!ticket || !policy::canReadTicket(m_principal, TicketPresenter::accessOf(ticket->ticket)))
        return rpc::RpcError::invalidParams(u"ticket"_s, u"no such ticket"_s);
    articles.link(params.id, params.ticket, m_principal.userId, m_now);
    return get(params.id);
}

ServiceResult KbService::remove(qint64 id)
{
    ArticleRepository articles(m_session);
    if (!articles.find(id))
        return rpc::RpcError::notFound(u"article"_s);
    articles.remove(id);
    return Outcome(api::ArticleDeleteResult {});
}

ServiceResult KbService::publish(const api::ArticlePublishParams& params)
{
    ArticleRepository articles(m_session);
    auto record = articles.find(params.id);
    if (!record)
        return rpc::RpcError::notFound(u"article"_s);
    Article& a = record->article;
    if (a.state == params.state)
        return Outcome(a);
    const int version = a.version;
    a.state = params.state;
    if (params.state == u"published"_s)
        a.publishedAt = m_now;
    a.updatedAt = m_now;
    if (!articles.update(*record, version))
        return rpc::RpcError::conflict(u"stale_version"_s);
    return Outcome(a);
}

ServiceResult KbService::list(const api::ArticleListParams& params)
{
    const bool staff = m_principal.isStaff();
    if (!staff && params.state && *params.state != u"published"_s)
        return rpc::RpcError::invalidParams(u"state"_s, u"requesters see published articles"_s);
    qint64 afterUpdated = std::numeric_limits<qint64>::max();
    qint64 afterId = std::numeric_limits<qint64>::max();
    if (!params.cursor.isEmpty()) {
        const QStringList parts = params.cursor.split(u'.');
        bool ok1 = false;
        bool ok2 = false;
        if (parts.size() == 2) {
            afterUpdated = parts[0].toLongLong(&ok1);
            afterId = parts[1].toLongLong(&ok2);
        }
        if (!ok1 || !ok2)
            return rpc::RpcError::invalidParams(u"cursor"_s, u"is not a cursor of this list"_s);
    }
    const QList<Article> page =
        ArticleRepository(m_session).page(staff ? params.state : std::optional(u"published"_s),
                                          !staff, afterUpdated, afterId, params.limit + 1);
    api::ArticlePage result;
    result.items = page.first(std::min<qsizetype>(page.size(), params.limit));
    if (page.size() > params.limit) {
        const Article& last = page[params.limit - 1];
        result.nextCursor = u"%1.%2"_s.arg(last.updatedAt).arg(last.id);
    }
    return Outcome(result);
}

ServiceResult KbService::vote(const api::ArticleVoteParams& params)
{
    if (!readable(params.id))
        return rpc::RpcError::notFound(u"article"_s);
    ArticleRepository articles(m_session);
    articles.vote(params.id, m_principal.userId, params.helpful, m_now);
    return Outcome(articles.find(params.id)->article);
}

ServiceResult KbService::history(const api::ArticleHistoryParams& params)
{
    ArticleRepository articles(m_session);
    if (!articles.find(params.id))
        return rpc::RpcError::notFound(u"article"_s);
    // One version more than the page: the last one's diff is from it, and it says there is more.
    const QList<ArticleVersion> versions =
        articles.versions(params.id, params.before, params.limit + 1);
    const qsizetype shown = std::min<qsizetype>(versions.size(), params.limit);
    api::ArticleHistory result;
    for (qsizetype i = 0; i < shown; ++i) {
        const ArticleVersion& v = versions[i];
        // Versions are numbered in a row: the next one in the list is the one before.
        const ArticleVersion* previous = i + 1 < versions.size() ? &versions[i + 1] : nullptr;
        const textdiff::Diff diff =
            textdiff::compare(previous ? previous->body : QString(), v.body);
        result.items.append({v.version, v.title, v.author, v.createdAt,
                             previous && previous->title != v.title, diff.text, diff.truncated});
    }
    if (versions.size() > params.limit)
        result.nextCursor = QString::number(versions[shown - 1].version);
    return Outcome(result);
}

} // namespace frontline::server
