#include "directoryapi.h"

#include "api/authapi.h"
#include "api/jsonhelpers.h"
#include "domain/group.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

constexpr TextRule DirectoryNameRule {.minLength = 1, .maxLength = 100};
constexpr TextRule DirectoryDescriptionRule {
    .minLength = 0, .maxLength = 2000, .singleLine = false};

void insertNullable(QJsonObject& object, QLatin1StringView key, const Nullable<qint64>& field)
{
    if (field.present)
        object.insert(key, field.value ? QJsonValue(*field.value) : QJsonValue(QJsonValue::Null));
}

// Passwords are taken as typed: no trimming; only the length is checked.
QString readPassword(ParamReader& reader, QLatin1StringView name, bool required)
{
    const QJsonValue value =
        reader.rawValue(name, [] { return schema::string(MinPasswordLength, MaxPasswordLength); });
    if (value.isUndefined() && !required)
        return {};
    if (!value.isString()) {
        reader.fail(name, value.isUndefined() ? u"is required"_s : u"must be a string"_s);
        return {};
    }
    const QString password = value.toString();
    if (password.size() < MinPasswordLength)
        reader.fail(name, u"must be at least %1 characters"_s.arg(MinPasswordLength));
    else if (password.size() > MaxPasswordLength)
        reader.fail(name, u"must be at most %1 characters"_s.arg(MaxPasswordLength));
    return password;
}

std::optional<Role> readRole(ParamReader& reader, QLatin1StringView name)
{
    if (auto role = reader.optionalEnum(name, roleNames()))
        return roleFromString(*role);
    return std::nullopt;
}

} // namespace

bool isValidUsername(const QString& username)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._@-]{2,63}$"_s);
    return pattern.match(username).hasMatch();
}

bool isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

QJsonObject UserCreateParams::toJson() const
{
    return {{"username"_L1, username},
            {"password"_L1, password},
            {"display_name"_L1, displayName},
            {"email"_L1, email},
            {"role"_L1, toString(role)}};
}

Result<UserCreateParams, rpc::RpcError> UserCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    UserCreateParams p;
    p.username = reader.requiredString("username"_L1, {.minLength = 1, .maxLength = 64}).toLower();
    if (reader.ok() && !isValidUsername(p.username))
        reader.fail("username"_L1,
                    u"must be 3 to 64 characters: letters, digits and . _ - @, starting with a "
                    "letter or digit"_s);
    p.password = readPassword(reader, "password"_L1, true);
    p.displayName = reader.requiredString("display_name"_L1, DirectoryNameRule);
    p.email = reader.requiredString("email"_L1, {.minLength = 1, .maxLength = 254});
    if (reader.ok() && !isValidEmail(p.email))
        reader.fail("email"_L1, u"must be an e-mail address"_s);
    const QString role = reader.requiredEnum("role"_L1, roleNames());
    p.role = roleFromString(role).value_or(Role::Requester);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject UserUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    if (displayName)
        object.insert("display_name"_L1, *displayName);
    if (email)
        object.insert("email"_L1, *email);
    if (role)
        object.insert("role"_L1, toString(*role));
    if (disabled)
        object.insert("disabled"_L1, *disabled);
    insertNullable(object, "org"_L1, org);
    if (vip)
        object.insert("vip"_L1, *vip);
    if (orgViewer)
        object.insert("org_viewer"_L1, *orgViewer);
    insertNullable(object, "manager"_L1, manager);
    return object;
}

Result<UserUpdateParams, rpc::RpcError> UserUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    UserUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.displayName = reader.optionalString("display_name"_L1, DirectoryNameRule);
    p.email = reader.optionalString("email"_L1, {.minLength = 1, .maxLength = 254});
    if (reader.ok() && p.email && !isValidEmail(*p.email))
        reader.fail("email"_L1, u"must be an e-mail address"_s);
    p.role = readRole(reader, "role"_L1);
    p.disabled = reader.optionalBool("disabled"_L1);
    p.org = reader.nullableId("org"_L1);
    p.vip = reader.optionalBool("vip"_L1);
    p.orgViewer = reader.optionalBool("org_viewer"_L1);
    p.manager = reader.nullableId("manager"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject UserListParams::toJson() const
{
    QJsonObject object {{"limit"_L1, limit}};
    if (role)
        object.insert("role"_L1, toString(*role));
    if (!query.isEmpty())
        object.insert("query"_L1, query);
    if (includeDisabled)
        object.insert("include_disabled"_L1, true);
    if (group)
        object.insert("group"_L1, *group);
    if (org)
        object.insert("org"_L1, *org);
    if (!cursor.isEmpty())
        object.insert("cursor"_L1, cursor);
    return object;
}

Result<UserListParams, rpc::RpcError> UserListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    UserListParams p;
    p.role = readRole(reader, "role"_L1);
    p.query = reader.optionalString("query"_L1, {.maxLength = 100}).value_or(QString());
    p.includeDisabled = reader.optionalBool("include_disabled"_L1).value_or(false);
    p.group = reader.optionalId("group"_L1);
    p.org = reader.optionalId("org"_L1);
    p.limit = reader.optionalInt("limit"_L1, 1, MaxPageSize).value_or(DefaultPageSize);
    p.cursor = reader.optionalString("cursor"_L1, {.maxLength = 200}).value_or(QString());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject SetPasswordParams::toJson() const
{
    QJsonObject object {{"password"_L1, password}};
    if (id)
        object.insert("id"_L1, *id);
    if (!currentPassword.isEmpty())
        object.insert("current_password"_L1, currentPassword);
    return object;
}

Result<SetPasswordParams, rpc::RpcError> SetPasswordParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    SetPasswordParams p;
    p.id = reader.optionalId("id"_L1);
    p.password = readPassword(reader, "password"_L1, true);
    const QJsonValue current = reader.rawValue("current_password"_L1, [] {
        return QJsonObject {{"type"_L1, u"string"_s}};
    });
    if (!current.isUndefined() && !current.isString())
        reader.fail("current_password"_L1, u"must be a string"_s);
    p.currentPassword = current.toString();
    if (auto error = reader.finish())
        return *error;
    return p;
}

