// The audit log (issue 20) against the real server on both databases: every admin and security
// change leaves exactly one entry, in the same transaction, with what changed before and after
// and never a secret; a refused change leaves none; failed sign-ins are on record with the
// address; the log cannot be altered; pages, filters and the CSV export.
#include "core/timeutil.h"
#include "harnessfixture.h"
#include "storage/databaseconfig.h"
#include "storage/sqlsession.h"
#include "testhelpers.h"
#include "testsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class AuditLogTest : public HarnessFixture
{
protected:
    QStringList serverArguments() const override
    {
        return {u"--mail-key-file"_s, m_keyDir.filePath(u"mail.key"_s)};
    }

    // The newest entry's id: what a call adds comes after it.
    qint64 mark()
    {
        const Reply page = admin().call(u"audit.list"_s, QJsonObject {{"limit"_L1, 1}});
        EXPECT_TRUE(page.ok()) << page.describe();
        const QJsonArray items = page.items();
        return items.isEmpty() ? 0 : items.first().toObject().value("id"_L1).toInteger();
    }

    // The entries written after `since`, oldest first.
    QList<QJsonObject> since(qint64 since)
    {
        const Reply page = admin().call(u"audit.list"_s, QJsonObject {{"limit"_L1, 500}});
        EXPECT_TRUE(page.ok()) << page.describe();
        QList<QJsonObject> entries;
        for (const QJsonValue& item : page.items()) {
            if (item.toObject().value("id"_L1).toInteger() > since)
                entries.prepend(item.toObject());
        }
        return entries;
    }

    // Calls `method` as the admin and returns the one entry it left (fails if not exactly one).
    QJsonObject onlyEntryOf(const QString& method, const QJsonObject& params,
                            Reply* reply = nullptr)
    {
        const qint64 before = mark();
        const Reply answer = admin().call(method, params);
        EXPECT_TRUE(answer.ok()) << method.toStdString() << ": " << answer.describe();
        if (reply)
            *reply = answer;
        const QList<QJsonObject> entries = since(before);
        EXPECT_EQ(entries.size(), 1) << method.toStdString();
        return entries.isEmpty() ? QJsonObject() : entries.constFirst();
    }

    static QJsonObject change(const QJsonObject& entry, const QString& field)
    {
        return entry.value("details"_L1).toObject().value(field).toObject();
    }

    QTemporaryDir m_keyDir;
};

} // namespace

