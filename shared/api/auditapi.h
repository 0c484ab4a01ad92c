#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// The audit log of security and configuration changes (issue 20): audit.list and audit.export.
namespace frontline::api {

// How a change reached the server: `session` (a signed-in user), `token:<id>` (an API token),
// `system` (the server itself) or `directory` (the directory sync).
namespace auditvia {
inline constexpr QLatin1StringView Session {"session"};
inline constexpr QLatin1StringView System {"system"};
inline constexpr QLatin1StringView Directory {"directory"};
} // namespace auditvia

// The filters of audit.list and audit.export; every one optional.
struct AuditFilter
{
    std::optional<qint64> actor; // a user id
    QString action; // a prefix: "user." or "auth.login"
    QString targetType; // "user", "group", "config", ...
    std::optional<qint64> targetId;
    std::optional<qint64> from; // at >= from (ISO 8601 on the wire)
    std::optional<qint64> to; // at < to
    QString text; // in the actor's or target's name, the action or the details

    void insertInto(QJsonObject& object) const;
    void read(ParamReader& reader);
    bool operator==(const AuditFilter&) const = default;
};

// audit.list: newest first, `limit` per page, `cursor` the previous page's next_cursor.
struct AuditListParams
{
    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxPageSize = 500;

    AuditFilter filter;
    int limit = DefaultPageSize;
    QString cursor;

    QJsonObject toJson() const;
    static Result<AuditListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// audit.export: the same filters; the answer is a CSV file (ReportFile).
struct AuditExportParams
{
    AuditFilter filter;

    QJsonObject toJson() const;
    static Result<AuditExportParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// One entry. `details` maps each changed field to {"before", "after"} (absent before a
// creation, after a deletion); a secret shows as "changed", never its value.
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    std::optional<qint64> actorId; // null: an anonymous failed login, or the server
    QString actorName; // as it was then
    QString via;
    QString peer;
    QString action;
    QString targetType;
    std::optional<qint64> targetId;
    QString targetLabel;
    QJsonObject details;

    // One changed field of `details`: undefined before a creation, after a deletion.
    struct Change
    {
        QString field;
        QJsonValue before;
        QJsonValue after;
        bool operator==(const Change&) const = default;
    };
    QList<Change> changes() const;
    // The changed fields in a line ("role, disabled").
    QString summary() const;
    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonValue& value);
    bool operator==(const AuditEntry&) const = default;
};

// audit.list's result.
struct AuditPage
{
    QList<AuditEntry> items;
    QString nextCursor; // empty: the last page

    QJsonObject toJson() const;
    static AuditPage fromJson(const QJsonValue& value);
    bool operator==(const AuditPage&) const = default;
};

} // namespace frontline::api
