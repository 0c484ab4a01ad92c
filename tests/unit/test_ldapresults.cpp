// The directory settings and ldap.test / ldap.sync results (shared/api/ldapapi.h): written by
// the server and read back by the client field by field, the wire shape pinned by a literal, and
// config.set's value refused with the field inside it named.
#include "api/ldapapi.h"
#include "testhelpers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::jsonObject;

namespace {

LdapDirectory directory()
{
    LdapDirectory d;
    d.name = u"Head office"_s;
    d.url = u"ldaps://dc1.example.com"_s;
    d.starttls = false;
    d.caFile = u"/etc/frontline/ad-ca.pem"_s;
    d.bindDn = u"cn=frontline,ou=services,dc=example,dc=com"_s;
    d.bindPasswordSet = true;
    d.baseDn = u"ou=people,dc=example,dc=com"_s;
    d.userFilter = u"(objectClass=user)"_s;
    d.loginAttribute = u"sAMAccountName"_s;
    d.nameAttribute = u"displayName"_s;
    d.groupMappings = {{u"cn=it,ou=groups,dc=example,dc=com"_s, u"agent"_s, {u"L1"_s, u"L2"_s}},
                       {u"cn=staff,ou=groups,dc=example,dc=com"_s, QString(), {}}};
    d.syncIntervalMinutes = 15;
    return d;
}

} // namespace

TEST(LdapResults, SettingsRoundTripAndNeverCarryAPasswordUnlessGiven)
{
    LdapSettings settings;
    settings.directories = {directory()};
    const QJsonObject json = settings.toJson();
    EXPECT_EQ(LdapSettings::fromJson(json), settings);
    EXPECT_FALSE(json["directories"_L1][0].toObject().contains("bind_password"_L1));
    // What config.get answered may be sent back to config.set as it is.
    const auto parsed = LdapSettings::parse(json);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_FALSE(parsed->directories.constFirst().bindPassword.has_value());
    EXPECT_EQ(parsed->directories.constFirst().groupMappings, directory().groupMappings);

    EXPECT_EQ(QJsonDocument(LdapSettings {{directory()}}.toJson()).toJson(QJsonDocument::Compact),
              QByteArray(R"({"directories":[{"base_dn":"ou=people,dc=example,dc=com",)"
                         R"("bind_dn":"cn=frontline,ou=services,dc=example,dc=com",)"
                         R"("bind_password_set":true,"ca_file":"/etc/frontline/ad-ca.pem",)"
                         R"("group_mappings":[{"group_dn":"cn=it,ou=groups,dc=example,dc=com",)"
                         R"("groups":["L1","L2"],"role":"agent"},)"
                         R"({"group_dn":"cn=staff,ou=groups,dc=example,dc=com","groups":[],)"
                         R"("role":""}],"login_attribute":"sAMAccountName",)"
                         R"("mail_attribute":"mail","name":"Head office",)"
                         R"("name_attribute":"displayName","starttls":false,)"
                         R"("sync_interval_minutes":15,"url":"ldaps://dc1.example.com",)"
                         R"x("user_filter":"(objectClass=user)"}]})x"));
}

TEST(LdapResults, SettingsAreRefusedNamingTheFieldInsideTheValue)
{
    auto refused = [](const char* text) {
        const auto parsed = LdapSettings::parse(jsonObject(text));
        return parsed.ok() ? QString() : parsed.error().field();
    };
    EXPECT_EQ(refused(R"({})"), u"value.directories"_s);
    EXPECT_EQ(refused(R"({"directories": [{"name": "A", "url": "ftp://x", "bind_dn": "cn=s",
                      "base_dn": "dc=x"}]})"),
              u"value.directories[0].url"_s);
    EXPECT_EQ(refused(R"({"directories": [{"name": "A", "url": "ldap://x.example.com",
                      "starttls": false, "bind_dn": "cn=s", "base_dn": "dc=x"}]})"),
              u"value.directories[0].starttls"_s);
    EXPECT_EQ(refused(R"({"directories": [{"name": "A", "url": "ldap://127.0.0.1:3890",
                      "starttls": false, "bind_dn": "cn=s", "base_dn": "dc=x"}]})"),
              QString()); // plain LDAP to this machine
    EXPECT_EQ(refused(R"({"directories": [{"name": "A", "url": "ldaps://x", "bind_dn": "cn=s",
                      "base_dn": "dc=x", "user_filter": "uid=*"}]})"),
              u"value.directories[0].user_filter"_s);
    EXPECT_EQ(refused(R"({"directories": [{"name": "A", "url": "ldaps://x", "bind_dn": "cn=s",
                      "base_dn": "dc=x", "login_attribute": "u id"}]})"),
              u"value.directories[0].login_attribute"_s);
    EXPECT_EQ(refused(R"({"directories": [{"name": "A", "url": "ldaps://x", "bind_dn": "cn=s",
                      "base_dn": "dc=x", "group_mappings": [{"group_dn": "cn=g", "groups": [""]}]}]})"),
              u"value.directories[0].group_mappings[0].groups[0]"_s);
    EXPECT_EQ(refused(R"({"directories": [{"name": "A", "url": "ldaps://x", "bind_dn": "cn=s",
                      "base_dn": "dc=x"}, {"name": "a", "url": "ldaps://y", "bind_dn": "cn=s",
                      "base_dn": "dc=y"}]})"),
              u"value.directories[1].name"_s);
    EXPECT_EQ(refused(R"({"directories": [{"name": "A", "url": "ldaps://x", "bind_dn": "cn=s",
                      "base_dn": "dc=x", "colour": "blue"}]})"),
              u"value.directories[0].colour"_s);
}

TEST(LdapResults, TestAndSyncResultsRoundTrip)
{
    LdapTestResult test;
    test.ok = true;
    test.matched = 2;
    test.sample = {{u"uid=ann,dc=x"_s, u"ann"_s, u"Ann"_s, u"ann@x.test"_s}};
    EXPECT_EQ(LdapTestResult::fromJson(test.toJson()), test);
    EXPECT_EQ(QJsonDocument(test.toJson()).toJson(QJsonDocument::Compact),
              QByteArray(R"({"matched":2,"message":"","ok":true,"sample":[{"dn":"uid=ann,dc=x",)"
                         R"("email":"ann@x.test","login":"ann","name":"Ann"}],"step":""})"));

    LdapSyncResult sync {3, 1, 2, 40, {u"Head office: unreachable"_s}};
    EXPECT_EQ(LdapSyncResult::fromJson(sync.toJson()), sync);
    EXPECT_EQ(QJsonDocument(sync.toJson()).toJson(QJsonDocument::Compact),
              QByteArray(R"({"created":3,"disabled":2,"errors":["Head office: unreachable"],)"
                         R"("unchanged":40,"updated":1})"));
    sync += LdapSyncResult {1, 0, 0, 1, {}};
    EXPECT_EQ(sync.created, 4);
    EXPECT_EQ(sync.unchanged, 41);
}

TEST(LdapResults, TestAndSyncParams)
{
    EXPECT_EQ(LdapTestParams::fromJson(jsonObject(R"({"name": "A"})"))->name, u"A"_s);
    EXPECT_EQ(LdapTestParams::fromJson(jsonObject(R"({})")).error().field(), u"name"_s);
    EXPECT_FALSE(LdapSyncParams::fromJson(QJsonValue())->name.has_value());
    EXPECT_EQ(LdapSyncParams::fromJson(jsonObject(R"({"name": "A"})"))->name, u"A"_s);
}