TEST_P(AuditLogTest, UsersAndGroupsLeaveOneEntryEachWithBeforeAndAfterAndNoSecret)
{
    const char* secret = "Unguessable-Secret-771";
    Reply created;
    QJsonObject entry = onlyEntryOf(u"user.create"_s,
                                    QJsonObject {{"username"_L1, u"carl"_s},
                                                 {"password"_L1, QString::fromLatin1(secret)},
                                                 {"display_name"_L1, u"Carl"_s},
                                                 {"email"_L1, u"carl@example.test"_s},
                                                 {"role"_L1, u"agent"_s}},
                                    &created);
    const qint64 carl = created.object().value("id"_L1).toInteger();
    EXPECT_EQ(entry.value("action"_L1).toString(), u"user.create"_s);
    EXPECT_EQ(entry.value("actor_name"_L1).toString(), u"admin"_s);
    EXPECT_EQ(entry.value("via"_L1).toString(), u"session"_s);
    EXPECT_EQ(entry.value("peer"_L1).toString(), u"127.0.0.1"_s);
    EXPECT_EQ(entry.value("target_type"_L1).toString(), u"user"_s);
    EXPECT_EQ(entry.value("target_id"_L1).toInteger(), carl);
    EXPECT_EQ(entry.value("target_label"_L1).toString(), u"carl"_s);
    EXPECT_EQ(change(entry, u"role"_s).value("after"_L1).toString(), u"agent"_s);
    EXPECT_FALSE(change(entry, u"role"_s).contains("before"_L1)) << "nothing before a creation";
    EXPECT_EQ(change(entry, u"password"_s).value("after"_L1).toString(), u"changed"_s);

    entry = onlyEntryOf(u"user.update"_s, QJsonObject {{"id"_L1, carl}, {"role"_L1, u"manager"_s}});
    EXPECT_EQ(entry.value("action"_L1).toString(), u"user.update"_s);
    EXPECT_EQ(change(entry, u"role"_s),
              (QJsonObject {{"before"_L1, u"agent"_s}, {"after"_L1, u"manager"_s}}));
    EXPECT_EQ(entry.value("details"_L1).toObject().keys(), QStringList {u"role"_s})
        << "only what changed";

    entry = onlyEntryOf(u"user.set_password"_s,
                        QJsonObject {{"id"_L1, carl}, {"password"_L1, u"Another-Secret-882"_s}});
    EXPECT_EQ(entry.value("action"_L1).toString(), u"user.set_password"_s);
    EXPECT_EQ(change(entry, u"password"_s).value("after"_L1).toString(), u"changed"_s);

    entry = onlyEntryOf(u"user.disable"_s, QJsonObject {{"id"_L1, carl}});
    EXPECT_EQ(change(entry, u"disabled"_s),
              (QJsonObject {{"before"_L1, false}, {"after"_L1, true}}));

    Reply group;
    entry = onlyEntryOf(u"group.create"_s,
                        QJsonObject {{"name"_L1, u"Service Desk"_s}, {"tier"_L1, 1}}, &group);
    const qint64 desk = group.object().value("id"_L1).toInteger();
    EXPECT_EQ(entry.value("target_label"_L1).toString(), u"Service Desk"_s);
    entry = onlyEntryOf(u"group.update"_s,
                        QJsonObject {{"id"_L1, desk}, {"description"_L1, u"First line"_s}});
    EXPECT_EQ(change(entry, u"description"_s),
              (QJsonObject {{"before"_L1, u""_s}, {"after"_L1, u"First line"_s}}));
    const qint64 alex = createUser(u"alex"_s, u"agent"_s);
    entry = onlyEntryOf(u"group.add_member"_s, QJsonObject {{"group"_L1, desk}, {"user"_L1, alex}});
    EXPECT_EQ(change(entry, u"members"_s).value("after"_L1).toArray(), QJsonArray {alex});
    entry =
        onlyEntryOf(u"group.remove_member"_s, QJsonObject {{"group"_L1, desk}, {"user"_L1, alex}});
    EXPECT_EQ(change(entry, u"members"_s).value("before"_L1).toArray(), QJsonArray {alex});

    Reply category;
    onlyEntryOf(u"category.create"_s, QJsonObject {{"name"_L1, u"Network"_s}}, &category);
    entry = onlyEntryOf(
        u"category.update"_s,
        QJsonObject {{"id"_L1, category.object().value("id"_L1)}, {"name"_L1, u"Networks"_s}});
    EXPECT_EQ(change(entry, u"name"_s),
              (QJsonObject {{"before"_L1, u"Network"_s}, {"after"_L1, u"Networks"_s}}));

    // No secret anywhere in the log, nor in its export.
    const QByteArray log =
        QJsonDocument(admin().call(u"audit.list"_s, QJsonObject {{"limit"_L1, 500}}).object())
            .toJson();
    EXPECT_FALSE(log.contains(secret));
    EXPECT_FALSE(log.contains("Another-Secret-882"));
    EXPECT_FALSE(log.contains("$argon2")) << "no password hash either";
}

