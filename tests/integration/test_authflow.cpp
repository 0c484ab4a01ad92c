// Logging in, resuming, logging out, throttling and account changes, over a real socket.
#include "serverfixture.h"
#include "storage/databaseconfig.h"
#include "storage/sqlsession.h"
#include "testsession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>

#include <algorithm>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class AuthFlowTest : public ServerFixture
{
protected:
    QStringList serverArguments() const override
    {
        return {u"--login-failures-per-hour"_s, u"5"_s};
    }
};

// Sends one batch of auth.login requests on a fresh connection and returns the error code of
// each answer (0 for a success), in request order.
QList<int> loginBatch(quint16 port, const QList<std::pair<QString, QString>>& attempts)
{
    QJsonArray batch;
    for (qsizetype i = 0; i < attempts.size(); ++i)
        batch.append(QJsonObject {{"jsonrpc"_L1, u"2.0"_s},
                                  {"method"_L1, u"auth.login"_s},
                                  {"params"_L1,
                                   QJsonObject {{"username"_L1, attempts.at(i).first},
                                                {"password"_L1, attempts.at(i).second}}},
                                  {"id"_L1, int(i)}});
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(QJsonDocument(batch).toJson(QJsonDocument::Compact) + '\n');
    QElapsedTimer timer;
    timer.start();
    while (!socket.canReadLine() && timer.elapsed() < 60000)
        socket.waitForReadyRead(100);
    const QJsonArray answers = QJsonDocument::fromJson(socket.readLine()).array();
    QList<int> codes(attempts.size(), -1);
    for (const QJsonValue& answer : answers) {
        const QJsonObject object = answer.toObject();
        codes[object.value("id"_L1).toInt()] =
            object.value("error"_L1).toObject().value("code"_L1).toInt();
    }
    return codes;
}

} // namespace

TEST_P(AuthFlowTest, LoginGivesATokenThatResumesOnAnotherConnection)
{
    createUser(u"alice"_s, u"agent"_s);
    TestClient first(server().port());
    const Reply login = first.login(u"ALICE"_s, QString::fromLatin1(Password));
    ASSERT_TRUE(login.ok()) << login.describe();
    const QString token = login.object().value("token"_L1).toString();
    EXPECT_EQ(token.size(), 43) << "256 random bits, base64url";
    EXPECT_EQ(login.object().value("user"_L1).toObject().value("username"_L1).toString(),
              u"alice"_s);
    EXPECT_TRUE(login.object().contains("expires_at"_L1));

    TestClient second(server().port());
    EXPECT_EQ(second.call(u"ticket.list"_s).code(), -32001) << "not logged in yet";
    const Reply resumed = second.call(u"auth.resume"_s, QJsonObject {{"token"_L1, token}});
    ASSERT_TRUE(resumed.ok()) << resumed.describe();
    EXPECT_FALSE(resumed.object().contains("token"_L1)) << "the token is never echoed back";
    EXPECT_TRUE(second.call(u"ticket.list"_s).ok());
}

TEST_P(AuthFlowTest, UnknownUsersAndWrongPasswordsLookTheSame)
{
    createUser(u"bob"_s, u"requester"_s);
    TestClient client(server().port());
    const Reply wrongPassword = client.login(u"bob"_s, u"not the password"_s);
    const Reply unknownUser = client.login(u"nobody-here"_s, u"not the password"_s);
    ASSERT_FALSE(wrongPassword.ok());
    ASSERT_FALSE(unknownUser.ok());
    EXPECT_EQ(wrongPassword.code(), -32009);
    EXPECT_EQ(wrongPassword.error->toJson(), unknownUser.error->toJson()) << "nothing to enumerate";
}

