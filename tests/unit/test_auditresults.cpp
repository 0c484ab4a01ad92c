// The audit log's params and results: strict params (the bad field named), entries and pages
// that round-trip, the wire shape pinned as literal JSON, and the server's diff that never lets
// a secret through.
#include "api/auditapi.h"
#include "services/auditlog.h"
#include "testhelpers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server;
using namespace Qt::StringLiterals;
using frontline::test::compactJson;

namespace {

QJsonValue parsed(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

api::AuditEntry sample()
{
    api::AuditEntry entry;
    entry.id = 42;
    entry.at = 1764921600000; // 2025-12-05T08:00:00.000Z
    entry.actorId = 1;
    entry.actorName = u"admin"_s;
    entry.via = u"session"_s;
    entry.peer = u"127.0.0.1"_s;
    entry.action = u"user.update"_s;
    entry.targetType = u"user"_s;
    entry.targetId = 7;
    entry.targetLabel = u"carl"_s;
    entry.details = parsed(R"({"role":{"before":"agent","after":"manager"}})").toObject();
    return entry;
}

} // namespace

TEST(AuditResults, EntryRoundTripsAndItsWireShapeIsPinned)
{
    const api::AuditEntry entry = sample();
    EXPECT_EQ(api::AuditEntry::fromJson(entry.toJson()), entry);
    EXPECT_EQ(
        compactJson(entry.toJson()),
        QByteArray(
            R"({"action":"user.update","actor":1,"actor_name":"admin","at":"2025-12-05T08:00:00.000Z",)"
            R"("details":{"role":{"after":"manager","before":"agent"}},"id":42,"peer":"127.0.0.1",)"
            R"("target_id":7,"target_label":"carl","target_type":"user","via":"session"})"));
    EXPECT_EQ(entry.summary(), u"role"_s);
    ASSERT_EQ(entry.changes().size(), 1);
    EXPECT_EQ(entry.changes().first(),
              (api::AuditEntry::Change {u"role"_s, u"agent"_s, u"manager"_s}));

    api::AuditEntry anonymous;
    anonymous.action = u"auth.login_failed"_s;
    const QJsonObject wire = anonymous.toJson();
    EXPECT_TRUE(wire.value("actor"_L1).isNull());
    EXPECT_TRUE(wire.value("target_id"_L1).isNull());
    EXPECT_EQ(api::AuditEntry::fromJson(wire).actorId, std::nullopt);
}

TEST(AuditResults, PageRoundTripsWithItsCursor)
{
    api::AuditPage page;
    page.items = {sample(), sample()};
    page.items[1].id = 41;
    page.nextCursor = u"41"_s;
    EXPECT_EQ(api::AuditPage::fromJson(page.toJson()), page);
    api::AuditPage last;
    EXPECT_TRUE(last.toJson().value("next_cursor"_L1).isNull());
    EXPECT_EQ(compactJson(last.toJson()), QByteArray(R"({"items":[],"next_cursor":null})"));
}

TEST(AuditResults, ListParamsNameTheBadFieldAndRoundTrip)
{
    const auto ok = api::AuditListParams::fromJson(parsed(
        R"({"actor":3,"action":"user.","target_type":"user","target_id":7,"from":"2026-01-01T00:00:00.000Z","to":"2026-02-01T00:00:00.000Z","text":"carl","limit":20,"cursor":"99"})"));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->filter.actor, 3);
    EXPECT_EQ(ok->limit, 20);
    const auto again = api::AuditListParams::fromJson(ok->toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->filter, ok->filter);
    EXPECT_EQ(again->cursor, u"99"_s);

    EXPECT_EQ(api::AuditListParams::fromJson(parsed(R"({"from":"monday"})")).error().field(),
              u"from"_s);
    EXPECT_EQ(api::AuditListParams::fromJson(parsed(R"({"limit":0})")).error().field(), u"limit"_s);
    EXPECT_EQ(api::AuditListParams::fromJson(parsed(R"({"cursor":"-4"})")).error().field(),
              u"cursor"_s);
    EXPECT_EQ(api::AuditExportParams::fromJson(parsed(R"({"limit":5})")).error().field(),
              u"limit"_s)
        << "the export takes filters only";
}

TEST(AuditResults, TheDiffKeepsWhatChangedAndNeverASecret)
{
    const QJsonObject diff = AuditLog::diff(
        parsed(
            R"({"id":1,"name":"a","password":"old","updated_at":"x","nested":{"k":1,"same":2}})"),
        parsed(
            R"({"id":1,"name":"b","password":"new","updated_at":"y","nested":{"k":3,"same":2}})"));
    EXPECT_EQ(compactJson(diff),
              QByteArray(R"({"name":{"after":"b","before":"a"},"nested.k":{"after":3,"before":1},)"
                         R"("password":{"after":"changed"}})"));
    // A creation has no before, a deletion no after.
    EXPECT_EQ(compactJson(AuditLog::diff(QJsonValue(), parsed(R"({"name":"n"})"))),
              QByteArray(R"({"name":{"after":"n"}})"));
    EXPECT_EQ(compactJson(AuditLog::diff(parsed(R"({"name":"n"})"), QJsonValue())),
              QByteArray(R"({"name":{"before":"n"}})"));
    EXPECT_EQ(AuditLog::secretsIn(parsed(R"({"key":"smtp","value":{"password":"p","host":"h"}})")),
              QStringList {u"value.password"_s});
    EXPECT_TRUE(AuditLog::secretsIn(parsed(R"({"password":""})")).isEmpty())
        << "an empty password removes one; that is shown by password_set";
    EXPECT_FALSE(AuditLog::isSecret(u"password_set"_s));
    EXPECT_TRUE(AuditLog::isSecret(u"smtp_password"_s));
}
