#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>

#include <optional>

// Directory login and sync (issue 20): the directories (config key "ldap"), ldap.test and
// ldap.sync, admins only. The service account's password goes in, never out.
namespace frontline::api {

namespace method {
inline constexpr auto LdapTest = QLatin1StringView("ldap.test");
inline constexpr auto LdapSync = QLatin1StringView("ldap.sync");
} // namespace method

// Members of the directory group `group_dn` get `role` (the highest of their mappings wins;
// requester without any) and are put into the Frontline groups named in `groups`.
struct LdapGroupMapping
{
    QString groupDn;
    QString role; // requester | agent | manager | admin; empty: no role from this group
    QStringList groups;

    QJsonObject toJson() const;
    static LdapGroupMapping fromJson(const QJsonValue& value);
    bool operator==(const LdapGroupMapping&) const = default;
};

// One directory. In config.set an absent bind_password keeps the stored one (by name);
// config.get never returns it (bind_password_set says whether there is one).
struct LdapDirectory
{
    QString name;
    QString url; // ldaps://host[:port] or ldap://host[:port] (with starttls, or to loopback)
    bool starttls = true; // ldap:// only
    QString caFile; // PEM file on the server with the CAs to trust; empty: the system's
    QString bindDn; // the service account that searches
    std::optional<QString> bindPassword;
    bool bindPasswordSet = false; // config.get only
    QString baseDn;
    QString userFilter = QStringLiteral("(objectClass=inetOrgPerson)");
    QString loginAttribute = QStringLiteral("uid"); // uid, sAMAccountName, ...
    QString nameAttribute = QStringLiteral("cn");
    QString mailAttribute = QStringLiteral("mail");
    QList<LdapGroupMapping> groupMappings;
    int syncIntervalMinutes = 60; // 0: only by ldap.sync

    QJsonObject toJson() const;
    static LdapDirectory fromJson(const QJsonValue& value); // lenient (the client)
    bool operator==(const LdapDirectory&) const = default;
};

// config.set / config.get key "ldap": {"directories": [...]}.
struct LdapSettings
{
    QList<LdapDirectory> directories;

    QJsonObject toJson() const;
    static LdapSettings fromJson(const QJsonValue& value); // lenient (the client)
    // The value of config.set, strictly: problems named inside it
    // ("value.directories[1].url").
    static Result<LdapSettings, rpc::RpcError> parse(const QJsonValue& value);
    bool operator==(const LdapSettings&) const = default;
};

// ldap.test: a stored directory by name.
struct LdapTestParams
{
    QString name;

    QJsonObject toJson() const;
    static Result<LdapTestParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// ldap.sync: one directory by name, or all of them.
struct LdapSyncParams
{
    std::optional<QString> name;

    QJsonObject toJson() const;
    static Result<LdapSyncParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct LdapUserSample
{
    QString dn;
    QString login;
    QString name;
    QString email;

    QJsonObject toJson() const;
    static LdapUserSample fromJson(const QJsonValue& value);
    bool operator==(const LdapUserSample&) const = default;
};

// What ldap.test found: the first step that failed - dns, connect, tls, bind (the service
// account), base_dn (not found), filter (matched no user), search - with the server's or the
// library's words; when ok, how many users the filter matched and the first few.
struct LdapTestResult
{
    bool ok = false;
    QString step;
    QString message;
    int matched = 0;
    QList<LdapUserSample> sample;

    QJsonObject toJson() const;
    static LdapTestResult fromJson(const QJsonValue& value);
    bool operator==(const LdapTestResult&) const = default;
};

// ldap.sync: what one run did, over the directories it covered. Errors name their directory.
struct LdapSyncResult
{
    int created = 0;
    int updated = 0;
    int disabled = 0;
    int unchanged = 0;
    QStringList errors;

    LdapSyncResult& operator+=(const LdapSyncResult& other);
    QJsonObject toJson() const;
    static LdapSyncResult fromJson(const QJsonValue& value);
    bool operator==(const LdapSyncResult&) const = default;
};

} // namespace frontline::api
