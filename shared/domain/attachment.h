#pragma once

#include "domain/user.h"

#include <QJsonObject>
#include <QString>

namespace frontline {

// A file on a ticket (a screenshot, a log). Its content type is the one the server recognised
// in the bytes; clients never open one with the system's handler or render it as markup: an
// image is decoded for a preview, anything else is saved where the user chooses.
struct Attachment
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString name;
    QString contentType;
    qint64 size = 0;
    QString sha256; // hex
    bool internal = false; // an agents-only file
    UserRef uploadedBy;
    qint64 createdAt = 0;

    bool isImage() const;
    QJsonObject toJson() const;
    static Attachment fromJson(const QJsonObject& object);
    bool operator==(const Attachment&) const = default;
};

} // namespace frontline
