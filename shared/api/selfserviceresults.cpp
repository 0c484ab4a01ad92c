#include "selfserviceresults.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

QJsonObject AttachmentUpload::toJson() const
{
    QJsonObject object {
        {"id"_L1, id}, {"received"_L1, received}, {"size"_L1, size}, {"complete"_L1, complete}};
    if (attachment)
        object.insert("attachment"_L1, attachment->toJson());
    return object;
}

AttachmentUpload AttachmentUpload::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    AttachmentUpload upload;
    upload.id = o.value("id"_L1).toInteger();
    upload.received = o.value("received"_L1).toInteger();
    upload.size = o.value("size"_L1).toInteger();
    upload.complete = o.value("complete"_L1).toBool();
    if (o.value("attachment"_L1).isObject())
        upload.attachment = Attachment::fromJson(o.value("attachment"_L1).toObject());
    return upload;
}

QJsonObject AttachmentChunk::toJson() const
{
    QJsonObject object = attachment.toJson();
    object.insert("offset"_L1, offset);
    object.insert("data"_L1, QString::fromLatin1(data.toBase64()));
    object.insert("eof"_L1, eof);
    return object;
}

AttachmentChunk AttachmentChunk::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {Attachment::fromJson(o), o.value("offset"_L1).toInteger(),
            QByteArray::fromBase64(o.value("data"_L1).toString().toLatin1()),
            o.value("eof"_L1).toBool()};
}

QJsonObject AttachmentList::toJson() const
{
    QJsonArray array;
    for (const Attachment& a : items)
        array.append(a.toJson());
    return {{"ticket"_L1, ticketId}, {"items"_L1, array}};
}

AttachmentList AttachmentList::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    AttachmentList list;
    list.ticketId = o.value("ticket"_L1).toInteger();
    for (const QJsonValue& item : o.value("items"_L1).toArray())
        list.items.append(Attachment::fromJson(item.toObject()));
    return list;
}

QJsonObject AnnouncementList::toJson() const
{
    QJsonArray array;
    for (const Announcement& a : items)
        array.append(a.toJson());
    return {{"items"_L1, array}};
}

AnnouncementList AnnouncementList::fromJson(const QJsonValue& value)
{
    AnnouncementList list;
    for (const QJsonValue& item : value.toObject().value("items"_L1).toArray())
        list.items.append(Announcement::fromJson(item.toObject()));
    return list;
}

QJsonObject AnnouncementReach::toJson() const
{
    QJsonArray array;
    for (const Announcement::Ci& ci : services)
        array.append(
            QJsonObject {{"id"_L1, ci.id}, {"name"_L1, ci.name}, {"class"_L1, ci.ciClass}});
    return {{"services"_L1, array}, {"people"_L1, people}, {"truncated"_L1, truncated}};
}

AnnouncementReach AnnouncementReach::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    AnnouncementReach reach;
    for (const QJsonValue& item : o.value("services"_L1).toArray()) {
        const QJsonObject ci = item.toObject();
        reach.services.append({ci.value("id"_L1).toInteger(), ci.value("name"_L1).toString(),
                               ci.value("class"_L1).toString()});
    }
    reach.people = o.value("people"_L1).toInt();
    reach.truncated = o.value("truncated"_L1).toBool();
    return reach;
}

} // namespace frontline::api
