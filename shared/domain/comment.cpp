#include "comment.h"

#include "core/timeutil.h"

using namespace Qt::StringLiterals;

namespace frontline {

QJsonObject Comment::toJson() const
{
    return {{"id"_L1, id},
            {"ticket_id"_L1, ticketId},
            {"author"_L1, author.toJson()},
            {"body"_L1, body},
            {"internal"_L1, internal},
            {"created_at"_L1, timeutil::toIso(createdAt)}};
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
