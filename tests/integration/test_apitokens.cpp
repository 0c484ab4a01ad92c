// API tokens and signed-in devices (issue 20), over a real socket against the in-process server:
// a script's token does only what its scopes and its owner's role allow, is refused once
// expired or revoked, and its last use is recorded; a revoked session is cut at once.
#include "harnessfixture.h"

#include <QDateTime>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class ApiTokenTest : public HarnessFixture
{
protected:
    // token.create as `owner`; the answer (with the secret).
    Reply createToken(TestClient& owner, const QString& name, const QStringList& scopes,
                      std::optional<qint64> expiresAt = std::nullopt)
    {
        QJsonObject params {{"name"_L1, name}, {"scopes"_L1, QJsonArray::fromStringList(scopes)}};
        if (expiresAt)
            params.insert(
                "expires_at"_L1,
                QDateTime::fromMSecsSinceEpoch(*expiresAt, Qt::UTC).toString(Qt::ISODateWithMs));
        return owner.call(u"token.create"_s, params);
    }

    // A new connection that resumed with `secret`; null when auth.resume refused it.
    std::unique_ptr<TestClient> connectWithToken(const QString& secret, Reply* answer = nullptr)
    {
        auto client = std::make_unique<TestClient>(server().port());
        if (!client->open())
            return nullptr;
        const Reply resumed = client->call(u"auth.resume"_s, QJsonObject {{"token"_L1, secret}});
        if (answer)
            *answer = resumed;
        return resumed.ok() ? std::move(client) : nullptr;
    }

    static QJsonObject newTicket(const QString& title)
    {
        return {{"title"_L1, title}, {"description"_L1, u"Raised by the monitoring."_s}};
    }
};

} // namespace

TEST_P(ApiTokenTest, ATicketScopedTokenCreatesTicketsButCannotListUsers)
{
    const Reply created = createToken(admin(), u"monitoring"_s, {u"ticket."_s});
    ASSERT_TRUE(created.ok()) << created.describe();
    const QString secret = created.object().value("secret"_L1).toString();
    EXPECT_TRUE(secret.startsWith(u"flt_"_s));
    EXPECT_EQ(created.object().value("scopes"_L1).toArray(), QJsonArray {u"ticket."_s});

    Reply resumed;
    auto script = connectWithToken(secret, &resumed);
    ASSERT_TRUE(script) << resumed.describe();
    EXPECT_EQ(resumed.object().value("user"_L1).toObject().value("username"_L1).toString(),
              u"admin"_s);
    EXPECT_FALSE(resumed.object().contains("token"_L1)) << "the secret is never echoed";

    const Reply ticket = script->call(u"ticket.create"_s, newTicket(u"Disk full on db1"_s));
    ASSERT_TRUE(ticket.ok()) << ticket.describe();
    EXPECT_TRUE(
        script->call(u"ticket.get"_s, QJsonObject {{"id"_L1, ticket.object()["id"_L1]}}).ok());

    const Reply users = script->call(u"user.list"_s);
    ASSERT_FALSE(users.ok());
    EXPECT_EQ(users.code(), -32002);
    EXPECT_EQ(users.reason(), u"outside_token_scope"_s);
    EXPECT_TRUE(users.error->message.contains(u"ticket."_s)) << users.describe();
    EXPECT_TRUE(users.error->message.contains(u"user.list"_s)) << users.describe();
    EXPECT_FALSE(
        script
            ->call(u"token.create"_s,
                   QJsonObject {{"name"_L1, u"x"_s}, {"scopes"_L1, QJsonArray {u"admin"_s}}})
            .ok())
        << "a ticket-scoped token cannot make itself a broader one";
}