QStringList assignmentStrategies()
{
    return {u"manual"_s, u"round_robin"_s, u"least_loaded"_s};
}

QJsonObject GroupCreateParams::toJson() const
{
    QJsonObject object {{"name"_L1, name}, {"tier"_L1, tier}, {"description"_L1, description}};
    if (escalationGroup)
        object.insert("escalation_group"_L1, *escalationGroup);
    object.insert("assignment"_L1, assignment);
    if (manager)
        object.insert("manager"_L1, *manager);
    return object;
}

Result<GroupCreateParams, rpc::RpcError> GroupCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    GroupCreateParams p;
    p.name = reader.requiredString("name"_L1, DirectoryNameRule);
    p.tier = reader.requiredInt("tier"_L1, MinTier, MaxTier);
    p.description =
        reader.optionalString("description"_L1, DirectoryDescriptionRule).value_or(QString());
    p.escalationGroup = reader.optionalId("escalation_group"_L1);
    p.assignment =
        reader.optionalEnum("assignment"_L1, assignmentStrategies()).value_or(u"manual"_s);
    p.manager = reader.optionalId("manager"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject GroupUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    if (name)
        object.insert("name"_L1, *name);
    if (tier)
        object.insert("tier"_L1, *tier);
    if (description)
        object.insert("description"_L1, *description);
    insertNullable(object, "escalation_group"_L1, escalationGroup);
    if (assignment)
        object.insert("assignment"_L1, *assignment);
    insertNullable(object, "manager"_L1, manager);
    return object;
}

Result<GroupUpdateParams, rpc::RpcError> GroupUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    GroupUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.name = reader.optionalString("name"_L1, DirectoryNameRule);
    p.tier = reader.optionalInt("tier"_L1, MinTier, MaxTier);
    p.description = reader.optionalString("description"_L1, DirectoryDescriptionRule);
    p.escalationGroup = reader.nullableId("escalation_group"_L1);
    p.assignment = reader.optionalEnum("assignment"_L1, assignmentStrategies());
    p.manager = reader.nullableId("manager"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject GroupMemberParams::toJson() const
{
    return {{"group"_L1, group}, {"user"_L1, user}};
}

Result<GroupMemberParams, rpc::RpcError> GroupMemberParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    GroupMemberParams p;
    p.group = reader.requiredId("group"_L1);
    p.user = reader.requiredId("user"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CategoryCreateParams::toJson() const
{
    QJsonObject object {{"name"_L1, name}, {"description"_L1, description}};
    if (defaultGroup)
        object.insert("default_group"_L1, *defaultGroup);
    return object;
}

Result<CategoryCreateParams, rpc::RpcError> CategoryCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CategoryCreateParams p;
    p.name = reader.requiredString("name"_L1, DirectoryNameRule);
    p.description =
        reader.optionalString("description"_L1, DirectoryDescriptionRule).value_or(QString());
    p.defaultGroup = reader.optionalId("default_group"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject CategoryUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    if (name)
        object.insert("name"_L1, *name);
    if (description)
        object.insert("description"_L1, *description);
    insertNullable(object, "default_group"_L1, defaultGroup);
    if (active)
        object.insert("active"_L1, *active);
    return object;
}

Result<CategoryUpdateParams, rpc::RpcError> CategoryUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    CategoryUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.name = reader.optionalString("name"_L1, DirectoryNameRule);
    p.description = reader.optionalString("description"_L1, DirectoryDescriptionRule);
    p.defaultGroup = reader.nullableId("default_group"_L1);
    p.active = reader.optionalBool("active"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

namespace {

template<typename T> QList<T> pageItemsOf(const QJsonValue& value)
{
    QList<T> items;
    for (const QJsonValue& item : value.toObject().value("items"_L1).toArray())
        items.append(T::fromJson(item.toObject()));
    return items;
}

} // namespace

QJsonObject UserPage::toJson() const
{
    return {{"items"_L1, listJson(items)},
            {"next_cursor"_L1, nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor)}};
}

UserPage UserPage::fromJson(const QJsonValue& value)
{
    return {pageItemsOf<User>(value), value.toObject().value("next_cursor"_L1).toString()};
}

QJsonObject GroupList::toJson() const
{
    return {{"items"_L1, listJson(items)}};
}

GroupList GroupList::fromJson(const QJsonValue& value)
{
    return {pageItemsOf<Group>(value)};
}

QJsonObject CategoryList::toJson() const
{
    return {{"items"_L1, listJson(items)}};
}

CategoryList CategoryList::fromJson(const QJsonValue& value)
{
    return {pageItemsOf<Category>(value)};
}

QJsonObject ChangedResult::toJson() const
{
    return {{"changed"_L1, changed}};
}

ChangedResult ChangedResult::fromJson(const QJsonValue& value)
{
    return {value.toObject().value("changed"_L1).toBool(false)};
}

} // namespace frontline::api
