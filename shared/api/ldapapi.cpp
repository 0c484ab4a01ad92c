#include "ldapapi.h"

#include "api/jsonhelpers.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

constexpr TextRule LdapNameRule {.minLength = 1, .maxLength = 100};
constexpr TextRule DnRule {.minLength = 1, .maxLength = 1000};
constexpr TextRule OptionalDnRule {.minLength = 0, .maxLength = 1000};
constexpr TextRule FilterRule {.minLength = 3, .maxLength = 2000};
constexpr TextRule AttributeRule {.minLength = 1, .maxLength = 100};
constexpr TextRule PathRule {.minLength = 0, .maxLength = 1000};
constexpr TextRule LdapPasswordRule {.minLength = 0, .maxLength = 1000};
constexpr int MaxDirectories = 20;
constexpr int MaxMappings = 100;

const QStringList MappedRoles = {u"requester"_s, u"agent"_s, u"manager"_s, u"admin"_s};

bool isAttributeName(const QString& name)
{
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u';')
            return false;
    }
    return !name.isEmpty() && name.front().isLetter();
}

bool hostIsLoopback(const QString& host)
{
    return host == u"localhost"_s || host.startsWith(u"127."_s) || host == u"::1"_s
        || host == u"[::1]"_s;
}

std::optional<LdapGroupMapping> readMapping(const QJsonValue& value, const QString& path,
                                            ParamReader& outer)
{
    ParamReader reader(value, path);
    LdapGroupMapping m;
    m.groupDn = reader.requiredString("group_dn"_L1, DnRule);
    // Empty: the group gives Frontline groups but no role.
    m.role = reader.optionalString("role"_L1, {0, 20}).value_or(QString());
    if (reader.ok() && !m.role.isEmpty() && !MappedRoles.contains(m.role))
        reader.fail("role"_L1, u"must be empty or one of: "_s + MappedRoles.join(u", "_s));
    const QJsonValue groups = reader.rawValue("groups"_L1);
    if (!groups.isUndefined() && !groups.isArray()) {
        reader.fail("groups"_L1, u"must be a list of group names"_s);
    } else {
        const QJsonArray list = groups.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString name = list.at(i).toString().trimmed();
            if (!list.at(i).isString() || name.isEmpty())
                reader.failPath(reader.path("groups"_L1) + u'[' + QString::number(i) + u']',
                                u"must be a group name"_s);
            m.groups.append(name);
        }
    }
    if (auto error = reader.finish()) {
        outer.failPath(error->field(), error->reason());
        return std::nullopt;
    }
    return m;
}

std::optional<LdapDirectory> readDirectory(const QJsonValue& value, const QString& path,
                                           ParamReader& outer)
{
    ParamReader reader(value, path);
    LdapDirectory d;
    d.name = reader.requiredString("name"_L1, LdapNameRule);
    d.url = reader.requiredString("url"_L1, DnRule);
    d.starttls = reader.optionalBool("starttls"_L1).value_or(true);
    const QUrl url(d.url);
    const QString scheme = url.scheme().toLower();
    if (reader.ok()
        && (!url.isValid() || url.host().isEmpty() || (scheme != u"ldap"_s && scheme != u"ldaps"_s)
            || !(url.path().isEmpty() || url.path() == u"/"_s)))
        reader.fail("url"_L1, u"must be ldap://host[:port] or ldaps://host[:port]"_s);
    if (reader.ok() && scheme == u"ldap"_s && !d.starttls && !hostIsLoopback(url.host()))
        reader.fail("starttls"_L1,
                    u"is required with ldap:// to another machine (or use ldaps://)"_s);
    d.caFile = reader.optionalString("ca_file"_L1, PathRule).value_or(QString());
    d.bindDn = reader.requiredString("bind_dn"_L1, DnRule);
    d.bindPassword = reader.optionalString("bind_password"_L1, LdapPasswordRule);
    reader.optionalBool("bind_password_set"_L1); // what config.get answered may come back
    d.baseDn = reader.requiredString("base_dn"_L1, DnRule);
    d.userFilter = reader.optionalString("user_filter"_L1, FilterRule).value_or(d.userFilter);
    if (reader.ok()
        && (!d.userFilter.startsWith(u'(') || !d.userFilter.endsWith(u')')
            || d.userFilter.count(u'(') != d.userFilter.count(u')')))
        reader.fail("user_filter"_L1, u"is not an LDAP filter in parentheses"_s);
    for (auto [key, target] : {std::pair {"login_attribute"_L1, &d.loginAttribute},
                               std::pair {"name_attribute"_L1, &d.nameAttribute},
                               std::pair {"mail_attribute"_L1, &d.mailAttribute}}) {
        *target = reader.optionalString(key, AttributeRule).value_or(*target);
        if (reader.ok() && !isAttributeName(*target))
            reader.fail(key, u"is not an attribute name"_s);
    }
    d.syncIntervalMinutes =
        reader.optionalInt("sync_interval_minutes"_L1, 0, 7 * 24 * 60).value_or(60);
    const QJsonValue mappings = reader.rawValue("group_mappings"_L1);
    if (!mappings.isUndefined() && (!mappings.isArray() || mappings.toArray().size() > MaxMappings))
        reader.fail("group_mappings"_L1, u"must be a list of at most 100 mappings"_s);
    const QJsonArray list = mappings.toArray();
    for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
        const QString at = reader.path("group_mappings"_L1) + u'[' + QString::number(i) + u']';
        if (auto mapping = readMapping(list.at(i), at, reader))
            d.groupMappings.append(*mapping);
    }
    if (auto error = reader.finish()) {
        outer.failPath(error->field(), error->reason());
        return std::nullopt;
    }
    return d;
}

} // namespace

