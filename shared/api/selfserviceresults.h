#pragma once

#include "domain/announcement.h"
#include "domain/attachment.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

// Results of the self-service methods: attachments (sent and read in chunks) and
// announcements. announcement.publish/withdraw answer with an Announcement.
namespace frontline::api {

// attachment.add: how far the upload is; the attachment once its last chunk arrived.
struct AttachmentUpload
{
    qint64 id = 0;
    qint64 received = 0;
    qint64 size = 0;
    bool complete = false;
    std::optional<Attachment> attachment; // when complete

    QJsonObject toJson() const;
    static AttachmentUpload fromJson(const QJsonValue& value);
    bool operator==(const AttachmentUpload&) const = default;
};

// attachment.get: the attachment's fields and one chunk of its bytes (base64 on the wire).
struct AttachmentChunk
{
    Attachment attachment;
    qint64 offset = 0;
    QByteArray data;
    bool eof = false; // the chunk reaches the end of the file

    QJsonObject toJson() const;
    static AttachmentChunk fromJson(const QJsonValue& value);
    bool operator==(const AttachmentChunk&) const = default;
};

// attachment.list: the files of a ticket that the caller may see.
struct AttachmentList
{
    qint64 ticketId = 0;
    QList<Attachment> items;

    QJsonObject toJson() const;
    static AttachmentList fromJson(const QJsonValue& value);
    bool operator==(const AttachmentList&) const = default;
};

// announcement.list: the announcements for the caller's audience.
struct AnnouncementList
{
    QList<Announcement> items;

    QJsonObject toJson() const;
    static AnnouncementList fromJson(const QJsonValue& value);
    bool operator==(const AnnouncementList&) const = default;
};

// announcement.reach: the services found behind the CIs and how many active people an
// announcement for their users would reach; `truncated` when a walk's bound cut it short.
struct AnnouncementReach
{
    QList<Announcement::Ci> services;
    int people = 0;
    bool truncated = false;

    QJsonObject toJson() const;
    static AnnouncementReach fromJson(const QJsonValue& value);
    bool operator==(const AnnouncementReach&) const = default;
};

} // namespace frontline::api
