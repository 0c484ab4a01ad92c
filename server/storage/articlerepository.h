#pragma once

#include "domain/article.h"

#include <QList>

#include <optional>

namespace frontline::server {

class SqlSession;

struct ArticleRecord
{
    Article article;
    std::optional<qint64> categoryId;
};

struct ArticleVersion
{
    int version = 0;
    QString title;
    QString body;
    UserRef author;
    qint64 createdAt = 0;
};

class ArticleRepository
{
public:
    explicit ArticleRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 insert(const ArticleRecord& record);
    std::optional<ArticleRecord> find(qint64 id);
    // Writes every column; false when the stored version is no longer `expectedVersion`.
    bool update(const ArticleRecord& record, int expectedVersion);
    void addVersion(qint64 articleId, const ArticleVersion& version);
    // At most `limit` versions older than `before` (all when nullopt), newest first.
    QList<ArticleVersion> versions(qint64 articleId, std::optional<int> before, int limit);
    // Newest change first, after the keyset position (updated_at, id); requesters' lists
    // hold public, published articles only.
    QList<Article> page(std::optional<QString> state, bool publicOnly, qint64 afterUpdated,
                        qint64 afterId, int limit);
    // Records (or changes) a person's vote and updates the article's counts.
    void vote(qint64 articleId, qint64 userId, bool helpful, qint64 now);
    void countView(qint64 articleId);
    // kind: "followed" (opened from a suggestion) or "solved" (a ticket not written).
    void recordDeflection(qint64 articleId, qint64 userId, const QString& kind,
                          const QString& subject, qint64 now);
    void link(qint64 articleId, qint64 ticketId, qint64 userId, qint64 now);
    QList<qint64> linkedTickets(qint64 articleId);
    // What staff see of an article's use: linked tickets, suggestions followed, deflections.
    void loadUsage(Article& article);
    // The article with its versions, votes, deflections and links.
    void remove(qint64 articleId);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