QJsonObject LdapGroupMapping::toJson() const
{
    return {{"group_dn"_L1, groupDn},
            {"role"_L1, role},
            {"groups"_L1, QJsonArray::fromStringList(groups)}};
}

LdapGroupMapping LdapGroupMapping::fromJson(const QJsonValue& value)
{
    return {value["group_dn"_L1].toString(), value["role"_L1].toString(),
            stringsOf(value["groups"_L1])};
}

QJsonObject LdapDirectory::toJson() const
{
    QJsonArray mappings;
    for (const LdapGroupMapping& mapping : groupMappings)
        mappings.append(mapping.toJson());
    QJsonObject json {{"name"_L1, name},
                      {"url"_L1, url},
                      {"starttls"_L1, starttls},
                      {"ca_file"_L1, caFile},
                      {"bind_dn"_L1, bindDn},
                      {"bind_password_set"_L1, bindPasswordSet},
                      {"base_dn"_L1, baseDn},
                      {"user_filter"_L1, userFilter},
                      {"login_attribute"_L1, loginAttribute},
                      {"name_attribute"_L1, nameAttribute},
                      {"mail_attribute"_L1, mailAttribute},
                      {"group_mappings"_L1, mappings},
                      {"sync_interval_minutes"_L1, syncIntervalMinutes}};
    if (bindPassword)
        json.insert("bind_password"_L1, *bindPassword);
    return json;
}

LdapDirectory LdapDirectory::fromJson(const QJsonValue& value)
{
    LdapDirectory d;
    d.name = value["name"_L1].toString();
    d.url = value["url"_L1].toString();
    d.starttls = value["starttls"_L1].toBool(true);
    d.caFile = value["ca_file"_L1].toString();
    d.bindDn = value["bind_dn"_L1].toString();
    if (value["bind_password"_L1].isString())
        d.bindPassword = value["bind_password"_L1].toString();
    d.bindPasswordSet = value["bind_password_set"_L1].toBool();
    d.baseDn = value["base_dn"_L1].toString();
    d.userFilter = value["user_filter"_L1].toString(d.userFilter);
    d.loginAttribute = value["login_attribute"_L1].toString(d.loginAttribute);
    d.nameAttribute = value["name_attribute"_L1].toString(d.nameAttribute);
    d.mailAttribute = value["mail_attribute"_L1].toString(d.mailAttribute);
    for (const QJsonValue& mapping : value["group_mappings"_L1].toArray())
        d.groupMappings.append(LdapGroupMapping::fromJson(mapping));
    d.syncIntervalMinutes = value["sync_interval_minutes"_L1].toInt(60);
    return d;
}

