#include "searchservice.h"

#include "search/bm25.h"
#include "search/searchindex.h"
#include "search/snippet.h"
#include "storage/searchrepository.h"

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

constexpr double TitleWeight = 3.0;
// How many of a term's newest matches estimate its document frequency: their density over
// the id range they span, times the number of documents (exact when there are fewer).
constexpr int FrequencySample = 64;
constexpr double MinimumSuggestionScore = 0.25;
constexpr qsizetype SuggestionTerms = 8;

struct Ranked
{
    double score = 0;
    qint64 updatedAt = 0;
    // The result item with its snippet, made only for the results returned.
    std::function<api::SearchHit()> item;
};

struct TicketHit
{
    double score = -1;
    const SearchRepository::CommentText* comment = nullptr; // the best text was this comment
};

QList<double> documentFrequencies(SearchIndex& index, SearchIndex::Source source,
                                  const SearchQuery& query, double documents)
{
    QList<double> result;
    for (const SearchQuery::Term& term : query.terms()) {
        const QList<qint64> sample =
            index.newest(source, SearchQuery::single(term), {}, FrequencySample);
        if (sample.size() < FrequencySample) {
            result.append(double(sample.size()));
        } else {
            const double span = double(sample.first() - sample.last() + 1);
            result.append(std::min(documents, documents * FrequencySample / span));
        }
    }
    return result;
}

double averageLength(const QList<Bm25::Counts>& counts)
{
    double total = 0;
    for (const Bm25::Counts& c : counts)
        total += c.length;
    return counts.isEmpty() ? 1.0 : total / double(counts.size());
}

QList<api::TextRange> rangesOf(const Snippet& snippet)
{
    QList<api::TextRange> ranges;
    ranges.reserve(snippet.highlights.size());
    for (const Snippet::Range& r : snippet.highlights)
        ranges.append({r.start, r.length});
    return ranges;
}

api::SearchHit hitOf(const QString& kind, qint64 id, const QString& title, const Snippet& snippet,
                     const SearchQuery& query, qint64 updatedAt)
{
    api::SearchHit hit;
    hit.kind = kind;
    hit.id = id;
    hit.title = title;
    hit.titleHighlights = rangesOf(Snippet::around(title, query, 1000));
    hit.snippet = snippet.text;
    hit.highlights = rangesOf(snippet);
    hit.updatedAt = updatedAt;
    return hit;
}

// Tickets ranked by BM25 over their title and description, and over each comment; a ticket
// scores as its best text, and its snippet comes from that text.
QList<Ranked> rankTickets(SqlSession& session, const Principal& principal, SearchIndex& index,
                          const SearchQuery& query)
{
    SearchIndex::Scope scope;
    if (!principal.isStaff()) {
        scope.requester = principal.userId;
        if (principal.orgViewer && principal.orgId)
            scope.org = *principal.orgId; // reads, never edits, their organisation's tickets
    }
    SearchRepository repository(session);
    const QList<qint64> ticketIds =
        index.newest(SearchIndex::Source::Tickets, query, scope, SearchService::Candidates);
    const QList<SearchRepository::CommentText> comments = repository.comments(
        index.newest(SearchIndex::Source::Comments, query, scope, SearchService::Candidates));
    QList<qint64> needed = ticketIds;
    for (const auto& c : comments)
        needed.append(c.ticketId);
    const QHash<qint64, SearchRepository::TicketText> tickets = repository.tickets(needed);

    const double ticketCount = double(repository.maxId(u"tickets"_s));
    const double commentCount = double(repository.maxId(u"comments"_s));
    const Bm25 ticketBm25(
        query, documentFrequencies(index, SearchIndex::Source::Tickets, query, ticketCount),
        ticketCount);
    QList<Bm25::Counts> ticketCounts;
    for (qint64 id : ticketIds) {
        const auto& t = tickets[id];
        ticketCounts.append(ticketBm25.count({{t.title, TitleWeight}, {t.description, 1.0}}));
    }
    QHash<qint64, TicketHit> hits;
    const double ticketAverage = averageLength(ticketCounts);
    for (qsizetype i = 0; i < ticketIds.size(); ++i)
        hits[ticketIds[i]].score = ticketBm25.score(ticketCounts[i], ticketAverage);

    if (!comments.isEmpty()) {
        const Bm25 commentBm25(
            query, documentFrequencies(index, SearchIndex::Source::Comments, query, commentCount),
            commentCount);
        QList<Bm25::Counts> commentCounts;
        for (const auto& c : comments)
            commentCounts.append(commentBm25.count({{c.body, 1.0}}));
        const double commentAverage = averageLength(commentCounts);
        for (qsizetype i = 0; i < comments.size(); ++i) {
            const auto& c = comments[i];
            if (c.internal && !policy::canSeeInternal(principal))
                continue;
            const double score = commentBm25.score(commentCounts[i], commentAverage);
            TicketHit& hit = hits[c.ticketId];
            if (score > hit.score)
                hit = {score, &c};
        }
    }

    QList<Ranked> ranked;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        const auto found = tickets.constFind(it.key());
        if (found == tickets.cend() || !policy::canReadTicket(principal, found->access))
            continue;
        const auto& t = *found;
        const std::optional<qint64> commentId =
            it->comment ? std::optional(it->comment->id) : std::nullopt;
        const QString commentText = it->comment ? it->comment->body : QString();
        ranked.append({it->score, t.updatedAt, [t, commentId, commentText, &query] {
                           const QString& text = commentId    ? commentText
                               : query.termsIn(t.description) ? t.description
                                                              : t.title;
                           api::SearchHit hit =
                               hitOf(u"ticket"_s, t.id, t.title, Snippet::around(text, query),
                                     query, t.updatedAt);
                           hit.status = t.status;
                           hit.type = t.type;
                           hit.comment = commentId;
                           return hit;
                       }});
    }
    return ranked;
}

