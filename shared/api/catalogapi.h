#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "domain/enums.h"
#include "domain/ticket.h"
#include "rpc/rpcerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// The service catalog (issue 21): items a requester may ask for, each with its form (custom
// fields), its approval chain and its fulfilment tasks; catalog.request files a service
// request from one.
namespace frontline::api {

inline constexpr int MaxCatalogFormFields = 50;
inline constexpr int MaxCatalogTasks = 30;
inline constexpr int MaxCatalogStages = 10;

// The icons the clients ship for catalog items (a name, not a picture: each client draws its
// own).
QStringList catalogIconNames();

// Who may request an item: requesters of these roles and of these organisations (a list
// left empty matches everyone; both must match).
struct CatalogAudience
{
    QStringList roles;
    QList<qint64> orgs;

    bool includes(Role role, std::optional<qint64> org) const;
    QJsonObject toJson() const;
    static CatalogAudience fromJson(const QJsonValue& value);
    bool operator==(const CatalogAudience&) const = default;
};

// One field of an item's form: a custom field by name, required here even where the field
// itself is optional.
struct CatalogFormField
{
    QString field;
    bool required = false;

    QJsonObject toJson() const;
    static CatalogFormField fromJson(const QJsonValue& value);
    bool operator==(const CatalogFormField&) const = default;
};

// A fulfilment task: becomes a child ticket of type task in `group` when its stage starts.
// Tasks of one stage run in parallel; stage n+1 starts when every task of stage n is done.
struct CatalogTask
{
    QString title;
    QString description;
    qint64 group = 0;
    int stage = 1;

    QJsonObject toJson() const;
    static CatalogTask fromJson(const QJsonValue& value);
    bool operator==(const CatalogTask&) const = default;
};

struct CatalogItem
{
    qint64 id = 0;
    QString name;
    QString description;
    QString icon;
    QString category; // empty: none
    CatalogAudience audience;
    QList<CatalogFormField> form;
    std::optional<qint64> group; // the fulfilment group (the request's queue)
    std::optional<qint64> slaPolicy;
    // The approval chain: its steps as shared/api/approvalapi.h writes them.
    QJsonArray approvals;
    QList<CatalogTask> tasks; // in stage order
    bool active = true;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // The stages in order (1, 2, ...), each with its tasks.
    QList<int> stages() const;

    QJsonObject toJson() const;
    static CatalogItem fromJson(const QJsonValue& value);
    bool operator==(const CatalogItem&) const = default;
};

struct CatalogItemCreateParams
{
    CatalogItem item; // id and times unset

    QJsonObject toJson() const;
    static Result<CatalogItemCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Each field given replaces the item's (lists as a whole); the name stays unique.
struct CatalogItemUpdateParams
{
    qint64 id = 0;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> icon;
    Nullable<QString> category;
    std::optional<CatalogAudience> audience;
    std::optional<QList<CatalogFormField>> form;
    Nullable<qint64> group;
    Nullable<qint64> slaPolicy;
    std::optional<QJsonArray> approvals;
    std::optional<QList<CatalogTask>> tasks;
    std::optional<bool> active;

    CatalogItem applied(const CatalogItem& before) const;
    QJsonObject toJson() const;
    static Result<CatalogItemUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// catalog.item.list: by name, a page at a time; `search` matches name or description.
// Staff may ask for `all` items (every audience, inactive ones too).
struct CatalogItemListParams
{
    QString search;
    bool all = false;
    // Staff filing on a caller's behalf: the items in that user's audience, not the caller's own.
    std::optional<qint64> requester;
    int limit = 50;
    QString cursor;

    QJsonObject toJson() const;
    static Result<CatalogItemListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct CatalogItemPage
{
    QList<CatalogItem> items;
    std::optional<QString> nextCursor;

    QJsonObject toJson() const;
    static CatalogItemPage fromJson(const QJsonValue& value);
};

// catalog.request: a service request from an item, with the form's values; staff may file it
// on behalf of a requester.
struct CatalogRequestParams
{
    qint64 item = 0;
    QJsonObject fields;
    std::optional<qint64> requester;
    QString description;

    QJsonObject toJson() const;
    static Result<CatalogRequestParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

} // namespace frontline::api
