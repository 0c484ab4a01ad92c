#include "searchapi.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

QJsonObject SearchParams::toJson() const
{
    return {{"query"_L1, query},
            {"limit"_L1, limit},
            {"prefix"_L1, prefix},
            {"kinds"_L1, QJsonArray::fromStringList(kinds)}};
}

Result<SearchParams, rpc::RpcError> SearchParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    SearchParams p;
    p.query = reader.requiredString("query"_L1, {.minLength = 1, .maxLength = 200});
    p.limit = reader.optionalInt("limit"_L1, 1, 50).value_or(20);
    p.prefix = reader.optionalBool("prefix"_L1).value_or(true);
    if (auto kinds = reader.optionalEnumList("kinds"_L1, {u"ticket"_s, u"article"_s})) {
        if (kinds->isEmpty())
            reader.fail("kinds"_L1, u"must name at least one of ticket, article"_s);
        p.kinds = *kinds;
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject SuggestParams::toJson() const
{
    return {{"title"_L1, title}, {"description"_L1, description}, {"limit"_L1, limit}};
}

Result<SuggestParams, rpc::RpcError> SuggestParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    SuggestParams p;
    p.title =
        reader.optionalString("title"_L1, {.minLength = 0, .maxLength = 200}).value_or(QString());
    p.description = reader
                        .optionalString("description"_L1,
                                        {.minLength = 0, .maxLength = 20000, .singleLine = false})
                        .value_or(QString());
    p.limit = reader.optionalInt("limit"_L1, 1, 10).value_or(5);
    if (reader.ok() && p.title.trimmed().isEmpty() && p.description.trimmed().isEmpty())
        reader.fail("title"_L1, u"title or description must have some text"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ArticleOpenParams::toJson() const
{
    return {{"id"_L1, id}, {"from_suggestion"_L1, fromSuggestion}};
}

Result<ArticleOpenParams, rpc::RpcError> ArticleOpenParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ArticleOpenParams p;
    p.id = reader.requiredId("id"_L1);
    p.fromSuggestion = reader.optionalBool("from_suggestion"_L1).value_or(false);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ArticleSolvedParams::toJson() const
{
    return {{"id"_L1, id}, {"subject"_L1, subject}};
}

Result<ArticleSolvedParams, rpc::RpcError> ArticleSolvedParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ArticleSolvedParams p;
    p.id = reader.requiredId("id"_L1);
    p.subject =
        reader.optionalString("subject"_L1, {.minLength = 0, .maxLength = 200}).value_or(QString());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ArticleLinkParams::toJson() const
{
    return {{"id"_L1, id}, {"ticket"_L1, ticket}};
}

Result<ArticleLinkParams, rpc::RpcError> ArticleLinkParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ArticleLinkParams p;
    p.id = reader.requiredId("id"_L1);
    p.ticket = reader.requiredId("ticket"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

} // namespace frontline::api