TEST_P(AuditLogTest, WorkflowSettingsAndMailChangesAreAudited)
{
    Reply reply;
    QJsonObject entry = onlyEntryOf(
        u"calendar.create"_s,
        jsonObject(
            R"({"name": "Weekdays", "time_zone": "UTC", "hours": {"mon": [["09:00", "17:00"]]},
                 "holidays": []})"),
        &reply);
    const qint64 calendar = reply.object().value("id"_L1).toInteger();
    EXPECT_EQ(entry.value("action"_L1).toString(), u"calendar.create"_s);
    entry = onlyEntryOf(u"calendar.update"_s,
                        QJsonObject {{"id"_L1, calendar}, {"name"_L1, u"Office hours"_s}});
    EXPECT_EQ(change(entry, u"name"_s),
              (QJsonObject {{"before"_L1, u"Weekdays"_s}, {"after"_L1, u"Office hours"_s}}));

    entry = onlyEntryOf(u"sla.policy.create"_s,
                        QJsonObject {{"name"_L1, u"Standard"_s},
                                     {"response_minutes"_L1, 120},
                                     {"resolve_minutes"_L1, 960}},
                        &reply);
    const qint64 policy = reply.object().value("id"_L1).toInteger();
    entry = onlyEntryOf(u"sla.policy.update"_s,
                        QJsonObject {{"id"_L1, policy}, {"response_minutes"_L1, 60}});
    EXPECT_EQ(entry.value("action"_L1).toString(), u"sla.policy.update"_s);
    EXPECT_EQ(change(entry, u"response_minutes"_s),
              (QJsonObject {{"before"_L1, 120}, {"after"_L1, 60}}));
    entry = onlyEntryOf(u"sla.policy.delete"_s, QJsonObject {{"id"_L1, policy}});
    EXPECT_EQ(entry.value("target_id"_L1).toInteger(), policy);
    EXPECT_EQ(change(entry, u"name"_s), (QJsonObject {{"before"_L1, u"Standard"_s}}))
        << "a deletion keeps what was there";
    onlyEntryOf(u"calendar.delete"_s, QJsonObject {{"id"_L1, calendar}});

    entry = onlyEntryOf(u"rule.create"_s,
                        jsonObject(R"({"name": "Acknowledge", "trigger": {"event": "created"},
                                  "actions": [{"type": "add_tag", "value": "new"}]})"),
                        &reply);
    EXPECT_EQ(entry.value("target_label"_L1).toString(), u"Acknowledge"_s);
    const qint64 rule = reply.object().value("id"_L1).toInteger();
    entry = onlyEntryOf(u"rule.update"_s,
                        QJsonObject {{"id"_L1, rule}, {"name"_L1, u"Acknowledge all"_s}});
    EXPECT_EQ(change(entry, u"name"_s).value("after"_L1).toString(), u"Acknowledge all"_s);
    onlyEntryOf(u"rule.delete"_s, QJsonObject {{"id"_L1, rule}});

    entry = onlyEntryOf(u"canned.create"_s,
                        QJsonObject {{"title"_L1, u"Reboot"_s}, {"body"_L1, u"Please reboot."_s}},
                        &reply);
    const qint64 canned = reply.object().value("id"_L1).toInteger();
    entry = onlyEntryOf(u"canned.update"_s,
                        QJsonObject {{"id"_L1, canned}, {"body"_L1, u"Please restart."_s}});
    EXPECT_EQ(change(entry, u"body"_s).value("before"_L1).toString(), u"Please reboot."_s);
    onlyEntryOf(u"canned.delete"_s, QJsonObject {{"id"_L1, canned}});

    entry = onlyEntryOf(
        u"config.set"_s,
        QJsonObject {{"key"_L1, u"priority_matrix"_s},
                     {"value"_L1, jsonObject(R"({"high": {"high": 1, "medium": 1, "low": 2},
                                           "medium": {"high": 1, "medium": 3, "low": 3},
                                           "low": {"high": 4, "medium": 4, "low": 5}})")}});
    EXPECT_EQ(entry.value("action"_L1).toString(), u"config.set"_s);
    EXPECT_EQ(entry.value("target_label"_L1).toString(), u"priority_matrix"_s);
    EXPECT_EQ(change(entry, u"value.medium.high"_s),
              (QJsonObject {{"before"_L1, 2}, {"after"_L1, 1}}));

    const char* smtpSecret = "Relay-Secret-5521";
    entry = onlyEntryOf(u"config.set"_s,
                        QJsonObject {{"key"_L1, u"smtp"_s},
                                     {"value"_L1,
                                      QJsonObject {{"enabled"_L1, false},
                                                   {"host"_L1, u"127.0.0.1"_s},
                                                   {"security"_L1, u"none"_s},
                                                   {"username"_L1, u"desk"_s},
                                                   {"password"_L1, QString::fromLatin1(smtpSecret)},
                                                   {"from_address"_L1, u"desk@example.test"_s}}}});
    EXPECT_EQ(change(entry, u"password"_s).value("after"_L1).toString(), u"changed"_s);
    EXPECT_EQ(change(entry, u"value.host"_s).value("after"_L1).toString(), u"127.0.0.1"_s);

    const char* imapSecret = "Imap-Secret-3310";
    entry = onlyEntryOf(u"mailbox.create"_s,
                        QJsonObject {{"name"_L1, u"IT Desk"_s},
                                     {"host"_L1, u"127.0.0.1"_s},
                                     {"port"_L1, 1143},
                                     {"security"_L1, u"none"_s},
                                     {"username"_L1, u"desk"_s},
                                     {"password"_L1, QString::fromLatin1(imapSecret)},
                                     {"enabled"_L1, false}},
                        &reply);
    EXPECT_EQ(entry.value("target_label"_L1).toString(), u"IT Desk"_s);
    EXPECT_EQ(change(entry, u"password"_s).value("after"_L1).toString(), u"changed"_s);
    const qint64 mailbox = reply.object().value("id"_L1).toInteger();
    entry = onlyEntryOf(u"mailbox.update"_s, QJsonObject {{"id"_L1, mailbox}, {"port"_L1, 1144}});
    EXPECT_EQ(change(entry, u"port"_s), (QJsonObject {{"before"_L1, 1143}, {"after"_L1, 1144}}));
    onlyEntryOf(u"mailbox.delete"_s, QJsonObject {{"id"_L1, mailbox}});

    entry = onlyEntryOf(u"mail.template.set"_s,
                        QJsonObject {{"kind"_L1, u"received"_s},
                                     {"language"_L1, u"en"_s},
                                     {"subject"_L1, u"We have your request"_s},
                                     {"body"_L1, u"Thanks."_s}});
    EXPECT_EQ(entry.value("target_label"_L1).toString(), u"received (en)"_s);
    EXPECT_EQ(change(entry, u"subject"_s).value("after"_L1).toString(), u"We have your request"_s);

    const QByteArray log =
        QJsonDocument(admin().call(u"audit.list"_s, QJsonObject {{"limit"_L1, 500}}).object())
            .toJson();
    EXPECT_FALSE(log.contains(smtpSecret));
    EXPECT_FALSE(log.contains(imapSecret));
}

TEST_P(AuditLogTest, ARefusedChangeLeavesNoEntry)
{
    createGroup(u"Service Desk"_s, 1);
    const qint64 before = mark();
    EXPECT_EQ(
        admin()
            .call(u"group.create"_s, QJsonObject {{"name"_L1, u"service desk"_s}, {"tier"_L1, 1}})
            .code(),
        -32004)
        << "the name is taken";
    const qint64 rita = createUser(u"rita"_s, u"requester"_s);
    const qint64 desk =
        admin().call(u"group.list"_s).items().first().toObject().value("id"_L1).toInteger();
    const qint64 afterRita = mark();
    const Reply joined =
        admin().call(u"group.add_member"_s, QJsonObject {{"group"_L1, desk}, {"user"_L1, rita}});
    EXPECT_EQ(joined.code(), -32602) << "requesters join no support group";
    EXPECT_EQ(joined.field(), u"user"_s);
    EXPECT_TRUE(since(afterRita).isEmpty());
    EXPECT_EQ(admin()
                  .call(u"category.update"_s, QJsonObject {{"id"_L1, 999}, {"name"_L1, u"x"_s}})
                  .code(),
              -32003);
    const QList<QJsonObject> left = since(before);
    ASSERT_EQ(left.size(), 1) << "only Rita's creation";
    EXPECT_EQ(left.first().value("action"_L1).toString(), u"user.create"_s);
}

TEST_P(AuditLogTest, SignInsAndFailuresAreRecordedWithTheAddress)
{
    const qint64 alex = createUser(u"alex"_s, u"agent"_s);
    const qint64 before = mark();
    TestClient client(server().port());
    ASSERT_TRUE(client.open());
    EXPECT_EQ(client.login(u"alex"_s, u"wrong password"_s).code(), -32009);
    EXPECT_EQ(client.login(u"nobody"_s, u"whatever"_s).code(), -32009);
    ASSERT_TRUE(client.login(u"alex"_s, QString::fromLatin1(Password)).ok());

    const QList<QJsonObject> entries = since(before);
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries.at(0).value("action"_L1).toString(), u"auth.login_failed"_s);
    EXPECT_TRUE(entries.at(0).value("actor"_L1).isNull());
    EXPECT_EQ(entries.at(0).value("actor_name"_L1).toString(), u"alex"_s);
    EXPECT_EQ(entries.at(0).value("target_id"_L1).toInteger(), alex);
    EXPECT_EQ(entries.at(0).value("peer"_L1).toString(), u"127.0.0.1"_s);
    EXPECT_EQ(entries.at(1).value("action"_L1).toString(), u"auth.login_failed"_s);
    EXPECT_TRUE(entries.at(1).value("target_id"_L1).isNull()) << "no such account";
    EXPECT_EQ(entries.at(2).value("action"_L1).toString(), u"auth.login"_s);
    EXPECT_EQ(entries.at(2).value("actor"_L1).toInteger(), alex);
    EXPECT_EQ(entries.at(2).value("peer"_L1).toString(), u"127.0.0.1"_s);
    EXPECT_FALSE(QJsonDocument(entries.at(0)).toJson().contains("wrong password"));

    // Only admins read it.
    EXPECT_EQ(client.call(u"audit.list"_s).code(), -32002);
    EXPECT_EQ(client.call(u"audit.export"_s).code(), -32002);
}

