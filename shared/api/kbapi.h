#pragma once

#include "api/paramreader.h"
#include "core/result.h"
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

} // namespace frontline::api
