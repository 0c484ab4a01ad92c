#include "attachment.h"

#include "core/timeutil.h"

using namespace Qt::StringLiterals;

namespace frontline {

bool Attachment::isImage() const
{
    // The raster formats Qt decodes itself; SVG is markup and stays a file.
    return contentType == u"image/png"_s || contentType == u"image/jpeg"_s
        || contentType == u"image/gif"_s || contentType == u"image/bmp"_s;
}

QJsonObject Attachment::toJson() const
{
    return {{"id"_L1, id},
            {"ticket"_L1, ticketId},
            {"name"_L1, name},
            {"content_type"_L1, contentType},
            {"size"_L1, size},
            {"sha256"_L1, sha256},
            {"internal"_L1, internal},
            {"uploaded_by"_L1, uploadedBy.toJson()},
            {"created_at"_L1, timeutil::toIso(createdAt)}};
}

Attachment Attachment::fromJson(const QJsonObject& object)
{
    Attachment a;
    a.id = object.value("id"_L1).toInteger();
    a.ticketId = object.value("ticket"_L1).toInteger();
    a.name = object.value("name"_L1).toString();
    a.contentType = object.value("content_type"_L1).toString();
    a.size = object.value("size"_L1).toInteger();
    a.sha256 = object.value("sha256"_L1).toString();
    a.internal = object.value("internal"_L1).toBool();
    a.uploadedBy = UserRef::fromJson(object.value("uploaded_by"_L1).toObject());
    a.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    return a;
}

} // namespace frontline