TEST_P(ApiTokenTest, ATokenNeverDoesMoreThanItsOwnersRole)
{
    createUser(u"rita"_s, u"requester"_s);
    auto rita = connectAs(u"rita"_s);
    const Reply above = createToken(*rita, u"too much"_s, {u"admin"_s});
    ASSERT_FALSE(above.ok());
    EXPECT_EQ(above.field(), u"scopes[0]"_s);

    const Reply own = createToken(*rita, u"my script"_s, {u"requester"_s});
    ASSERT_TRUE(own.ok()) << own.describe();
    auto script = connectWithToken(own.object().value("secret"_L1).toString());
    ASSERT_TRUE(script);
    EXPECT_TRUE(script->call(u"ticket.create"_s, newTicket(u"VPN drops"_s)).ok());
    EXPECT_EQ(script->call(u"user.list"_s).code(), -32002) << "a requester's token stays one";

    // An admin's token scoped to the agent role acts as an agent: no administration.
    const Reply agentToken = createToken(admin(), u"triage bot"_s, {u"agent"_s});
    ASSERT_TRUE(agentToken.ok()) << agentToken.describe();
    auto bot = connectWithToken(agentToken.object().value("secret"_L1).toString());
    ASSERT_TRUE(bot);
    EXPECT_TRUE(bot->call(u"ticket.list"_s).ok());
    const Reply create = bot->call(u"user.create"_s,
                                   QJsonObject {{"username"_L1, u"mallory"_s},
                                                {"password"_L1, QString::fromLatin1(Password)},
                                                {"display_name"_L1, u"Mallory"_s},
                                                {"email"_L1, u"m@example.test"_s},
                                                {"role"_L1, u"admin"_s}});
    EXPECT_EQ(create.code(), -32002) << create.describe();
}

