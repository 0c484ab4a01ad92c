#pragma once

#include "search/searchquery.h"

#include <QList>

#include <memory>
#include <optional>

namespace frontline::server {

class SqlSession;

// The engine behind search: SQLite FTS5 or PostgreSQL full-text search, one interface. It
// answers which rows match, newest first and bounded, so a term found in half a million
// tickets costs what a rare one does; ranking those candidates is the caller's (Bm25).
class SearchIndex
{
public:
    enum class Source { Tickets, Comments, Articles };

    struct Scope
    {
        // Only this requester's tickets and the public comments on them.
        std::optional<qint64> requester;
        // With `requester`: this organisation's tickets as well (an organisation viewer), and
        // the public comments on them.
        std::optional<qint64> org;
        // Only public, published articles.
        bool publicArticles = false;
    };

    struct ScoredId
    {
        qint64 id = 0;
        double score = 0; // higher is better
    };

    static std::unique_ptr<SearchIndex> create(SqlSession& session);
    virtual ~SearchIndex() = default;

    // Ids of the newest `limit` rows of `source` matching every term (or any, per the query),
    // newest first: tickets by title and description, comments by their text, articles by
    // title, body and tags.
    virtual QList<qint64> newest(Source source, const SearchQuery& query, const Scope& scope,
                                 int limit) = 0;
    // Articles are a small corpus (thousands): the `limit` most relevant by the engine's own
    // measure over all matches (FTS5 BM25; PostgreSQL ts_rank, which knows no document
    // frequencies, so the caller ranks these again). `publicOnly`: public, published only.
    virtual QList<ScoredId> bestArticles(const SearchQuery& query, bool publicOnly, int limit) = 0;
};

} // namespace frontline::server