TEST_P(AuthFlowTest, LogoutRevokesTheTokenEverywhere)
{
    createUser(u"carol"_s, u"agent"_s);
    TestClient first(server().port());
    const QString token = first.login(u"carol"_s, QString::fromLatin1(Password))
                              .object()
                              .value("token"_L1)
                              .toString();
    TestClient second(server().port());
    ASSERT_TRUE(second.call(u"auth.resume"_s, QJsonObject {{"token"_L1, token}}).ok());

    const Reply logout = first.call(u"auth.logout"_s);
    ASSERT_TRUE(logout.ok()) << logout.describe();
    EXPECT_EQ(first.call(u"ticket.list"_s).code(), -32001);
    test::Notification revoked;
    ASSERT_TRUE(second.waitForNotification(u"session.revoked"_s, 5000, &revoked));
    EXPECT_EQ(revoked.params.value("reason"_L1).toString(), u"logged_out"_s);
    EXPECT_EQ(second.call(u"ticket.list"_s).code(), -32001);
    TestClient third(server().port());
    EXPECT_EQ(third.call(u"auth.resume"_s, QJsonObject {{"token"_L1, token}}).code(), -32001);
    EXPECT_EQ(third.call(u"auth.resume"_s, QJsonObject {{"token"_L1, u"made-up-token"_s}}).code(),
              -32001);
}

TEST_P(AuthFlowTest, FailedGuessesAreThrottledPerAccount)
{
    createUser(u"dave"_s, u"requester"_s);
    createUser(u"erin"_s, u"requester"_s);
    TestClient client(server().port());
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(client.login(u"dave"_s, u"guess number "_s + QString::number(i)).code(), -32009);
    const Reply throttled = client.login(u"dave"_s, QString::fromLatin1(Password));
    EXPECT_EQ(throttled.code(), -32006)
        << "even the right password waits: " << throttled.describe();
    EXPECT_GT(throttled.error->data.toObject().value("retry_after_ms"_L1).toInteger(), 0);
    EXPECT_TRUE(client.login(u"erin"_s, QString::fromLatin1(Password)).ok())
        << "other accounts are unaffected";
}

TEST_P(AuthFlowTest, ConcurrentGuessesNeverExceedTheLimit)
{
    createUser(u"ivan"_s, u"requester"_s);
    QList<std::pair<QString, QString>> guesses;
    for (int i = 0; i < 40; ++i)
        guesses.append({u"ivan"_s, u"guess number "_s + QString::number(i)});
    const QList<int> codes = loginBatch(server().port(), guesses);
    ASSERT_EQ(codes.size(), 40);
    EXPECT_EQ(codes.count(-32009), 5) << "exactly the limit of guesses is checked";
    EXPECT_EQ(codes.count(-32006), 35) << "the others answer rate limited";
    TestClient client(server().port());
    EXPECT_EQ(client.login(u"ivan"_s, QString::fromLatin1(Password)).code(), -32006)
        << "the account waits, even with the right password";
}

TEST_P(AuthFlowTest, ChangingYourPasswordIsThrottledLikeALogin)
{
    createUser(u"judy"_s, u"requester"_s);
    auto thief = connectAs(u"judy"_s);
    const QString newPassword = u"a much longer new password"_s;
    for (int i = 0; i < 5; ++i) {
        const Reply guess =
            thief->call(u"user.set_password"_s,
                        QJsonObject {{"password"_L1, newPassword},
                                     {"current_password"_L1,
                                      QString(u"guess number "_s + QString::number(i))}});
        EXPECT_EQ(guess.field(), u"current_password"_s) << guess.describe();
    }
    const Reply throttled =
        thief->call(u"user.set_password"_s,
                    QJsonObject {{"password"_L1, newPassword},
                                 {"current_password"_L1, QString::fromLatin1(Password)}});
    EXPECT_EQ(throttled.code(), -32006)
        << "a stolen session guesses no faster than a login: " << throttled.describe();
    EXPECT_GT(throttled.error->data.toObject().value("retry_after_ms"_L1).toInteger(), 0);
    TestClient other(server().port());
    EXPECT_EQ(other.login(u"judy"_s, QString::fromLatin1(Password)).code(), -32006)
        << "one count per account, whichever method guesses";
}

