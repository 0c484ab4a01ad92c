#include "articlerepository.h"

#include "storage/sqlsession.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString ArticleSelect = uR"(SELECT a.id, a.title, a.body, a.category_id, c.name, a.tags,
 a.visibility, a.state, a.version, a.author_id, u.username, u.display_name, a.created_at,
 a.updated_at, a.published_at, a.source_ticket_id, a.views, a.helpful, a.unhelpful
 FROM kb_articles a JOIN users u ON u.id = a.author_id
 LEFT JOIN categories c ON c.id = a.category_id)"_s;

// The columns both the INSERT and the UPDATE write first, in their order.
Statement& bindContent(Statement& statement, const ArticleRecord& record)
{
    const Article& a = record.article;
    return statement.bind(a.title)
        .bind(a.body)
        .bindNullable(record.categoryId)
        .bind(a.tags.join(u' '))
        .bind(a.visibility)
        .bind(a.state)
        .bind(a.version)
        .bind(a.author.id);
}

} // namespace

qint64 ArticleRepository::insert(const ArticleRecord& record)
{
    const Article& a = record.article;
    Statement insert = m_session.prepareInsert(uR"(INSERT INTO kb_articles (title, body,
 category_id, tags, visibility, state, version, author_id, created_at, updated_at, published_at,
 source_ticket_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    bindContent(insert, record)
        .bind(a.createdAt)
        .bind(a.updatedAt)
        .bindNullable(a.publishedAt)
        .bindNullable(a.sourceTicket);
    insert.exec();
    return insert.insertedId();
}

namespace {

ArticleRecord readArticle(const Statement& query)
{
    ArticleRecord record;
    Article& a = record.article;
    a.id = query.int64(0);
    a.title = query.text(1);
    a.body = query.text(2);
    record.categoryId = query.optionalInt64(3);
    a.category = query.text(4);
    a.tags = query.text(5).split(u' ', Qt::SkipEmptyParts);
    a.visibility = query.text(6);
    a.state = query.text(7);
    a.version = query.integer(8);
    a.author = UserRef {query.int64(9), query.text(10), query.text(11)};
    a.createdAt = query.int64(12);
    a.updatedAt = query.int64(13);
    a.publishedAt = query.optionalInt64(14);
    a.sourceTicket = query.optionalInt64(15);
    a.views = query.integer(16);
    a.helpful = query.integer(17);
    a.unhelpful = query.integer(18);
    return record;
}

} // namespace

std::optional<ArticleRecord> ArticleRepository::find(qint64 id)
{
    Statement query = m_session.prepare(ArticleSelect + u" WHERE a.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readArticle(query);
}

QList<Article> ArticleRepository::page(std::optional<QString> state, bool publicOnly,
                                       qint64 afterUpdated, qint64 afterId, int limit)
{
    QString sql = ArticleSelect + u" WHERE (a.updated_at < ? OR (a.updated_at = ? AND a.id < ?))"_s;
    if (state)
        sql += u" AND a.state = ?"_s;
    if (publicOnly)
        sql += u" AND a.visibility = 'public'"_s;
    sql += u" ORDER BY a.updated_at DESC, a.id DESC LIMIT ?"_s;
    Statement query = m_session.prepare(sql);
    query.bind(afterUpdated).bind(afterUpdated).bind(afterId);
    if (state)
        query.bind(*state);
    query.bind(limit);
    query.exec();
    QList<Article> result;
    while (query.next())
        result.append(readArticle(query).article);
    return result;
}

void ArticleRepository::vote(qint64 articleId, qint64 userId, bool helpful, qint64 now)
{
    Statement upsert = m_session.prepare(
        u"INSERT INTO kb_article_votes (article_id, user_id, helpful, voted_at) VALUES (?, ?, "
        "?, ?) ON CONFLICT (article_id, user_id) DO UPDATE SET helpful = excluded.helpful, "
        "voted_at = excluded.voted_at"_s);
    upsert.bind(articleId).bind(userId).bind(helpful ? 1 : 0).bind(now);
    upsert.exec();
    Statement counts = m_session.prepare(
        u"UPDATE kb_articles SET helpful = (SELECT COUNT(*) FROM kb_article_votes WHERE "
        "article_id = ? AND helpful = 1), unhelpful = (SELECT COUNT(*) FROM kb_article_votes "
        "WHERE article_id = ? AND helpful = 0) WHERE id = ?"_s);
    counts.bind(articleId).bind(articleId).bind(articleId);
    counts.exec();
}

bool ArticleRepository::update(const ArticleRecord& record, int expectedVersion)
{
    const Article& a = record.article;
    Statement update = m_session.prepare(uR"(UPDATE kb_articles SET title = ?, body = ?,
 category_id = ?, tags = ?, visibility = ?, state = ?, version = ?, author_id = ?, updated_at = ?,
 published_at = ? WHERE id = ? AND version = ?)"_s);
    bindContent(update, record)
        .bind(a.updatedAt)
        .bindNullable(a.publishedAt)
        .bind(a.id)
        .bind(expectedVersion);
    update.exec();
    return update.rowsAffected() == 1;
}

void ArticleRepository::addVersion(qint64 articleId, const ArticleVersion& version)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO kb_article_versions (article_id, version, title, body, author_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.bind(articleId)
        .bind(version.version)
        .bind(version.title)
        .bind(version.body)
        .bind(version.author.id)
        .bind(version.createdAt);
    insert.exec();
}

void ArticleRepository::countView(qint64 articleId)
{
    Statement update =
        m_session.prepare(u"UPDATE kb_articles SET views = views + 1 WHERE id = ?"_s);
    update.bind(articleId);
    update.exec();
}

void ArticleRepository::recordDeflection(qint64 articleId, qint64 userId, const QString& kind,
                                         const QString& subject, qint64 now)
{
    Statement insert = m_session.prepare(u"INSERT INTO kb_deflections (article_id, user_id, kind, "
                                         "subject, at) VALUES (?, ?, ?, ?, ?)"_s);
    insert.bind(articleId).bind(userId).bind(kind).bind(subject).bind(now);
    insert.exec();
}

void ArticleRepository::link(qint64 articleId, qint64 ticketId, qint64 userId, qint64 now)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO kb_article_links (article_id, ticket_id, linked_by, linked_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (article_id, ticket_id) DO NOTHING"_s);
    insert.bind(articleId).bind(ticketId).bind(userId).bind(now);
    insert.exec();
}

QList<qint64> ArticleRepository::linkedTickets(qint64 articleId)
{
    Statement query = m_session.prepare(
        u"SELECT ticket_id FROM kb_article_links WHERE article_id = ? ORDER BY ticket_id"_s);
    query.bind(articleId);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.int64(0));
    return ids;
}

void ArticleRepository::loadUsage(Article& article)
{
    article.linkedTickets = linkedTickets(article.id);
    Statement query = m_session.prepare(
        u"SELECT kind, COUNT(*) FROM kb_deflections WHERE article_id = ? GROUP BY kind"_s);
    query.bind(article.id);
    query.exec();
    while (query.next()) {
        if (query.text(0) == u"followed"_s)
            article.suggestionsFollowed = query.integer(1);
        else
            article.ticketsDeflected = query.integer(1);
    }
}

void ArticleRepository::remove(qint64 articleId)
{
    for (const QString& table : {u"kb_article_versions"_s, u"kb_article_votes"_s,
                                 u"kb_deflections"_s, u"kb_article_links"_s}) {
        Statement remove = m_session.prepare(u"DELETE FROM %1 WHERE article_id = ?"_s.arg(table));
        remove.bind(articleId);
        remove.exec();
    }
    Statement remove = m_session.prepare(u"DELETE FROM kb_articles WHERE id = ?"_s);
    remove.bind(articleId);
    remove.exec();
}

QList<ArticleVersion> ArticleRepository::versions(qint64 articleId, std::optional<int> before,
                                                  int limit)
{
    QList<ArticleVersion> result;
    Statement query = m_session.prepare(
        u"SELECT v.version, v.title, v.body, v.author_id, u.username, u.display_name, "
        "v.created_at FROM kb_article_versions v JOIN users u ON u.id = v.author_id WHERE "
        "v.article_id = ? AND v.version < ? ORDER BY v.version DESC LIMIT ?"_s);
    query.bind(articleId).bind(before.value_or(std::numeric_limits<int>::max())).bind(limit);
    query.exec();
    while (query.next())
        result.append({query.integer(0), query.text(1), query.text(2),
                       UserRef {query.int64(3), query.text(4), query.text(5)}, query.int64(6)});
    return result;
}

} // namespace frontline::server
