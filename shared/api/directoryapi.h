#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "domain/category.h"
#include "domain/enums.h"
#include "domain/group.h"
#include "domain/user.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// Params of the user, group and category methods (the directory of who works where).
namespace frontline::api {

inline constexpr int MaxPageSize = 200;
inline constexpr int DefaultPageSize = 50;

// Usernames: 3 to 64 of a-z 0-9 . _ - @ (case-insensitive; stored lower-case).
bool isValidUsername(const QString& username);
bool isValidEmail(const QString& email);

struct UserCreateParams
{
    QString username;
    QString password;
    QString displayName;
    QString email;
    Role role = Role::Requester;

    QJsonObject toJson() const;
    static Result<UserCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct UserUpdateParams
{
    qint64 id = 0;
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<Role> role;
    std::optional<bool> disabled;
    Nullable<qint64> org; // admins: the organisation (null: none)
    std::optional<bool> vip; // admins
    std::optional<bool> orgViewer; // admins: sees the organisation's tickets (requesters only)
    Nullable<qint64> manager; // admins: who approves "manager" steps of approval chains

    QJsonObject toJson() const;
    static Result<UserUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct UserListParams
{
    std::optional<Role> role;
    QString query; // matches username, display name or e-mail
    bool includeDisabled = false;
    std::optional<qint64> group; // members of this group only
    std::optional<qint64> org; // members of this organisation only
    int limit = DefaultPageSize;
    QString cursor;

    QJsonObject toJson() const;
    static Result<UserListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct SetPasswordParams
{
    std::optional<qint64> id; // another user's (admins only); default: the caller's own
    QString password;
    QString currentPassword; // required when changing one's own password

    QJsonObject toJson() const;
    static Result<SetPasswordParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// How a group hands out new tickets: by hand, in turn, or to whoever has the fewest open.
QStringList assignmentStrategies();

struct GroupCreateParams
{
    QString name;
    int tier = 1;
    QString description;
    std::optional<qint64> escalationGroup;
    QString assignment = QStringLiteral("manual"); // manual, round_robin, least_loaded
    std::optional<qint64> manager;

    QJsonObject toJson() const;
    static Result<GroupCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct GroupUpdateParams
{
    qint64 id = 0;
    std::optional<QString> name;
    std::optional<int> tier;
    std::optional<QString> description;
    Nullable<qint64> escalationGroup;
    std::optional<QString> assignment;
    Nullable<qint64> manager;

    QJsonObject toJson() const;
    static Result<GroupUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct GroupMemberParams
{
    qint64 group = 0;
    qint64 user = 0;

    QJsonObject toJson() const;
    static Result<GroupMemberParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct CategoryCreateParams
{
    QString name;
    QString description;
    std::optional<qint64> defaultGroup;

    QJsonObject toJson() const;
    static Result<CategoryCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct CategoryUpdateParams
{
    qint64 id = 0;
    std::optional<QString> name;
    std::optional<QString> description;
    Nullable<qint64> defaultGroup;
    std::optional<bool> active;

    QJsonObject toJson() const;
    static Result<CategoryUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Results. Users, groups and categories are the domain types themselves.

// user.list: one page, and the cursor of the next ("" on the last; null on the wire).
struct UserPage
{
    QList<User> items;
    QString nextCursor;

    QJsonObject toJson() const;
    static UserPage fromJson(const QJsonValue& value);
};

// group.list
struct GroupList
{
    QList<Group> items;

    QJsonObject toJson() const;
    static GroupList fromJson(const QJsonValue& value);
};

// category.list
struct CategoryList
{
    QList<Category> items;

    QJsonObject toJson() const;
    static CategoryList fromJson(const QJsonValue& value);
};

// user.set_password (and other acknowledgements without a record): {"changed": true}.
struct ChangedResult
{
    bool changed = true;

    QJsonObject toJson() const;
    static ChangedResult fromJson(const QJsonValue& value);
    bool operator==(const ChangedResult&) const = default;
};

} // namespace frontline::api