TEST_P(ApiTokenTest, ExpiredAndRevokedTokensAreRefused)
{
    const Reply shortLived =
        createToken(admin(), u"short"_s, {u"ticket."_s}, clock().now() + 60'000);
    ASSERT_TRUE(shortLived.ok()) << shortLived.describe();
    const QString shortSecret = shortLived.object().value("secret"_L1).toString();
    auto early = connectWithToken(shortSecret);
    ASSERT_TRUE(early);
    EXPECT_TRUE(early->call(u"ticket.list"_s).ok());

    clock().advance(61'000);
    EXPECT_EQ(early->call(u"ticket.list"_s).code(), -32001) << "expired on the open connection";
    Reply late;
    EXPECT_FALSE(connectWithToken(shortSecret, &late));
    EXPECT_EQ(late.code(), -32001);

    const Reply kept = createToken(admin(), u"kept"_s, {u"ticket."_s});
    ASSERT_TRUE(kept.ok());
    const QString secret = kept.object().value("secret"_L1).toString();
    auto script = connectWithToken(secret);
    ASSERT_TRUE(script);
    const Reply revoked =
        admin().call(u"token.revoke"_s, QJsonObject {{"id"_L1, kept.object()["id"_L1]}});
    ASSERT_TRUE(revoked.ok()) << revoked.describe();
    EXPECT_EQ(script->call(u"ticket.list"_s).code(), -32001) << "revoked: the next call is refused";
    EXPECT_FALSE(connectWithToken(secret));

    const Reply past = createToken(admin(), u"past"_s, {u"ticket."_s}, clock().now() - 1000);
    EXPECT_EQ(past.field(), u"expires_at"_s);
}

TEST_P(ApiTokenTest, TheLastUseIsRecordedAndOnlyOwnersAndAdminsSeeAToken)
{
    createUser(u"alex"_s, u"agent"_s);
    auto alex = connectAs(u"alex"_s);
    const Reply created = createToken(*alex, u"alex's exporter"_s, {u"ticket."_s});
    ASSERT_TRUE(created.ok()) << created.describe();
    const qint64 id = created.object().value("id"_L1).toInteger();

    Reply listed = alex->call(u"token.list"_s);
    ASSERT_TRUE(listed.ok()) << listed.describe();
    ASSERT_EQ(listed.items().size(), 1);
    EXPECT_TRUE(listed.items().at(0)["last_used_at"_L1].isNull());
    EXPECT_FALSE(listed.items().at(0).toObject().contains("secret"_L1)) << "shown once only";

    auto script = connectWithToken(created.object().value("secret"_L1).toString());
    ASSERT_TRUE(script);
    const qint64 before = clock().now();
    ASSERT_TRUE(script->call(u"ticket.list"_s).ok());

    listed = alex->call(u"token.list"_s);
    ASSERT_EQ(listed.items().size(), 1);
    const QJsonObject token = listed.items().at(0).toObject();
    EXPECT_EQ(token["last_peer"_L1].toString(), u"127.0.0.1"_s);
    const auto usedAt =
        QDateTime::fromString(token["last_used_at"_L1].toString(), Qt::ISODateWithMs);
    ASSERT_TRUE(usedAt.isValid()) << token["last_used_at"_L1].toString().toStdString();
    EXPECT_GE(usedAt.toMSecsSinceEpoch(), before - 1000);

    // Written in the background: it survives a restart.
    restartServer();
    auto again = connectAs(u"alex"_s);
    listed = again->call(u"token.list"_s);
    ASSERT_EQ(listed.items().size(), 1);
    EXPECT_FALSE(listed.items().at(0)["last_used_at"_L1].isNull());

    // The admin sees everybody's tokens, with their owner; another agent does not.
    const Reply all = admin().call(u"token.list"_s);
    ASSERT_EQ(all.items().size(), 1);
    EXPECT_EQ(all.items().at(0)["owner"_L1]["username"_L1].toString(), u"alex"_s);
    createUser(u"bea"_s, u"agent"_s);
    auto bea = connectAs(u"bea"_s);
    EXPECT_TRUE(bea->call(u"token.list"_s).items().isEmpty());
    EXPECT_EQ(bea->call(u"token.revoke"_s, QJsonObject {{"id"_L1, id}}).code(), -32003);
}

TEST_P(ApiTokenTest, ARevokedSessionIsRefusedAndHearsNoMorePushesAtOnce)
{
    createUser(u"alex"_s, u"agent"_s);
    auto laptop = connectAs(u"alex"_s);
    auto desktop = connectAs(u"alex"_s);
    ASSERT_TRUE(
        desktop->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());

    const Reply sessions = laptop->call(u"session.list"_s);
    ASSERT_TRUE(sessions.ok()) << sessions.describe();
    ASSERT_EQ(sessions.items().size(), 2);
    qint64 other = 0;
    int current = 0;
    for (const QJsonValue& session : sessions.items()) {
        EXPECT_EQ(session["peer"_L1].toString(), u"127.0.0.1"_s);
        EXPECT_FALSE(session["created_at"_L1].toString().isEmpty());
        if (session["current"_L1].toBool())
            ++current;
        else
            other = session["id"_L1].toInteger();
    }
    EXPECT_EQ(current, 1) << "this session is marked";

    createTicket(admin(), newTicket(u"Before the revoke"_s));
    ASSERT_TRUE(desktop->waitForNotification(u"ticket.created"_s));
    desktop->notifications().clear();

    const Reply revoked = laptop->call(u"session.revoke"_s, QJsonObject {{"id"_L1, other}});
    ASSERT_TRUE(revoked.ok()) << revoked.describe();
    ASSERT_TRUE(desktop->waitForNotification(u"session.revoked"_s)) << "told at once";
    createTicket(admin(), newTicket(u"After the revoke"_s));
    EXPECT_FALSE(desktop->waitForNotification(u"ticket.created"_s, 300));
    EXPECT_EQ(desktop->call(u"ticket.list"_s).code(), -32001);
    EXPECT_TRUE(laptop->call(u"ticket.list"_s).ok()) << "the laptop's own session goes on";

    const Reply left = laptop->call(u"session.list"_s);
    EXPECT_EQ(left.items().size(), 1);

    // Another agent cannot end alex's sessions; an admin can end them all.
    createUser(u"bea"_s, u"agent"_s);
    auto bea = connectAs(u"bea"_s);
    const Reply users = admin().call(u"user.list"_s);
    qint64 alex = 0;
    for (const QJsonValue& user : users.items())
        if (user["username"_L1].toString() == u"alex"_s)
            alex = user["id"_L1].toInteger();
    ASSERT_NE(alex, 0);
    EXPECT_EQ(bea->call(u"session.revoke_all"_s, QJsonObject {{"user_id"_L1, alex}}).code(),
              -32002);
    const Reply all = admin().call(u"session.revoke_all"_s, QJsonObject {{"user_id"_L1, alex}});
    ASSERT_TRUE(all.ok()) << all.describe();
    EXPECT_EQ(all.object()["revoked"_L1].toInt(), 1);
    EXPECT_EQ(laptop->call(u"ticket.list"_s).code(), -32001);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiTokenTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
