#include "kbapi.h"

#include "core/timeutil.h"
#include "domain/article.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

constexpr TextRule ArticleTitleRule {.minLength = 1, .maxLength = 200};
constexpr TextRule ArticleBodyRule {
    .minLength = 1, .maxLength = MaxArticleBody, .singleLine = false};
constexpr TextRule ArticleCategoryRule {.minLength = 1, .maxLength = 80};

std::optional<QStringList> readTags(ParamReader& reader)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{0,39}$"_s);
    const QJsonValue value = reader.rawValue("tags"_L1, [] {
        QJsonObject tag {{"type"_L1, u"string"_s},
                         {"pattern"_L1, u"^\\s*[A-Za-z0-9][A-Za-z0-9._-]{0,39}\\s*$"_s}};
        return schema::arrayOf(tag, 0, 20);
    });
    if (value.isUndefined())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() > 20) {
        reader.fail("tags"_L1, u"must be a list of at most 20 tags"_s);
        return std::nullopt;
    }
    QStringList tags;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString tag = array.at(i).toString().trimmed().toLower();
        if (!pattern.match(tag).hasMatch()) {
            reader.failPath(reader.path("tags"_L1) + u"[%1]"_s.arg(i),
                            u"must be 1 to 40 letters, digits, '-', '_' or '.'"_s);
            return std::nullopt;
        }
        if (!tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace

QJsonObject ArticleCreateParams::toJson() const
{
    QJsonObject object {{"title"_L1, title},
                        {"body"_L1, body},
                        {"tags"_L1, QJsonArray::fromStringList(tags)},
                        {"visibility"_L1, visibility}};
    if (category)
        object.insert("category"_L1, *category);
    if (sourceTicket)
        object.insert("source_ticket"_L1, *sourceTicket);
    return object;
}

Result<ArticleCreateParams, rpc::RpcError> ArticleCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ArticleCreateParams p;
    p.title = reader.requiredString("title"_L1, ArticleTitleRule);
    p.body = reader.requiredString("body"_L1, ArticleBodyRule);
    p.category = reader.optionalString("category"_L1, ArticleCategoryRule);
    p.tags = readTags(reader).value_or(QStringList());
    p.visibility =
        reader.optionalEnum("visibility"_L1, articleVisibilities()).value_or(u"internal"_s);
    p.sourceTicket = reader.optionalId("source_ticket"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ArticleUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}, {"version"_L1, version}};
    if (title)
        object.insert("title"_L1, *title);
    if (body)
        object.insert("body"_L1, *body);
    if (category.present)
        object.insert("category"_L1,
                      category.value ? QJsonValue(*category.value) : QJsonValue(QJsonValue::Null));
    if (tags)
        object.insert("tags"_L1, QJsonArray::fromStringList(*tags));
    if (visibility)
        object.insert("visibility"_L1, *visibility);
    return object;
}

Result<ArticleUpdateParams, rpc::RpcError> ArticleUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ArticleUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.version = reader.requiredInt("version"_L1, 1, 1000000000);
    p.title = reader.optionalString("title"_L1, ArticleTitleRule);
    p.body = reader.optionalString("body"_L1, ArticleBodyRule);
    p.category = reader.nullableString("category"_L1, ArticleCategoryRule);
    p.tags = readTags(reader);
    p.visibility = reader.optionalEnum("visibility"_L1, articleVisibilities());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ArticlePublishParams::toJson() const
{
    return {{"id"_L1, id}, {"state"_L1, state}};
}

Result<ArticlePublishParams, rpc::RpcError> ArticlePublishParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ArticlePublishParams p;
    p.id = reader.requiredId("id"_L1);
    p.state = reader.optionalEnum("state"_L1, articleStates()).value_or(u"published"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ArticleListParams::toJson() const
{
    QJsonObject object {{"limit"_L1, limit}};
    if (state)
        object.insert("state"_L1, *state);
    if (!cursor.isEmpty())
        object.insert("cursor"_L1, cursor);
    return object;
}

Result<ArticleListParams, rpc::RpcError> ArticleListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ArticleListParams p;
    p.state = reader.optionalEnum("state"_L1, articleStates());
    p.limit = reader.optionalInt("limit"_L1, 1, 200).value_or(50);
    p.cursor =
        reader.optionalString("cursor"_L1, {.minLength = 1, .maxLength = 100}).value_or(QString());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ArticleVoteParams::toJson() const
{
    return {{"id"_L1, id}, {"helpful"_L1, helpful}};
}

QJsonObject ArticleHistoryParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}, {"limit"_L1, limit}};
    if (before)
        object.insert("cursor"_L1, QString::number(*before));
    return object;
}

