#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Configuration items (issue 22): their classes, the items, the relationships between them and
// the impact analysis that follows those relationships (ci.* methods).
namespace frontline::api {

inline constexpr int MaxCiClassFields = 100;
inline constexpr int MaxCiImportRows = 20000;
inline constexpr int MaxTicketCis = 50;
inline constexpr int DefaultImpactDepth = 10;
inline constexpr int MaxImpactDepth = 20;
inline constexpr int DefaultImpactNodes = 5000;
inline constexpr int MaxImpactNodes = 20000;

// A CI's life: planned, in_use, maintenance, retired.
QStringList ciStatusNames();
// depends_on, runs_on, connected_to (from needs to: to's failure reaches from), used_by (from's
// failure reaches to, which may be a CI, a user or an organisation).
QStringList ciRelationTypeNames();
// What a relationship's far end is: ci, user, organisation.
QStringList ciTargetKindNames();

// A custom field (field.create) a class's items take as an attribute.
struct CiClassField
{
    QString field; // the custom field's name
    bool required = false;

    QJsonObject toJson() const;
    static CiClassField fromJson(const QJsonValue& value);
    bool operator==(const CiClassField&) const = default;
};

struct CiClass
{
    qint64 id = 0;
    QString name; // [a-z][a-z0-9_]{0,39}; never changes
    QString label;
    QList<CiClassField> fields;
    bool active = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    const CiClassField* field(const QString& name) const;
    QJsonObject toJson() const;
    static CiClass fromJson(const QJsonValue& value);
    bool operator==(const CiClass&) const = default;
};

struct CiClassCreateParams
{
    CiClass ciClass;

    QJsonObject toJson() const;
    static Result<CiClassCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct CiClassUpdateParams
{
    qint64 id = 0;
    std::optional<QString> label;
    std::optional<QList<CiClassField>> fields;
    std::optional<bool> active;

    CiClass applied(const CiClass& before) const;
    QJsonObject toJson() const;
    static Result<CiClassUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct CiClassList
{
    QList<CiClass> items;

    QJsonObject toJson() const;
    static CiClassList fromJson(const QJsonValue& value);
};

// One end of a relationship, or a CI named in a ticket: enough to show and open it.
struct CiNode
{
    QString kind = QStringLiteral("ci"); // ci, user, organisation
    qint64 id = 0;
    QString name;
    QString ciClass; // CIs only: the class's name
    QString status; // CIs only
    int depth = 0; // ci.impact only: the path length from the CI asked about

    QJsonObject toJson() const;
    static CiNode fromJson(const QJsonValue& value);
    bool operator==(const CiNode&) const = default;
};

// A relationship as one of its CIs shows it: its type and the CI, user or organisation at the
// other end.
struct CiRelation
{
    QString type;
    CiNode other;

    QJsonObject toJson() const;
    static CiRelation fromJson(const QJsonValue& value);
    bool operator==(const CiRelation&) const = default;
};

struct Ci
{
    qint64 id = 0;
    QString name;
    QString ciClass;
    QString status = QStringLiteral("in_use");
    std::optional<qint64> owner;
    QString ownerName;
    std::optional<qint64> organisation;
    QString organisationName;
    QString hostName;
    QString serial;
    QJsonObject attributes; // by field name
    int version = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // ci.get only: the relationships from this CI (outgoing) and to it (incoming).
    std::optional<QList<CiRelation>> outgoing;
    std::optional<QList<CiRelation>> incoming;

    QJsonObject toJson() const;
    static Ci fromJson(const QJsonValue& value);
    bool operator==(const Ci&) const = default;
};

struct CiCreateParams
{
    QString name;
    QString ciClass;
    QString status = QStringLiteral("in_use");
    std::optional<qint64> owner;
    std::optional<qint64> organisation;
    QString hostName;
    QString serial;
    QJsonObject attributes;

    QJsonObject toJson() const;
    static Result<CiCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Fields given replace the CI's; `attributes` sets the values named (null clears one).
struct CiUpdateParams
{
    qint64 id = 0;
    std::optional<int> version; // when given, a stale version is a conflict
    std::optional<QString> name;
    std::optional<QString> status;
    Nullable<qint64> owner;
    Nullable<qint64> organisation;
    std::optional<QString> hostName;
    std::optional<QString> serial;
    std::optional<QJsonObject> attributes;

    QJsonObject toJson() const;
    static Result<CiUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// ci.list: by id, a page at a time, filtered.
struct CiListParams
{
    std::optional<QString> ciClass;
    std::optional<QString> status;
    std::optional<qint64> organisation;
    std::optional<qint64> owner;
    int limit = 50;
    qint64 after = 0; // the cursor: the last id of the previous page

    QJsonObject toJson() const;
    static Result<CiListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// ci.search: name, host name, serial or attribute text containing `query`.
struct CiSearchParams
{
    QString query;
    int limit = 50;

    QJsonObject toJson() const;
    static Result<CiSearchParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct CiPage
{
    QList<Ci> items;
    std::optional<QString> nextCursor;

    QJsonObject toJson() const;
    static CiPage fromJson(const QJsonValue& value);
};

// ci.relate / ci.unrelate: `from` (a CI) `type` `to`: a CI, or for used_by also a `user` or an
// `organisation` (exactly one of to, user, organisation).
struct CiRelateParams
{
    qint64 from = 0;
    QString type;
    QString targetKind; // ci, user, organisation
    qint64 target = 0;

    QJsonObject toJson() const;
    static Result<CiRelateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct CiImpactParams
{
    qint64 id = 0;
    int depth = DefaultImpactDepth;
    int limit = DefaultImpactNodes;

    QJsonObject toJson() const;
    static Result<CiImpactParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// What depends on a CI: every CI, user and organisation reached (each once, at its shortest
// path length `depth`), the services among the CIs, and whether the depth or node bound cut
// the walk short.
struct CiImpact
{
    CiNode ci;
    QList<CiNode> cis;
    QList<CiNode> services;
    QList<CiNode> users;
    QList<CiNode> organisations;
    bool truncated = false;

    QJsonObject toJson() const;
    static CiImpact fromJson(const QJsonValue& value);
};

// A list of ids in params (`cis: [1, 2]`), each checked; errors name `name[i]`.
std::optional<QList<qint64>> readIdList(ParamReader& reader, QLatin1StringView name, int maxItems);

} // namespace frontline::api
