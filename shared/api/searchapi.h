#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

// Params of search and of the knowledge base's self-service (suggestions, deflections).
namespace frontline::api {

// kb.search: tickets and articles the caller may read, best first.
struct SearchParams
{
    QString query;
    int limit = 20;
    bool prefix = true; // the last word is still being typed: "pass" finds "password"
    QStringList kinds {QStringLiteral("ticket"), QStringLiteral("article")};

    QJsonObject toJson() const;
    static Result<SearchParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// kb.suggest: public, published articles that may answer a ticket being written.
struct SuggestParams
{
    QString title;
    QString description;
    int limit = 5;

    QJsonObject toJson() const;
    static Result<SuggestParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// kb.article.open: a person reads an article (counted as a view; `from_suggestion` records a
// followed suggestion).
struct ArticleOpenParams
{
    qint64 id = 0;
    bool fromSuggestion = false;

    QJsonObject toJson() const;
    static Result<ArticleOpenParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// kb.article.solved: "this solved my problem" — a ticket that did not need to be written.
struct ArticleSolvedParams
{
    qint64 id = 0;
    QString subject; // the title the person was typing

    QJsonObject toJson() const;
    static Result<ArticleSolvedParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// kb.article.link: an article answers (part of) a ticket.
struct ArticleLinkParams
{
    qint64 id = 0;
    qint64 ticket = 0;

    QJsonObject toJson() const;
    static Result<ArticleLinkParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

} // namespace frontline::api
