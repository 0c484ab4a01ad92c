// The mailbox administration's params and results (shared/api/mailapi.h): params refused with
// the field named, results written by the server and read back by a client field by field,
// and never a password in what comes back.
#include "api/mailapi.h"
#include "testhelpers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::jsonObject;

namespace {

QString fieldOf(const rpc::RpcError& error)
{
    return error.data.toObject().value("field"_L1).toString();
}

QJsonObject validCreate()
{
    return jsonObject(R"({"name": "IT desk", "host": "imap.example.org", "port": 993,
                     "security": "tls", "username": "desk@example.org", "password": "secret"})");
}

} // namespace

TEST(MailApi, CreateNeedsTheConnectionAndNamesTheMissingField)
{
    const auto parsed = MailboxCreateParams::fromJson(validCreate());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->fields.name, u"IT desk"_s);
    EXPECT_EQ(parsed->fields.port, 993);
    EXPECT_FALSE(parsed->fields.group.present);
    EXPECT_EQ(MailboxCreateParams::fromJson(parsed->toJson())->toJson(), parsed->toJson());

    for (const char* field : {"name", "host", "port", "security", "username", "password"}) {
        QJsonObject params = validCreate();
        params.remove(QLatin1StringView(field));
        const auto refused = MailboxCreateParams::fromJson(params);
        ASSERT_FALSE(refused.ok()) << field;
        EXPECT_EQ(refused.error().code, -32602);
        EXPECT_EQ(fieldOf(refused.error()), QLatin1StringView(field));
    }
    auto bad = [](const char* field, const QJsonValue& value) {
        QJsonObject params = validCreate();
        params.insert(QLatin1StringView(field), value);
        const auto refused = MailboxCreateParams::fromJson(params);
        return refused.ok() ? QString() : fieldOf(refused.error());
    };
    EXPECT_EQ(bad("security", u"ssl"_s), u"security"_s);
    EXPECT_EQ(bad("port", 70000), u"port"_s);
    EXPECT_EQ(bad("unknown_senders", u"maybe"_s), u"unknown_senders"_s);
    EXPECT_EQ(bad("certificate", u"not a certificate"_s), u"certificate"_s);
    EXPECT_EQ(bad("group", u"L1"_s), u"group"_s);
    EXPECT_EQ(bad("colour", u"red"_s), u"colour"_s); // unknown fields are refused
}

TEST(MailApi, UpdateTakesAnySubsetAndClearsTheGroupWithNull)
{
    const auto parsed = MailboxUpdateParams::fromJson(jsonObject(R"({"id": 4, "group": null})"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->id, 4);
    EXPECT_TRUE(parsed->fields.group.isNull());
    EXPECT_FALSE(parsed->fields.password.has_value()); // absent: kept as it was
    EXPECT_EQ(parsed->toJson(), jsonObject(R"({"id": 4, "group": null})"));
    EXPECT_EQ(fieldOf(MailboxUpdateParams::fromJson(jsonObject(R"({"name": "x"})")).error()),
              u"id"_s);
}

TEST(MailApi, MailboxInfoRoundTripsWithoutAnyPassword)
{
    MailboxInfo info;
    info.id = 7;
    info.name = u"IT desk"_s;
    info.address = u"desk@example.org"_s;
    info.host = u"imap.example.org"_s;
    info.port = 993;
    info.security = u"tls"_s;
    info.username = u"desk"_s;
    info.folder = u"INBOX"_s;
    info.quarantineFolder = u"Quarantine"_s;
    info.group = 2;
    info.category = u"Hardware"_s;
    info.smtpHost = u"smtp.example.org"_s;
    info.smtpPort = 587;
    info.smtpSecurity = u"starttls"_s;
    info.smtpUsername = u"desk"_s;
    info.fromAddress = u"helpdesk@example.org"_s;
    info.fromName = u"IT Help Desk"_s;
    const MailboxList list {{info}};
    EXPECT_EQ(MailboxList::fromJson(list.toJson()), list);
    const QByteArray wire = QJsonDocument(list.toJson()).toJson(QJsonDocument::Compact);
    EXPECT_FALSE(wire.contains("password"));
    EXPECT_EQ(info.toJson(),
              jsonObject(R"({"id": 7, "name": "IT desk", "address": "desk@example.org",
                        "host": "imap.example.org", "port": 993, "security": "tls",
                        "username": "desk", "folder": "INBOX",
                        "quarantine_folder": "Quarantine", "has_certificate": false,
                        "group": 2, "category": "Hardware", "unknown_senders": "create",
                        "enabled": true, "smtp_host": "smtp.example.org", "smtp_port": 587,
                        "smtp_security": "starttls", "smtp_username": "desk",
                        "from_address": "helpdesk@example.org", "from_name": "IT Help Desk",
                        "readable": true})"));
}

TEST(MailApi, TestResultAndQuarantineKeepTheirWireShape)
{
    const MailboxTestResult failed {false, u"login"_s, u"LOGIN failed"_s, true};
    EXPECT_EQ(MailboxTestResult::fromJson(failed.toJson()), failed);
    const MailboxTestResult passed {true, {}, u"ok"_s, true};
    EXPECT_EQ(passed.toJson(),
              jsonObject(R"({"ok": true, "step": null, "message": "ok", "idle": true})"));

    QuarantineList page;
    page.items = {{12, 3, u"IT desk"_s, u"cannot be parsed: no header"_s, {}, {}, 1767225600000}};
    EXPECT_EQ(QuarantineList::fromJson(page.toJson()), page);
    EXPECT_EQ(page.toJson(),
              jsonObject(R"({"items": [{"id": 12, "mailbox": 3, "mailbox_name": "IT desk",
                        "reason": "cannot be parsed: no header", "subject": "", "sender": "",
                        "quarantined_at": "2026-01-01T00:00:00.000Z"}],
                        "next_cursor": null})"));
    page.nextCursor = 12;
    EXPECT_EQ(QuarantineList::fromJson(page.toJson()), page);
    EXPECT_EQ(MailboxDeleted::fromJson(MailboxDeleted {5}.toJson()), MailboxDeleted {5});
    EXPECT_EQ(QuarantineListParams::fromJson(jsonObject(R"({"limit": 0})")).error().code, -32602);
}
