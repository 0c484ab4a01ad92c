#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Params of the self-service features the tray applet uses: attachments sent and read in
// chunks, announcements, and the reporter's system information.
namespace frontline::api {

// The most bytes one attachment.add or attachment.get carries: base64 of it stays well under
// the server's default message limit (1 MiB).
inline constexpr qint64 AttachmentChunkBytes = 256 * 1024;

// Why a file name is unsafe to save or show on the agents' and requesters' computers (direction
// marks, control characters, NTFS streams, Windows device names and reserved characters, trailing
// dots and spaces), or nullopt when it is safe. attachment.add refuses such names.
std::optional<QString> fileNameProblem(const QString& name);

// attachment.add: the first call names the ticket, the file and its size and carries the
// first chunk; later calls name the attachment (`id`) and the `offset` of their chunk.
struct AttachmentAddParams
{
    std::optional<qint64> id; // continuing an upload
    qint64 ticket = 0; // starting one
    QString name;
    qint64 size = 0;
    bool internal = false;
    QString sha256; // optional: the server refuses the file if its bytes differ
    qint64 offset = 0;
    QByteArray data;

    bool isStart() const { return !id.has_value(); }
    QJsonObject toJson() const;
    static Result<AttachmentAddParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// attachment.get: the attachment's description and the bytes from `offset` on.
struct AttachmentGetParams
{
    qint64 id = 0;
    qint64 offset = 0;
    qint64 length = AttachmentChunkBytes;

    QJsonObject toJson() const;
    static Result<AttachmentGetParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct AttachmentListParams
{
    qint64 ticket = 0;

    QJsonObject toJson() const;
    static Result<AttachmentListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// The most CIs one announcement names (audience affected).
inline constexpr int MaxAnnouncementCis = 32;

// announcement.publish: audience `affected` names the CIs (`cis`, 1 to 32) whose dependent
// services' users and organisations' members hear it; `cis` goes with that audience only.
struct AnnouncementPublishParams
{
    QString kind = QStringLiteral("information");
    QString title;
    QString body;
    QString audience = QStringLiteral("everyone");
    std::optional<qint64> startsAt; // default: now
    std::optional<qint64> endsAt; // none: until withdrawn
    QList<qint64> cis; // audience affected

    QJsonObject toJson() const;
    static Result<AnnouncementPublishParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// announcement.reach: whom an `affected` announcement on these CIs would reach now (the
// dialog's preview before publishing).
struct AnnouncementReachParams
{
    QList<qint64> cis; // 1 to MaxAnnouncementCis

    QJsonObject toJson() const;
    static Result<AnnouncementReachParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct AnnouncementListParams
{
    bool includeEnded = false; // staff: also the ended and withdrawn ones (the last 100)

    QJsonObject toJson() const;
    static Result<AnnouncementListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// ticket.create's `system_info`: what the applet gathered about the reporter's computer.
// Known keys (os, host, user, addresses, memory, disk, display, app_version, ...) or others;
// every value a single line of text.
namespace systeminfo {
inline constexpr int MaxEntries = 32;
inline constexpr int MaxValueLength = 500;
// Refuses what is not an object of short single-line strings; names the offending key.
std::optional<QString> check(const QJsonObject& info, QString* key);
} // namespace systeminfo

} // namespace frontline::api