TEST_P(AuthFlowTest, AConcurrentPasswordChangeBatchChecksNoMoreThanTheLimit)
{
    createUser(u"kate"_s, u"requester"_s);
    auto session = connectAs(u"kate"_s);
    // Pipelined on one connection: all reach the server before any hash is done.
    QList<int> codes;
    int answered = 0;
    for (int i = 0; i < 20; ++i) {
        session->client().call(
            u"user.set_password"_s,
            QJsonObject {{"password"_L1, u"a much longer new password"_s},
                         {"current_password"_L1, QString(u"guess number "_s + QString::number(i))}},
            &session->client(), [&codes, &answered](const rpc::RpcReply& reply) {
                codes.append(reply.isError() ? reply.error().code : 0);
                ++answered;
            });
    }
    ASSERT_TRUE(waitUntil([&answered] { return answered == 20; }, 30000));
    EXPECT_EQ(codes.count(-32602), 5) << "wrong current passwords actually checked";
    EXPECT_EQ(codes.count(-32006), 15);
}

TEST_P(AuthFlowTest, DisablingAUserEndsTheirSessionsAtOnce)
{
    const qint64 frank = createUser(u"frank"_s, u"agent"_s);
    auto session = connectAs(u"frank"_s);
    ASSERT_TRUE(session->call(u"ticket.list"_s).ok());
    const Reply disabled = admin().call(u"user.disable"_s, QJsonObject {{"id"_L1, frank}});
    ASSERT_TRUE(disabled.ok()) << disabled.describe();
    EXPECT_TRUE(disabled.object().value("disabled"_L1).toBool());
    ASSERT_TRUE(session->waitForNotification(u"session.revoked"_s, 5000));
    EXPECT_EQ(session->call(u"ticket.list"_s).code(), -32001);
    TestClient again(server().port());
    EXPECT_EQ(again.login(u"frank"_s, QString::fromLatin1(Password)).code(), -32009);
}

