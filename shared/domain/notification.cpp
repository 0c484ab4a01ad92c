#include "notification.h"

#include "core/timeutil.h"

using namespace Qt::StringLiterals;

namespace frontline {

QJsonObject Notification::toJson() const
{
    return {{"id"_L1, id},
            {"ticket"_L1, ticketId ? QJsonValue(*ticketId) : QJsonValue(QJsonValue::Null)},
            {"kind"_L1, kind},
            {"message"_L1, message},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"read_at"_L1,
             readAt ? QJsonValue(timeutil::toIso(*readAt)) : QJsonValue(QJsonValue::Null)}};
}

Notification Notification::fromJson(const QJsonObject& object)
{
    Notification notification;
    notification.id = object.value("id"_L1).toInteger();
    if (object.value("ticket"_L1).isDouble())
        notification.ticketId = object.value("ticket"_L1).toInteger();
    notification.kind = object.value("kind"_L1).toString();
    notification.message = object.value("message"_L1).toString();
    notification.createdAt =
        timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    notification.readAt = timeutil::fromIso(object.value("read_at"_L1).toString());
    return notification;
}

} // namespace frontline
