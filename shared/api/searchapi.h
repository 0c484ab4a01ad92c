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

// A stretch of a text that a query matched: UTF-16 code units, as Qt and JavaScript index
// strings ([start, length] on the wire).
struct TextRange
{
    int start = 0;
    int length = 0;
    bool operator==(const TextRange&) const = default;
};

// One result of kb.search or kb.suggest: a ticket or an article, its title and a plain-text
// snippet with the matched words' ranges (clients mark them; the text is never markup).
struct SearchHit
{
    QString kind; // "ticket" or "article"
    qint64 id = 0;
    QString title;
    QList<TextRange> titleHighlights;
    QString snippet;
    QList<TextRange> highlights;
    qint64 updatedAt = 0;
    double score = 0; // 0..1 (+1e-6 for articles: an answer before a ticket that scores the same)
    // A ticket's:
    QString status;
    QString type;
    std::optional<qint64> comment; // the snippet is from this comment
    // An article's:
    QString state;
    QString visibility;

    bool isTicket() const { return kind == QLatin1StringView("ticket"); }
    QJsonObject toJson() const;
    static SearchHit fromJson(const QJsonValue& value);
    bool operator==(const SearchHit&) const = default;
};

// kb.search's and kb.suggest's result: best first.
struct SearchHits
{
    QList<SearchHit> items;

    QJsonObject toJson() const;
    static SearchHits fromJson(const QJsonValue& value);
    bool operator==(const SearchHits&) const = default;
};

} // namespace frontline::api
