#include "comment.h"

#include "core/timeutil.h"
#include "json/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace frontline {

void Comment::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("id"_L1, id);
    writer.field("ticket_id"_L1, ticketId);
    writer.key("author"_L1);
    author.write(writer);
    writer.field("body"_L1, body);
    writer.field("internal"_L1, internal);
    writer.key("created_at"_L1);
    writer.time(createdAt);
    writer.endObject();
}

QJsonObject Comment::toJson() const
{
    return json::objectOf(*this);
}

Comment Comment::fromJson(const QJsonObject& object)
{
    Comment comment;
    comment.id = object.value("id"_L1).toInteger();
    comment.ticketId = object.value("ticket_id"_L1).toInteger();
    comment.author = UserRef::fromJson(object.value("author"_L1).toObject());
    comment.body = object.value("body"_L1).toString();
    comment.internal = object.value("internal"_L1).toBool();
    comment.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    return comment;
}

} // namespace frontline
