#include "searchindex.h"

#include "storage/searchrepository.h"
#include "storage/sqlsession.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QList<qint64> ids(Statement& query)
{
    query.exec();
    QList<qint64> result;
    while (query.next())
        result.append(query.int64(0));
    return result;
}

QList<SearchIndex::ScoredId> scored(Statement& query)
{
    query.exec();
    QList<SearchIndex::ScoredId> result;
    while (query.next())
        result.append({query.int64(0), query.value(1).toDouble()});
    return result;
}

// FTS5: contentless tables kept by triggers (migration 7). A requester's scope is a token in
// the index itself, so FTS5 intersects it with the terms instead of filtering afterwards.
class Fts5Index final : public SearchIndex
{
public:
    explicit Fts5Index(SqlSession& session)
        : m_session(session)
    { }

    QList<qint64> newest(Source source, const SearchQuery& query, const Scope& scope,
                         int limit) override
    {
        // Rows written since the last batch was indexed (SearchIndexer) are the newest:
        // matched here from their text, so every acknowledged write is found at once.
        QList<qint64> found = unindexed(source, query, scope, limit);
        if (found.size() >= limit)
            return found;
        const int rest = limit - int(found.size());
        if (query.hasLongPrefix()) {
            // FTS5 expands a prefix longer than its prefix indexes by gathering every match of
            // every word it stands for before the first row comes out (~100 ms for "printe" in
            // half of 1M tickets). As-you-type, the word typed so far is often whole: its own
            // newest matches come at once. Else the indexed three-letter prefix finds the newest
            // candidates and their text confirms the whole prefix — when a sample shows that
            // enough of them will. A prefix whose words are rare is cheap for FTS5 to expand.
            QList<qint64> exact = match(source, query.exact(), scope, rest);
            if (exact.size() >= rest)
                return found + exact;
            const SearchQuery cut = query.shortPrefixes();
            const QList<qint64> sample = match(source, cut, scope, rest);
            QList<qint64> confirmed = confirm(source, query, sample);
            if (sample.size() < rest)
                return found + confirmed; // every match of the short prefix was looked at
            const double share = double(confirmed.size()) / double(sample.size());
            if (share >= 0.2) {
                if (confirmed.size() < rest)
                    confirmed =
                        confirm(source, query, match(source, cut, scope, int(rest / share * 1.5)));
                if (confirmed.size() >= rest)
                    return found + confirmed.first(rest);
            }
        }
        return found + match(source, query, scope, rest);
    }

    QList<ScoredId> bestArticles(const SearchQuery& query, bool publicOnly, int limit) override
    {
        const QString match = articleMatch(query, publicOnly);
        Statement statement =
            m_session.prepare(u"SELECT rowid, -bm25(search_articles, 4.0, 1.0, 2.0, 0.0) AS s "
                              "FROM search_articles WHERE search_articles MATCH ? "
                              "ORDER BY s DESC, rowid DESC LIMIT ?"_s);
        statement.bind(match).bind(limit);
        return scored(statement);
    }

private:
    // The candidates whose text matches `query`, in their order.
    QList<qint64> confirm(Source source, const SearchQuery& query, const QList<qint64>& candidates)
    {
        SearchRepository texts(m_session);
        QSet<qint64> matching;
        if (source == Source::Tickets) {
            for (const auto& t : texts.tickets(candidates))
                if (query.matches({t.title, t.description}))
                    matching.insert(t.id);
        } else if (source == Source::Comments) {
            for (const auto& c : texts.comments(candidates))
                if (query.matches({c.body}))
                    matching.insert(c.id);
        } else {
            for (const auto& a : texts.articles(candidates))
                if (query.matches({a.title, a.body, a.tags}))
                    matching.insert(a.id);
        }
        QList<qint64> confirmed;
        for (qint64 id : candidates) {
            if (matching.contains(id))
                confirmed.append(id);
        }
        return confirmed;
    }