QJsonObject LdapSettings::toJson() const
{
    QJsonArray list;
    for (const LdapDirectory& directory : directories)
        list.append(directory.toJson());
    return {{"directories"_L1, list}};
}

LdapSettings LdapSettings::fromJson(const QJsonValue& value)
{
    LdapSettings settings;
    for (const QJsonValue& directory : value["directories"_L1].toArray())
        settings.directories.append(LdapDirectory::fromJson(directory));
    return settings;
}

Result<LdapSettings, rpc::RpcError> LdapSettings::parse(const QJsonValue& value)
{
    ParamReader reader(value, u"value"_s);
    LdapSettings settings;
    const QJsonValue list = reader.rawValue("directories"_L1);
    if (!list.isArray() || list.toArray().size() > MaxDirectories)
        reader.fail("directories"_L1, u"must be a list of at most 20 directories"_s);
    const QJsonArray directories = list.toArray();
    QStringList names;
    for (qsizetype i = 0; i < directories.size() && reader.ok(); ++i) {
        const QString at = reader.path("directories"_L1) + u'[' + QString::number(i) + u']';
        auto directory = readDirectory(directories.at(i), at, reader);
        if (!directory)
            break;
        if (names.contains(directory->name, Qt::CaseInsensitive))
            reader.failPath(at + u".name"_s, u"is used by another directory"_s);
        names.append(directory->name);
        settings.directories.append(*directory);
    }
    if (auto error = reader.finish())
        return *error;
    return settings;
}

QJsonObject LdapTestParams::toJson() const
{
    return {{"name"_L1, name}};
}

Result<LdapTestParams, rpc::RpcError> LdapTestParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    LdapTestParams p;
    p.name = reader.requiredString("name"_L1, LdapNameRule);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject LdapSyncParams::toJson() const
{
    QJsonObject json;
    if (name)
        json.insert("name"_L1, *name);
    return json;
}

Result<LdapSyncParams, rpc::RpcError> LdapSyncParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    LdapSyncParams p;
    p.name = reader.optionalString("name"_L1, LdapNameRule);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject LdapUserSample::toJson() const
{
    return {{"dn"_L1, dn}, {"login"_L1, login}, {"name"_L1, name}, {"email"_L1, email}};
}

LdapUserSample LdapUserSample::fromJson(const QJsonValue& value)
{
    return {value["dn"_L1].toString(), value["login"_L1].toString(), value["name"_L1].toString(),
            value["email"_L1].toString()};
}

QJsonObject LdapTestResult::toJson() const
{
    QJsonArray users;
    for (const LdapUserSample& user : sample)
        users.append(user.toJson());
    return {{"ok"_L1, ok},
            {"step"_L1, step},
            {"message"_L1, message},
            {"matched"_L1, matched},
            {"sample"_L1, users}};
}

LdapTestResult LdapTestResult::fromJson(const QJsonValue& value)
{
    LdapTestResult r;
    r.ok = value["ok"_L1].toBool();
    r.step = value["step"_L1].toString();
    r.message = value["message"_L1].toString();
    r.matched = value["matched"_L1].toInt();
    for (const QJsonValue& user : value["sample"_L1].toArray())
        r.sample.append(LdapUserSample::fromJson(user));
    return r;
}

LdapSyncResult& LdapSyncResult::operator+=(const LdapSyncResult& other)
{
    created += other.created;
    updated += other.updated;
    disabled += other.disabled;
    unchanged += other.unchanged;
    errors += other.errors;
    return *this;
}

QJsonObject LdapSyncResult::toJson() const
{
    return {{"created"_L1, created},
            {"updated"_L1, updated},
            {"disabled"_L1, disabled},
            {"unchanged"_L1, unchanged},
            {"errors"_L1, QJsonArray::fromStringList(errors)}};
}

LdapSyncResult LdapSyncResult::fromJson(const QJsonValue& value)
{
    return {value["created"_L1].toInt(), value["updated"_L1].toInt(), value["disabled"_L1].toInt(),
            value["unchanged"_L1].toInt(), stringsOf(value["errors"_L1])};
}

} // namespace frontline::api