TEST_P(AuditLogTest, EntriesCannotBeAlteredOrRemoved)
{
    createGroup(u"Service Desk"_s, 1);
    ASSERT_GT(mark(), 0);
    auto session = openSession(database(), u"audit-tamper"_s);
    ASSERT_TRUE(session);
    server::SqlSession& sql = *session;
    EXPECT_THROW(sql.execute(u"UPDATE audit_log SET actor_name = 'someone else'"_s),
                 server::DbException);
    EXPECT_THROW(sql.execute(u"DELETE FROM audit_log"_s), server::DbException);
    if (!sql.isSqlite()) {
        EXPECT_THROW(sql.execute(u"TRUNCATE audit_log"_s), server::DbException);
    }
    const QJsonArray items =
        admin().call(u"audit.list"_s, QJsonObject {{"action"_L1, u"group."_s}}).items();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().toObject().value("actor_name"_L1).toString(), u"admin"_s);
}

TEST_P(AuditLogTest, PagesAndFiltersFindEveryEntryOnce)
{
    const qint64 alex = createUser(u"alex"_s, u"admin"_s);
    auto alexClient = connectAs(u"alex"_s);
    QList<qint64> categories;
    for (int i = 0; i < 7; ++i) {
        TestClient& who = i % 2 ? *alexClient : admin();
        const Reply created =
            who.call(u"category.create"_s, QJsonObject {{"name"_L1, u"Category %1"_s.arg(i)}});
        ASSERT_TRUE(created.ok()) << created.describe();
        categories.append(created.object().value("id"_L1).toInteger());
    }

    // Keyset pages of 3: every category entry once, newest first.
    QList<qint64> seen;
    QString cursor;
    int pages = 0;
    do {
        QJsonObject params {{"action"_L1, u"category."_s}, {"limit"_L1, 3}};
        if (!cursor.isEmpty())
            params.insert("cursor"_L1, cursor);
        const Reply page = admin().call(u"audit.list"_s, params);
        ASSERT_TRUE(page.ok()) << page.describe();
        for (const QJsonValue& item : page.items())
            seen.append(item.toObject().value("target_id"_L1).toInteger());
        cursor = page.object().value("next_cursor"_L1).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    EXPECT_EQ(pages, 3);
    QList<qint64> expected(categories.crbegin(), categories.crend());
    EXPECT_EQ(seen, expected);

    auto count = [this](const QJsonObject& filter) {
        const Reply page = admin().call(u"audit.list"_s, filter);
        EXPECT_TRUE(page.ok()) << page.describe();
        return page.items().size();
    };
    EXPECT_EQ(count(QJsonObject {{"actor"_L1, alex}, {"action"_L1, u"category.create"_s}}), 3);
    EXPECT_EQ(
        count(QJsonObject {{"target_type"_L1, u"category"_s}, {"target_id"_L1, categories.at(4)}}),
        1);
    EXPECT_EQ(count(QJsonObject {{"text"_L1, u"CATEGORY 6"_s}}), 1) << "any case";
    EXPECT_EQ(count(QJsonObject {{"text"_L1, u"100%"_s}}), 0) << "% is a character, not a pattern";
    EXPECT_EQ(count(QJsonObject {{"action"_L1, u"auth.login"_s}, {"actor"_L1, alex}}), 1);

    // A time range on the server's clock.
    clock().advance(60 * 60 * 1000);
    const qint64 later = clock().now();
    ASSERT_TRUE(admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Later"_s}}).ok());
    const QString from = timeutil::toIso(later - 1000);
    EXPECT_EQ(count(QJsonObject {{"from"_L1, from}, {"action"_L1, u"category."_s}}), 1);
    EXPECT_EQ(count(QJsonObject {{"to"_L1, from}, {"action"_L1, u"category."_s}}), 7);

    const Reply bad = admin().call(u"audit.list"_s, QJsonObject {{"from"_L1, u"yesterday"_s}});
    EXPECT_EQ(bad.code(), -32602);
    EXPECT_EQ(bad.field(), u"from"_s);
    EXPECT_EQ(admin().call(u"audit.list"_s, QJsonObject {{"cursor"_L1, u"abc"_s}}).field(),
              u"cursor"_s);
}

TEST_P(AuditLogTest, TheCsvExportNeutralisesFormulas)
{
    ASSERT_TRUE(
        admin()
            .call(u"category.create"_s, QJsonObject {{"name"_L1, u"=HYPERLINK(\"http://evil\")"_s}})
            .ok());
    const Reply file = admin().call(u"audit.export"_s, QJsonObject {{"action"_L1, u"category."_s}});
    ASSERT_TRUE(file.ok()) << file.describe();
    EXPECT_EQ(file.object().value("content_type"_L1).toString(), u"text/csv; charset=utf-8"_s);
    const QByteArray csv =
        QByteArray::fromBase64(file.object().value("data"_L1).toString().toLatin1());
    const QList<QByteArray> lines = csv.split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).contains("Action"));
    EXPECT_TRUE(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")) << csv.toStdString();
    EXPECT_FALSE(csv.contains(",=HYPERLINK")) << "never a bare formula";
    EXPECT_TRUE(csv.contains("category.create"));
}

// Signing in again with a stored credential, signing out, ending sessions, unlocking an account
// and resetting a second factor are on record: who did it to whom, and with what.
TEST_P(AuditLogTest, ResumesLogoutsRevokesUnlocksAndSecondFactorResetsAreOnRecord)
{
    const qint64 alex = createUser(u"alex"_s, u"agent"_s);
    TestClient laptop(server().port());
    ASSERT_TRUE(laptop.open());
    const Reply login = laptop.login(u"alex"_s, QString::fromLatin1(Password));
    ASSERT_TRUE(login.ok()) << login.describe();
    const QString sessionToken = login.object().value("token"_L1).toString();
    const Reply created = laptop.call(
        u"token.create"_s,
        QJsonObject {{"name"_L1, u"monitoring"_s}, {"scopes"_L1, QJsonArray {u"ticket."_s}}});
    ASSERT_TRUE(created.ok()) << created.describe();
    const QString apiToken = created.object().value("secret"_L1).toString();
    const qint64 tokenId = created.object().value("id"_L1).toInteger();
    ASSERT_FALSE(apiToken.isEmpty()) << created.describe();

    // auth.resume with the session's token, then with the API token: which one is recorded.
    qint64 before = mark();
    TestClient desktop(server().port());
    ASSERT_TRUE(desktop.open());
    ASSERT_TRUE(desktop.call(u"auth.resume"_s, QJsonObject {{"token"_L1, sessionToken}}).ok());
    TestClient script(server().port());
    ASSERT_TRUE(script.open());
    ASSERT_TRUE(script.call(u"auth.resume"_s, QJsonObject {{"token"_L1, apiToken}}).ok());
    TestClient stranger(server().port());
    ASSERT_TRUE(stranger.open());
    EXPECT_EQ(stranger.call(u"auth.resume"_s, QJsonObject {{"token"_L1, u"not a token"_s}}).code(),
              -32001);
    QList<QJsonObject> entries = since(before);
    ASSERT_EQ(entries.size(), 2) << "a refused resume is no sign-in";
    for (const QJsonObject& entry : entries) {
        EXPECT_EQ(entry.value("action"_L1).toString(), u"auth.resume"_s);
        EXPECT_EQ(entry.value("actor"_L1).toInteger(), alex);
        EXPECT_EQ(entry.value("target_id"_L1).toInteger(), alex);
    }
    EXPECT_EQ(change(entries.at(0), u"credential"_s).value("after"_L1).toString(), u"session"_s);
    EXPECT_EQ(entries.at(0).value("via"_L1).toString(), u"session"_s);
    EXPECT_EQ(change(entries.at(1), u"credential"_s).value("after"_L1).toString(), u"api_token"_s);
    EXPECT_EQ(entries.at(1).value("via"_L1).toString(), u"token:%1"_s.arg(tokenId));
    EXPECT_FALSE(QJsonDocument(entries.at(1)).toJson().contains(apiToken.toUtf8()));

    // auth.logout: the desktop's session ends (the laptop shares its token).
    before = mark();
    ASSERT_TRUE(desktop.call(u"auth.logout"_s).ok());
    entries = since(before);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.at(0).value("action"_L1).toString(), u"auth.logout"_s);
    EXPECT_EQ(entries.at(0).value("actor"_L1).toInteger(), alex);

    // An admin ends every session of alex's, unlocks the account and resets the second factor.
    TestClient phone(server().port());
    ASSERT_TRUE(phone.open());
    ASSERT_TRUE(phone.login(u"alex"_s, QString::fromLatin1(Password)).ok());
    for (const auto& [method, action] :
         {std::pair {u"session.revoke_all"_s, u"session.revoke_all"_s},
          std::pair {u"user.unlock"_s, u"user.unlock"_s},
          std::pair {u"auth.totp.reset"_s, u"auth.totp.reset"_s}}) {
        const QJsonObject params = method == u"session.revoke_all"_s
            ? QJsonObject {{"user_id"_L1, alex}}
            : QJsonObject {{"id"_L1, alex}};
        const QJsonObject entry = onlyEntryOf(method, params);
        EXPECT_EQ(entry.value("action"_L1).toString(), action);
        EXPECT_EQ(entry.value("target_id"_L1).toInteger(), alex) << method.toStdString();
        EXPECT_NE(entry.value("actor"_L1).toInteger(), alex) << "the admin did it";
    }
    EXPECT_EQ(phone.call(u"ticket.list"_s).code(), -32001);
}