TEST_P(AuthFlowTest, AnExpiredSessionHearsNoMoreEvents)
{
    createUser(u"nora"_s, u"requester"_s);
    createUser(u"omar"_s, u"agent"_s);
    auto agent = connectAs(u"omar"_s);
    TestClient expiring(server().port());
    const QString token = expiring.login(u"nora"_s, QString::fromLatin1(Password))
                              .object()
                              .value("token"_L1)
                              .toString();
    ASSERT_FALSE(token.isEmpty());
    // The token's lifetime ends in 1.5 s: written into its stored session, read by auth.resume.
    {
        auto session = openSession(database(), u"expire-a-session"_s);
        ASSERT_TRUE(session);
        server::Statement update = session->prepare(
            u"UPDATE sessions SET expires_at = ? WHERE user_id = (SELECT id FROM users WHERE "
            "username = ?) AND expires_at > ?"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        update.bind(now + 1500).bind(u"nora"_s).bind(now + 24LL * 3600 * 1000);
        update.exec();
        ASSERT_EQ(update.rowsAffected(), 1);
    }
    auto longLived = connectAs(u"nora"_s); // another session of hers, valid for 30 days
    TestClient resumed(server().port());
    ASSERT_TRUE(resumed.call(u"auth.resume"_s, QJsonObject {{"token"_L1, token}}).ok());
    for (TestClient* client : {&resumed, longLived.get()})
        ASSERT_TRUE(client
                        ->call(u"events.subscribe"_s,
                               QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
                        .ok());
    const qint64 id =
        createTicket(*longLived,
                     {{"title"_L1, u"Mouse broken"_s}, {"description"_L1, u"Left button"_s}})
            .value("id"_L1)
            .toInteger();
    test::Notification revoked;
    ASSERT_TRUE(resumed.waitForNotification(u"session.revoked"_s, 5000, &revoked))
        << "the expired session is told";
    EXPECT_EQ(revoked.params.value("reason"_L1).toString(), u"expired"_s);
    resumed.notifications().clear();
    longLived->notifications().clear();
    ASSERT_TRUE(agent
                    ->call(u"ticket.comment"_s,
                           QJsonObject {{"id"_L1, id}, {"body"_L1, u"Which model is it?"_s}})
                    .ok());
    ASSERT_TRUE(longLived->waitForNotification(u"ticket.commented"_s, 5000))
        << "a session still valid hears the reply";
    processEventsFor(200);
    EXPECT_TRUE(resumed.notifications().isEmpty())
        << "nothing is pushed to the expired session: "
        << (resumed.notifications().isEmpty()
                ? ""
                : resumed.notifications().first().method.toStdString());
    EXPECT_EQ(resumed.call(u"ticket.list"_s).code(), -32001);
}

TEST_P(AuthFlowTest, RoleChangesApplyToOpenConnections)
{
    const qint64 gina = createUser(u"gina"_s, u"agent"_s);
    auto session = connectAs(u"gina"_s);
    ASSERT_TRUE(session->call(u"user.list"_s).ok());
    ASSERT_TRUE(
        admin()
            .call(u"user.update"_s, QJsonObject {{"id"_L1, gina}, {"role"_L1, u"requester"_s}})
            .ok());
    // The open session's role is read again after the answer: wait for it, as a client would
    // see it on its next call.
    EXPECT_TRUE(waitUntil([&] { return session->call(u"user.list"_s).code() == -32002; }, 10000))
        << "no longer staff";
}

TEST_P(AuthFlowTest, ChangingYourPasswordNeedsTheCurrentOneAndLogsOutOtherSessions)
{
    createUser(u"hank"_s, u"requester"_s);
    auto phone = connectAs(u"hank"_s);
    auto laptop = connectAs(u"hank"_s);
    const QString newPassword = u"a much longer new password"_s;
    EXPECT_EQ(
        laptop->call(u"user.set_password"_s, QJsonObject {{"password"_L1, newPassword}}).field(),
        u"current_password"_s);
    EXPECT_EQ(laptop
                  ->call(u"user.set_password"_s,
                         QJsonObject {{"password"_L1, newPassword},
                                      {"current_password"_L1, u"wrong password!"_s}})
                  .field(),
              u"current_password"_s);
    EXPECT_EQ(laptop
                  ->call(u"user.set_password"_s,
                         QJsonObject {{"password"_L1, u"short"_s},
                                      {"current_password"_L1, QString::fromLatin1(Password)}})
                  .field(),
              u"password"_s);
    const Reply changed =
        laptop->call(u"user.set_password"_s,
                     QJsonObject {{"password"_L1, newPassword},
                                  {"current_password"_L1, QString::fromLatin1(Password)}});
    ASSERT_TRUE(changed.ok()) << changed.describe();
    ASSERT_TRUE(phone->waitForNotification(u"session.revoked"_s, 5000));
    EXPECT_TRUE(laptop->call(u"ticket.list"_s).ok()) << "the session that changed it stays";
    TestClient fresh(server().port());
    EXPECT_FALSE(fresh.login(u"hank"_s, QString::fromLatin1(Password)).ok());
    EXPECT_TRUE(fresh.login(u"hank"_s, newPassword).ok());
}

TEST_P(AuthFlowTest, TheLastAdminCannotBeRemoved)
{
    const Reply me = admin().call(u"user.list"_s, QJsonObject {{"role"_L1, u"admin"_s}});
    const qint64 adminId = me.items().at(0).toObject().value("id"_L1).toInteger();
    EXPECT_EQ(admin().call(u"user.disable"_s, QJsonObject {{"id"_L1, adminId}}).reason(),
              u"last_admin"_s);
    EXPECT_EQ(admin()
                  .call(u"user.update"_s, QJsonObject {{"id"_L1, adminId}, {"role"_L1, u"agent"_s}})
                  .reason(),
              u"last_admin"_s);
}

TEST_P(AuthFlowTest, SecretsNeverReachTheLog)
{
    createUser(u"ivy"_s, u"agent"_s);
    TestClient client(server().port());
    const QString token =
        client.login(u"ivy"_s, QString::fromLatin1(Password)).object().value("token"_L1).toString();
    ASSERT_FALSE(token.isEmpty());
    client.login(u"ivy"_s, u"a wrong secret password"_s);
    TestClient other(server().port());
    ASSERT_TRUE(other.call(u"auth.resume"_s, QJsonObject {{"token"_L1, token}}).ok());
    server().stop();
    const QString log = server().output();
    EXPECT_FALSE(log.contains(token));
    EXPECT_FALSE(log.contains(QString::fromLatin1(Password)));
    EXPECT_FALSE(log.contains(u"a wrong secret password"_s));
    EXPECT_FALSE(log.contains(QString::fromLatin1(TestServer::AdminPassword)));
}

INSTANTIATE_TEST_SUITE_P(Backends, AuthFlowTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

// First start: no default credentials.
TEST(Bootstrap, GeneratesAnAdminPasswordShownOnceWhenNoneIsGiven)
{
    TestDatabase database(TestBackend::Sqlite);
    TestServer server(database);
    server.setEnvironment(u"FRONTLINE_ADMIN_PASSWORD"_s, QString());
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    const auto match =
        QRegularExpression(u"password (\\S+) \\(shown only this once"_s).match(server.output());
    ASSERT_TRUE(match.hasMatch()) << server.output().toStdString();
    const QString password = match.captured(1);
    EXPECT_GE(password.size(), 12);
    TestClient client(server.port());
    for (const QString& guess : {u"admin"_s, u"password"_s, u"changeme"_s, u"frontline"_s})
        EXPECT_FALSE(client.login(u"admin"_s, guess).ok());
    EXPECT_TRUE(client.login(u"admin"_s, password).ok());

    server.stop();
    ASSERT_TRUE(server.start());
    EXPECT_FALSE(server.output().contains(u"shown only this once"_s)) << "only on the first start";
}

TEST(Bootstrap, RefusesAShortAdminPassword)
{
    TestDatabase database(TestBackend::Sqlite);
    TestServer server(database);
    server.setEnvironment(u"FRONTLINE_ADMIN_PASSWORD"_s, u"admin"_s);
    EXPECT_FALSE(server.start());
    EXPECT_TRUE(server.error().contains(u"at least 12"_s)) << server.error().toStdString();
}

// With real argon2id costs, an unknown user takes as long as a wrong password: both verify
// one hash. Medians of several attempts; the bound is loose on purpose (a shared CI machine).
TEST(LoginTiming, UnknownUsersTakeAsLongAsWrongPasswords)
{
    TestDatabase database(TestBackend::Sqlite);
    TestServer server(database);
    server.setArguments({u"--password-hash"_s, u"interactive"_s});
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    TestClient client(server.port());
    const auto median = [&](const QString& user) {
        std::vector<qint64> times;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer timer;
            timer.start();
            EXPECT_EQ(client.login(user, u"wrong password "_s + QString::number(i)).code(), -32009);
            times.push_back(timer.nsecsElapsed());
        }
        std::sort(times.begin(), times.end());
        return static_cast<double>(times[3]);
    };
    const double wrongPassword = median(u"admin"_s);
    const double unknownUser = median(u"no-such-user"_s);
    EXPECT_GT(unknownUser, wrongPassword * 0.5) << unknownUser << " vs " << wrongPassword;
    EXPECT_LT(unknownUser, wrongPassword * 2.0) << unknownUser << " vs " << wrongPassword;
}

namespace {

// A real argon2id cost, the "moderate" one (about 1 s a hash here): the whole flood arrives
// while the first hashes still run, so no place is given back before the last attempt asks for
// one. With the interactive cost (about 0.1 s) an instrumented server on a slow machine read the
// batch slowly enough for one early hash to finish first and a ninth attempt to get in.
class HashingShareTest : public ServerFixture
{
protected:
    QStringList serverArguments() const override { return {u"--password-hash"_s, u"moderate"_s}; }
};

} // namespace

TEST_P(HashingShareTest, OneAddressCannotFillTheHashingQueue)
{
    createUser(u"lena"_s, u"agent"_s);
    QList<std::pair<QString, QString>> flood;
    for (int i = 0; i < 40; ++i)
        flood.append({u"nobody"_s + QString::number(i), u"not the password"_s});
    const QList<int> codes = loginBatch(server().port(), flood);
    ASSERT_EQ(codes.size(), 40);
    EXPECT_LE(codes.count(-32009), 8) << "at most 8 of the 64 places in the queue per address";
    EXPECT_GE(codes.count(-32006), 32) << "the rest answer rate limited";
    TestClient client(server().port());
    EXPECT_TRUE(client.login(u"lena"_s, QString::fromLatin1(Password)).ok())
        << "the flood left the queue usable";
}

INSTANTIATE_TEST_SUITE_P(Backends, HashingShareTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
