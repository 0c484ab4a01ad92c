#include "searchapi.h"

#include "core/timeutil.h"

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

namespace {

QJsonArray rangesJson(const QList<TextRange>& ranges)
{
    QJsonArray array;
    for (const TextRange& r : ranges)
        array.append(QJsonArray {r.start, r.length});
    return array;
}

QList<TextRange> rangesOf(const QJsonValue& value)
{
    QList<TextRange> ranges;
    for (const QJsonValue& r : value.toArray())
        ranges.append({r[0].toInt(), r[1].toInt()});
    return ranges;
}

} // namespace

QJsonObject SearchHit::toJson() const
{
    QJsonObject item {{"kind"_L1, kind},
                      {"id"_L1, id},
                      {"title"_L1, title},
                      {"title_highlights"_L1, rangesJson(titleHighlights)},
                      {"snippet"_L1, snippet},
                      {"highlights"_L1, rangesJson(highlights)},
                      {"updated_at"_L1, timeutil::toIso(updatedAt)},
                      {"score"_L1, score}};
    if (isTicket()) {
        item.insert("status"_L1, status);
        item.insert("type"_L1, type);
        if (comment)
            item.insert("comment"_L1, *comment);
    } else {
        item.insert("state"_L1, state);
        item.insert("visibility"_L1, visibility);
    }
    return item;
}

SearchHit SearchHit::fromJson(const QJsonValue& value)
{
    SearchHit hit;
    hit.kind = value["kind"_L1].toString();
    hit.id = value["id"_L1].toInteger();
    hit.title = value["title"_L1].toString();
    hit.titleHighlights = rangesOf(value["title_highlights"_L1]);
    hit.snippet = value["snippet"_L1].toString();
    hit.highlights = rangesOf(value["highlights"_L1]);
    hit.updatedAt = timeutil::fromIso(value["updated_at"_L1].toString()).value_or(0);
    hit.score = value["score"_L1].toDouble();
    hit.status = value["status"_L1].toString();
    hit.type = value["type"_L1].toString();
    if (value["comment"_L1].isDouble())
        hit.comment = value["comment"_L1].toInteger();
    hit.state = value["state"_L1].toString();
    hit.visibility = value["visibility"_L1].toString();
    return hit;
}

QJsonObject SearchHits::toJson() const
{
    QJsonArray list;
    for (const SearchHit& hit : items)
        list.append(hit.toJson());
    return {{"items"_L1, list}};
}

SearchHits SearchHits::fromJson(const QJsonValue& value)
{
    SearchHits hits;
    for (const QJsonValue& item : value["items"_L1].toArray())
        hits.items.append(SearchHit::fromJson(item));
    return hits;
}

} // namespace frontline::api