    QList<qint64> unindexed(Source source, const SearchQuery& query, const Scope& scope, int limit)
    {
        if (source == Source::Articles)
            return {};
        Statement statement = m_session.prepare(
            source == Source::Tickets
                ? uR"(SELECT t.id, t.requester_id, 0, t.title, t.description,
                    COALESCE(t.org_id, 0) FROM tickets t
                    WHERE t.id > (SELECT tickets_to FROM search_state) ORDER BY t.id DESC)"_s
                : uR"(SELECT c.id, t.requester_id, c.internal, c.body, '', COALESCE(t.org_id, 0)
                    FROM comments c JOIN tickets t ON t.id = c.ticket_id
                    WHERE c.id > (SELECT comments_to FROM search_state) ORDER BY c.id DESC)"_s);
        statement.exec();
        QList<qint64> ids;
        while (statement.next() && ids.size() < limit) {
            const bool theirs = scope.requester
                && (statement.int64(1) == *scope.requester
                    || (scope.org && statement.int64(5) == *scope.org));
            if (scope.requester && (!theirs || statement.boolean(2)))
                continue;
            if (query.matches({statement.text(3), statement.text(4)}))
                ids.append(statement.int64(0));
        }
        return ids;
    }

    QList<qint64> match(Source source, const SearchQuery& query, const Scope& scope, int limit)
    {
        QString match;
        QString table;
        if (source == Source::Tickets) {
            table = u"search_tickets"_s;
            match = query.fts5(u"{title description}"_s);
            if (scope.requester)
                match = u"(%1) AND requester : \"%2\""_s.arg(match).arg(*scope.requester);
        } else if (source == Source::Comments) {
            table = u"search_comments"_s;
            match = query.fts5(u"body"_s);
            if (scope.requester)
                match = u"(%1) AND access : \"p%2\""_s.arg(match).arg(*scope.requester);
        } else {
            table = u"search_articles"_s;
            match = articleMatch(query, scope.publicArticles);
        }
        if (scope.requester && scope.org && source != Source::Articles)
            return matchForViewer(source, query, scope, limit);
        Statement statement = m_session.prepare(
            u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT ?"_s.arg(table));
        statement.bind(match).bind(limit);
        return ids(statement);
    }

    // An organisation viewer's matches: the index holds no organisation, so the matches are
    // read newest first and kept where the ticket is the viewer's own or their organisation's.
    QList<qint64> matchForViewer(Source source, const SearchQuery& query, const Scope& scope,
                                 int limit)
    {
        const bool tickets = source == Source::Tickets;
        Statement statement =
            m_session.prepare(tickets ? uR"(SELECT search_tickets.rowid FROM search_tickets
                    JOIN tickets t ON t.id = search_tickets.rowid
                    WHERE search_tickets MATCH ? AND (t.requester_id = ? OR t.org_id = ?)
                    ORDER BY search_tickets.rowid DESC LIMIT ?)"_s
                                      : uR"(SELECT search_comments.rowid FROM search_comments
                    JOIN comments c ON c.id = search_comments.rowid
                    JOIN tickets t ON t.id = c.ticket_id
                    WHERE search_comments MATCH ? AND c.internal = 0
                    AND (t.requester_id = ? OR t.org_id = ?)
                    ORDER BY search_comments.rowid DESC LIMIT ?)"_s);
        statement.bind(tickets ? query.fts5(u"{title description}"_s) : query.fts5(u"body"_s));
        statement.bind(*scope.requester).bind(*scope.org).bind(limit);
        return ids(statement);
    }

    static QString articleMatch(const SearchQuery& query, bool publicOnly)
    {
        // Retired articles are no answer any more: the knowledge-base list still shows them.
        const QString match = query.fts5(u"{title body tags}"_s);
        return publicOnly ? u"(%1) AND access : \"public\" AND access : \"published\""_s.arg(match)
                          : u"(%1) NOT access : \"retired\""_s.arg(match);
    }

    SqlSession& m_session;
};

// PostgreSQL: generated tsvector columns with GIN indexes; the scope is a join on tickets.
class PostgresIndex final : public SearchIndex
{
    static constexpr auto PublicArticles = " AND visibility = 'public' AND state = 'published'"_L1;
    static constexpr auto CurrentArticles = " AND state <> 'retired'"_L1;

public:
    explicit PostgresIndex(SqlSession& session)
        : m_session(session)
    { }

    QList<qint64> newest(Source source, const SearchQuery& query, const Scope& scope,
                         int limit) override
    {
        QString sql;
        if (source == Source::Articles) {
            sql = u"SELECT id FROM kb_articles WHERE search_doc @@ to_tsquery('simple', ?)"_s;
            sql += scope.publicArticles ? PublicArticles : CurrentArticles;
            sql += u" ORDER BY id DESC LIMIT ?"_s;
        } else if (source == Source::Tickets) {
            sql = u"SELECT id FROM tickets WHERE search_doc @@ to_tsquery('simple', ?)"_s;
            if (scope.requester)
                sql += scope.org ? u" AND (requester_id = ? OR org_id = ?)"_s
                                 : u" AND requester_id = ?"_s;
            sql += u" ORDER BY id DESC LIMIT ?"_s;
        } else if (scope.requester) {
            sql = uR"(SELECT c.id FROM comments c JOIN tickets t ON t.id = c.ticket_id
                WHERE c.search_doc @@ to_tsquery('simple', ?) AND c.internal = 0 AND )"_s
                + (scope.org ? u"(t.requester_id = ? OR t.org_id = ?)"_s : u"t.requester_id = ?"_s)
                + u" ORDER BY c.id DESC LIMIT ?"_s;
        } else {
            sql = u"SELECT id FROM comments WHERE search_doc @@ to_tsquery('simple', ?) "
                  "ORDER BY id DESC LIMIT ?"_s;
        }
        Statement statement = m_session.prepare(sql);
        statement.bind(query.tsquery());
        if (scope.requester && source != Source::Articles) {
            statement.bind(*scope.requester);
            if (scope.org)
                statement.bind(*scope.org);
        }
        statement.bind(limit);
        return ids(statement);
    }

    QList<ScoredId> bestArticles(const SearchQuery& query, bool publicOnly, int limit) override
    {
        QString sql = uR"(SELECT id, ts_rank(search_doc, q) AS s
            FROM kb_articles, to_tsquery('simple', ?) AS q WHERE search_doc @@ q)"_s;
        sql += publicOnly ? PublicArticles : CurrentArticles;
        sql += u" ORDER BY s DESC, id DESC LIMIT ?"_s;
        Statement statement = m_session.prepare(sql);
        statement.bind(query.tsquery()).bind(limit);
        return scored(statement);
    }

private:
    SqlSession& m_session;
};

} // namespace

std::unique_ptr<SearchIndex> SearchIndex::create(SqlSession& session)
{
    if (session.isSqlite())
        return std::make_unique<Fts5Index>(session);
    return std::make_unique<PostgresIndex>(session);
}

} // namespace frontline::server
