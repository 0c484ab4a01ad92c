#include "article.h"

#include "core/timeutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline {

QStringList articleVisibilities()
{
    return {u"public"_s, u"internal"_s};
}

QStringList articleStates()
{
    return {u"draft"_s, u"published"_s, u"retired"_s};
}

QJsonObject Article::toJson() const
{
    const auto time = [](const std::optional<qint64>& ms) {
        return ms ? QJsonValue(timeutil::toIso(*ms)) : QJsonValue(QJsonValue::Null);
    };
    return {{"id"_L1, id},
            {"title"_L1, title},
            {"body"_L1, body},
            {"category"_L1, category.isEmpty() ? QJsonValue(QJsonValue::Null) : category},
            {"tags"_L1, QJsonArray::fromStringList(tags)},
            {"visibility"_L1, visibility},
            {"state"_L1, state},
            {"version"_L1, version},
            {"author"_L1, author.toJson()},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)},
            {"published_at"_L1, time(publishedAt)},
            {"source_ticket"_L1,
             sourceTicket ? QJsonValue(*sourceTicket) : QJsonValue(QJsonValue::Null)},
            {"views"_L1, views},
            {"helpful"_L1, helpful},
            {"unhelpful"_L1, unhelpful},
            {"linked_tickets"_L1,
             [this] {
                 QJsonArray ids;
                 for (qint64 id : linkedTickets)
                     ids.append(id);
                 return ids;
             }()},
            {"suggestions_followed"_L1, suggestionsFollowed},
            {"tickets_deflected"_L1, ticketsDeflected}};
}

Article Article::fromJson(const QJsonObject& object)
{
    Article article;
    article.id = object.value("id"_L1).toInteger();
    article.title = object.value("title"_L1).toString();
    article.body = object.value("body"_L1).toString();
    article.category = object.value("category"_L1).toString();
    for (const QJsonValue& tag : object.value("tags"_L1).toArray())
        article.tags.append(tag.toString());
    article.visibility = object.value("visibility"_L1).toString(u"internal"_s);
    article.state = object.value("state"_L1).toString(u"draft"_s);
    article.version = object.value("version"_L1).toInt(1);
    article.author = UserRef::fromJson(object.value("author"_L1).toObject());
    article.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    article.updatedAt = timeutil::fromIso(object.value("updated_at"_L1).toString()).value_or(0);
    article.publishedAt = timeutil::fromIso(object.value("published_at"_L1).toString());
    if (object.value("source_ticket"_L1).isDouble())
        article.sourceTicket = object.value("source_ticket"_L1).toInteger();
    article.views = object.value("views"_L1).toInt();
    article.helpful = object.value("helpful"_L1).toInt();
    article.unhelpful = object.value("unhelpful"_L1).toInt();
    for (const QJsonValue& id : object.value("linked_tickets"_L1).toArray())
        article.linkedTickets.append(id.toInteger());
    article.suggestionsFollowed = object.value("suggestions_followed"_L1).toInt();
    article.ticketsDeflected = object.value("tickets_deflected"_L1).toInt();
    return article;
}

} // namespace frontline