Result<ArticleHistoryParams, rpc::RpcError> ArticleHistoryParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ArticleHistoryParams p;
    p.id = reader.requiredId("id"_L1);
    p.limit = reader.optionalInt("limit"_L1, 1, MaxHistoryVersions).value_or(MaxHistoryVersions);
    if (const auto cursor = reader.optionalString("cursor"_L1, {.minLength = 1, .maxLength = 12})) {
        bool ok = false;
        const int version = cursor->toInt(&ok);
        if (!ok || version < 2)
            reader.fail("cursor"_L1, u"is not a cursor of this history"_s);
        else
            p.before = version;
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

Result<ArticleVoteParams, rpc::RpcError> ArticleVoteParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ArticleVoteParams p;
    p.id = reader.requiredId("id"_L1);
    const auto helpful = reader.optionalBool("helpful"_L1);
    if (!helpful && reader.ok())
        reader.fail("helpful"_L1, u"is required"_s);
    p.helpful = helpful.value_or(true);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ArticlePage::toJson() const
{
    QJsonArray list;
    for (const Article& article : items) {
        QJsonObject item = article.toJson();
        item.remove("body"_L1);
        list.append(item);
    }
    QJsonObject result {{"items"_L1, list}};
    if (nextCursor)
        result.insert("next_cursor"_L1, *nextCursor);
    return result;
}

ArticlePage ArticlePage::fromJson(const QJsonValue& value)
{
    ArticlePage page;
    for (const QJsonValue& item : value["items"_L1].toArray())
        page.items.append(Article::fromJson(item.toObject()));
    if (value["next_cursor"_L1].isString())
        page.nextCursor = value["next_cursor"_L1].toString();
    return page;
}

QJsonObject ArticleHistoryEntry::toJson() const
{
    return {{"version"_L1, version},
            {"title"_L1, title},
            {"author"_L1, author.toJson()},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"title_changed"_L1, titleChanged},
            {"diff"_L1, diff},
            {"diff_truncated"_L1, diffTruncated}};
}

ArticleHistoryEntry ArticleHistoryEntry::fromJson(const QJsonValue& value)
{
    ArticleHistoryEntry entry;
    entry.version = value["version"_L1].toInt();
    entry.title = value["title"_L1].toString();
    entry.author = UserRef::fromJson(value["author"_L1].toObject());
    entry.createdAt = timeutil::fromIso(value["created_at"_L1].toString()).value_or(0);
    entry.titleChanged = value["title_changed"_L1].toBool();
    entry.diff = value["diff"_L1].toString();
    entry.diffTruncated = value["diff_truncated"_L1].toBool();
    return entry;
}

QJsonObject ArticleHistory::toJson() const
{
    QJsonArray list;
    for (const ArticleHistoryEntry& entry : items)
        list.append(entry.toJson());
    return {
        {"items"_L1, list},
        {"next_cursor"_L1, nextCursor ? QJsonValue(*nextCursor) : QJsonValue(QJsonValue::Null)}};
}

ArticleHistory ArticleHistory::fromJson(const QJsonValue& value)
{
    ArticleHistory history;
    for (const QJsonValue& item : value["items"_L1].toArray())
        history.items.append(ArticleHistoryEntry::fromJson(item));
    if (value["next_cursor"_L1].isString())
        history.nextCursor = value["next_cursor"_L1].toString();
    return history;
}

QJsonObject ArticleSolvedResult::toJson() const
{
    return {{"recorded"_L1, recorded}};
}

ArticleSolvedResult ArticleSolvedResult::fromJson(const QJsonValue& value)
{
    return {value["recorded"_L1].toBool()};
}

QJsonObject ArticleDeleteResult::toJson() const
{
    return {{"deleted"_L1, deleted}};
}

ArticleDeleteResult ArticleDeleteResult::fromJson(const QJsonValue& value)
{
    return {value["deleted"_L1].toBool()};
}

} // namespace frontline::api