// A CSV import is on record row by row and as a whole; a dry run leaves nothing.
TEST_P(AuditLogTest, ImportsAreOnRecordAndDryRunsAreNot)
{
    const QString orgs = u"name,domains\nAcme,acme.test\n"_s;
    qint64 before = mark();
    ASSERT_TRUE(
        admin().call(u"org.import"_s, QJsonObject {{"csv"_L1, orgs}, {"dry_run"_L1, true}}).ok());
    EXPECT_TRUE(since(before).isEmpty());
    ASSERT_TRUE(
        admin().call(u"org.import"_s, QJsonObject {{"csv"_L1, orgs}, {"dry_run"_L1, false}}).ok());
    QList<QJsonObject> entries = since(before);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).value("action"_L1).toString(), u"org.create"_s);
    EXPECT_EQ(entries.at(0).value("target_label"_L1).toString(), u"Acme"_s);
    EXPECT_EQ(entries.at(1).value("action"_L1).toString(), u"org.import"_s);
    EXPECT_EQ(change(entries.at(1), u"created"_s).value("after"_L1).toInt(), 1);

    const QString users = u"username,email,display_name\nbea,bea@acme.test,Bea\n"_s;
    before = mark();
    ASSERT_TRUE(
        admin().call(u"user.import"_s, QJsonObject {{"csv"_L1, users}, {"dry_run"_L1, true}}).ok());
    EXPECT_TRUE(since(before).isEmpty());
    ASSERT_TRUE(admin()
                    .call(u"user.import"_s, QJsonObject {{"csv"_L1, users}, {"dry_run"_L1, false}})
                    .ok());
    entries = since(before);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).value("action"_L1).toString(), u"user.create"_s);
    EXPECT_EQ(entries.at(0).value("target_label"_L1).toString(), u"bea"_s);
    EXPECT_EQ(entries.at(1).value("action"_L1).toString(), u"user.import"_s);
    EXPECT_EQ(change(entries.at(1), u"created"_s).value("after"_L1).toInt(), 1);
    const Reply found =
        admin().call(u"audit.list"_s, QJsonObject {{"action"_L1, u"user.import"_s}});
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.items().size(), 1) << "found by its action";
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditLogTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
