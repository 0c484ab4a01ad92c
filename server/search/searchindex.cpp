#include "searchindex.h"

#include "storage/sqlsession.h"

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
        // As-you-type, the word typed so far is often a whole, frequent word ("printer"):
        // its own newest matches come at once, where expanding the prefix would gather half a
        // million first. Only when the word alone is not enough is the prefix expanded.
        // Rows written since the last batch was indexed (SearchIndexer) are the newest:
        // matched here from their text, so every acknowledged write is found at once.
        QList<qint64> found = queued(source, query, scope, limit);
        if (found.size() >= limit)
            return found;
        const int rest = limit - int(found.size());
        if (query.hasLongPrefix()) {
            QList<qint64> exact = match(source, query.exact(), scope, rest);
            if (exact.size() >= rest)
                return found + exact;
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
    QList<qint64> queued(Source source, const SearchQuery& query, const Scope& scope, int limit)
    {
        if (source == Source::Articles)
            return {};
        Statement statement = m_session.prepare(
            source == Source::Tickets
                ? uR"(SELECT t.id, t.requester_id, 0, t.title, t.description FROM search_queue q
                    JOIN tickets t ON t.id = q.doc_id WHERE q.kind = 'ticket'
                    ORDER BY t.id DESC)"_s
                : uR"(SELECT c.id, t.requester_id, c.internal, c.body, '' FROM search_queue q
                    JOIN comments c ON c.id = q.doc_id JOIN tickets t ON t.id = c.ticket_id
                    WHERE q.kind = 'comment' ORDER BY c.id DESC)"_s);
        statement.exec();
        QList<qint64> ids;
        while (statement.next() && ids.size() < limit) {
            if (scope.requester && (statement.int64(1) != *scope.requester || statement.boolean(2)))
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
        Statement statement = m_session.prepare(
            u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT ?"_s.arg(table));
        statement.bind(match).bind(limit);
        return ids(statement);
    }

    static QString articleMatch(const SearchQuery& query, bool publicOnly)
    {
        const QString match = query.fts5(u"{title body tags}"_s);
        return publicOnly ? u"(%1) AND access : \"public\" AND access : \"published\""_s.arg(match)
                          : match;
    }

    SqlSession& m_session;
};

// PostgreSQL: generated tsvector columns with GIN indexes; the scope is a join on tickets.
class PostgresIndex final : public SearchIndex
{
    static constexpr auto PublicArticles = " AND visibility = 'public' AND state = 'published'"_L1;

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
            if (scope.publicArticles)
                sql += PublicArticles;
            sql += u" ORDER BY id DESC LIMIT ?"_s;
        } else if (source == Source::Tickets) {
            sql = u"SELECT id FROM tickets WHERE search_doc @@ to_tsquery('simple', ?)"_s;
            if (scope.requester)
                sql += u" AND requester_id = ?"_s;
            sql += u" ORDER BY id DESC LIMIT ?"_s;
        } else if (scope.requester) {
            sql = uR"(SELECT c.id FROM comments c JOIN tickets t ON t.id = c.ticket_id
                WHERE c.search_doc @@ to_tsquery('simple', ?) AND c.internal = 0
                AND t.requester_id = ? ORDER BY c.id DESC LIMIT ?)"_s;
        } else {
            sql = u"SELECT id FROM comments WHERE search_doc @@ to_tsquery('simple', ?) "
                  "ORDER BY id DESC LIMIT ?"_s;
        }
        Statement statement = m_session.prepare(sql);
        statement.bind(query.tsquery());
        if (scope.requester && source != Source::Articles)
            statement.bind(*scope.requester);
        statement.bind(limit);
        return ids(statement);
    }

    QList<ScoredId> bestArticles(const SearchQuery& query, bool publicOnly, int limit) override
    {
        QString sql = uR"(SELECT id, ts_rank(search_doc, q) AS s
            FROM kb_articles, to_tsquery('simple', ?) AS q WHERE search_doc @@ q)"_s;
        if (publicOnly)
            sql += PublicArticles;
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
