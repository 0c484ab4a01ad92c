#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "domain/article.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

// Params of the knowledge base's articles.
namespace frontline::api {

inline constexpr int MaxArticleBody = 100000;

struct ArticleCreateParams
{
    QString title;
    QString body; // Markdown
    std::optional<QString> category;
    QStringList tags;
    QString visibility = QStringLiteral("internal");
    std::optional<qint64> sourceTicket;

    QJsonObject toJson() const;
    static Result<ArticleCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct ArticleUpdateParams
{
    qint64 id = 0;
    int version = 0; // the version the editor started from
    std::optional<QString> title;
    std::optional<QString> body;
    Nullable<QString> category;
    std::optional<QStringList> tags;
    std::optional<QString> visibility;

    QJsonObject toJson() const;
    static Result<ArticleUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// kb.article.publish: published (the default), retired, or back to draft.
struct ArticlePublishParams
{
    qint64 id = 0;
    QString state = QStringLiteral("published");

    QJsonObject toJson() const;
    static Result<ArticlePublishParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// kb.article.list: newest change first, a page at a time.
struct ArticleListParams
{
    std::optional<QString> state; // staff: draft, published or retired; requesters: published
    int limit = 50;
    QString cursor;

    QJsonObject toJson() const;
    static Result<ArticleListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// kb.article.history: a page of versions, newest first, each with its diff from the one before.
inline constexpr int MaxHistoryVersions = 20;
struct ArticleHistoryParams
{
    qint64 id = 0;
    int limit = MaxHistoryVersions;
    std::optional<int> before; // the cursor: versions older than this one

    QJsonObject toJson() const;
    static Result<ArticleHistoryParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// kb.article.vote: "was this helpful?"
struct ArticleVoteParams
{
    qint64 id = 0;
    bool helpful = true;

    QJsonObject toJson() const;
    static Result<ArticleVoteParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// kb.article.list's result: a page of articles without their bodies (kb.article.get gives
// the text); `next_cursor` is left out on the last page.
struct ArticlePage
{
    QList<Article> items;
    std::optional<QString> nextCursor;

    QJsonObject toJson() const;
    static ArticlePage fromJson(const QJsonValue& value);
};

// One version in kb.article.history: who wrote it, and its line diff from the one before.
struct ArticleHistoryEntry
{
    int version = 0;
    QString title;
    UserRef author;
    qint64 createdAt = 0;
    bool titleChanged = false; // the title differs from the version before
    QString diff; // unified-style lines: "+", "-" or " " and the line
    bool diffTruncated = false;

    QJsonObject toJson() const;
    static ArticleHistoryEntry fromJson(const QJsonValue& value);
    bool operator==(const ArticleHistoryEntry&) const = default;
};

// kb.article.history's result: newest first; `next_cursor` (null on the last page) goes into
// ArticleHistoryParams::before.
struct ArticleHistory
{
    QList<ArticleHistoryEntry> items;
    std::optional<QString> nextCursor;

    QJsonObject toJson() const;
    static ArticleHistory fromJson(const QJsonValue& value);
    bool operator==(const ArticleHistory&) const = default;
};

// kb.article.solved's result: the deflection was recorded.
struct ArticleSolvedResult
{
    bool recorded = true;

    QJsonObject toJson() const;
    static ArticleSolvedResult fromJson(const QJsonValue& value);
    bool operator==(const ArticleSolvedResult&) const = default;
};

// kb.article.delete's result.
struct ArticleDeleteResult
{
    bool deleted = true;

    QJsonObject toJson() const;
    static ArticleDeleteResult fromJson(const QJsonValue& value);
    bool operator==(const ArticleDeleteResult&) const = default;
};

} // namespace frontline::api