// Articles: the engine's most relevant candidates, ranked again by the same BM25 as tickets
// (PostgreSQL's ts_rank ignores how rare a word is).
QList<Ranked> rankArticles(SqlSession& session, SearchIndex& index, const SearchQuery& query,
                           bool publicOnly)
{
    QList<qint64> ids;
    for (const auto& candidate :
         index.bestArticles(query, publicOnly, SearchService::ArticleCandidates))
        ids.append(candidate.id);
    SearchRepository repository(session);
    const auto articles = repository.articles(ids);
    const double count = double(repository.maxId(u"kb_articles"_s));
    const Bm25 bm25(query, documentFrequencies(index, SearchIndex::Source::Articles, query, count),
                    count);
    QList<Bm25::Counts> counts;
    QList<const SearchRepository::ArticleText*> texts;
    for (qint64 id : std::as_const(ids)) {
        const auto found = articles.constFind(id);
        if (found == articles.cend())
            continue;
        texts.append(&*found);
        counts.append(bm25.count({{found->title, TitleWeight}, {found->body, 1.0}}));
    }
    const double average = averageLength(counts);
    QList<Ranked> ranked;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        ranked.append(
            {bm25.score(counts[i], average), texts[i]->updatedAt, [a = *texts[i], &query] {
                 api::SearchHit hit = hitOf(u"article"_s, a.id, a.title,
                                            Snippet::ofMarkdown(a.body, query), query, a.updatedAt);
                 hit.state = a.state;
                 hit.visibility = a.visibility;
                 return hit;
             }});
    }
    return ranked;
}

// Scores of different sources are on different scales: each list is scaled to its best.
void normalise(QList<Ranked>& list)
{
    double best = 0;
    for (const Ranked& r : list)
        best = std::max(best, r.score);
    for (Ranked& r : list)
        r.score = best > 0 ? r.score / best : 0;
}

api::SearchHits best(QList<Ranked> ranked, int limit)
{
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.updatedAt > b.updatedAt;
    });
    api::SearchHits hits;
    for (qsizetype i = 0; i < std::min<qsizetype>(ranked.size(), limit); ++i) {
        api::SearchHit hit = ranked[i].item();
        hit.score = std::round(ranked[i].score * 1000.0) / 1000.0;
        hits.items.append(std::move(hit));
    }
    return hits;
}

} // namespace

SearchService::SearchService(SqlSession& session, const Principal& principal)
    : m_session(session)
    , m_principal(principal)
{ }

ServiceResult SearchService::search(const api::SearchParams& params)
{
    const SearchQuery query = SearchQuery::all(params.query, params.prefix);
    if (query.isEmpty())
        return rpc::RpcError::invalidParams(u"query"_s, u"has no words to search for"_s);
    const auto index = SearchIndex::create(m_session);
    QList<Ranked> ranked;
    if (params.kinds.contains(u"ticket"_s)) {
        QList<Ranked> tickets = rankTickets(m_session, m_principal, *index, query);
        normalise(tickets);
        ranked += tickets;
    }
    if (params.kinds.contains(u"article"_s)) {
        QList<Ranked> articles = rankArticles(m_session, *index, query, !m_principal.isStaff());
        normalise(articles);
        // An answer before a ticket that scores the same.
        for (Ranked& a : articles)
            a.score += 1e-6;
        ranked += articles;
    }
    return Outcome(best(ranked, params.limit));
}

ServiceResult SearchService::suggest(const api::SuggestParams& params)
{
    // The title says what matters most: its words come first when the terms are capped.
    const SearchQuery typed = SearchQuery::any(params.title + u"\n"_s + params.description);
    const auto index = SearchIndex::create(m_session);
    // Only informative words are looked for: found in some article but not in most of them,
    // the rarest few — so a long description costs what a short title does.
    const double count = double(SearchRepository(m_session).maxId(u"kb_articles"_s));
    const QList<double> frequencies =
        documentFrequencies(*index, SearchIndex::Source::Articles, typed, count);
    QList<qsizetype> informative;
    for (qsizetype i = 0; i < frequencies.size(); ++i) {
        if (frequencies[i] > 0 && frequencies[i] <= count / 2)
            informative.append(i);
    }
    std::stable_sort(informative.begin(), informative.end(),
                     [&](qsizetype a, qsizetype b) { return frequencies[a] < frequencies[b]; });
    informative.resize(std::min<qsizetype>(informative.size(), SuggestionTerms));
    std::sort(informative.begin(), informative.end());
    QList<SearchQuery::Term> terms;
    for (qsizetype i : std::as_const(informative))
        terms.append(typed.terms().at(i));
    const SearchQuery query = SearchQuery::ofTerms(terms, false);
    if (query.isEmpty())
        return Outcome(api::SearchHits {});
    // A suggestion must score at least a quarter of the best one.
    QList<Ranked> articles = rankArticles(m_session, *index, query, true);
    normalise(articles);
    articles.removeIf([](const Ranked& r) { return r.score < MinimumSuggestionScore; });
    return Outcome(best(articles, params.limit));
}

} // namespace frontline::server
