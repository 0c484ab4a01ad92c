// rpc.discover's result schemas of the identity methods (issue 23;
// shared/api/resultschemasidentity.cpp) against what the server really answers, one test per
// area: users and organisations (an organisation's requester with a manager, pages of users,
// passwords, mail preferences, CSV imports); groups (an escalation chain, members), API tokens
// (one used by a script, one expiring) and signed-in devices; the second factor (enrolment,
// recovery codes, an admin's reset), password reset by a mailed code and the audit log. Every
// answer is checked by python3-jsonschema, and each test fails when a method of its area is
// described but never called.
#include "auth/totp.h"
#include "resultschemacheck.h"
#include "storage/databaseconfig.h"
#include "storage/sqlsession.h"
#include "testsession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class IdentityResultSchemaTest : public ResultSchemaFixture
{
protected:
    // The code of the newest password reset mail, as the outbox holds it to send.
    QString resetCode()
    {
        auto session = openSession(database(), u"reset-mail"_s);
        EXPECT_TRUE(session);
        if (!session)
            return {};
        server::Statement mail = session->prepare(
            u"SELECT body FROM mail_outbox WHERE kind = 'password_reset' ORDER BY id DESC"_s);
        mail.exec();
        static const QRegularExpression code(u"\\b([0-9]{8})\\b"_s);
        return mail.next() ? code.match(mail.text(0)).captured(1) : QString();
    }
};

const QString NewPassword = u"a brand new passphrase"_s;

QJsonObject newUser(const QString& username, const QString& name, const QString& role)
{
    return {{"username"_L1, username},
            {"password"_L1, QString::fromLatin1(HarnessFixture::Password)},
            {"display_name"_L1, name},
            {"email"_L1, QString(username + u"@acme.example"_s)},
            {"role"_L1, role}};
}

} // namespace

TEST_P(IdentityResultSchemaTest, UserAndOrganisationResultsMatchWhatTheServerAnswers)
{
    // Organisations: two, one updated, the list, a dry run of an import and a real one.
    const qint64 acme = idOf(call(admin(), u"org.create"_s,
                                  {{"name"_L1, u"ACME"_s},
                                   {"domains"_L1, QJsonArray {u"acme.example"_s}},
                                   {"notes"_L1, u"Key account"_s}}));
    call(admin(), u"org.create"_s, {{"name"_L1, u"Globex"_s}});
    call(admin(), u"org.update"_s,
         {{"id"_L1, acme}, {"domains"_L1, QJsonArray {u"acme.example"_s, u"acme.test"_s}}});
    const QJsonObject dryRun = call(admin(), u"org.import"_s,
                                    {{"csv"_L1,
                                      u"name,domains,notes\n"
                                      "Initech,initech.example,New\n"
                                      "ACME,,Key account since 2020\n"
                                      "Globex,,\n"
                                      "Umbrella,acme.example,\n"_s}})
                                   .toObject();
    EXPECT_EQ(dryRun.value("created"_L1).toInt(), 1);
    EXPECT_EQ(dryRun.value("updated"_L1).toInt(), 1);
    EXPECT_EQ(dryRun.value("refused"_L1).toInt(), 1);
    EXPECT_FALSE(dryRun.value("applied"_L1).toBool());
    EXPECT_TRUE(
        call(admin(), u"org.import"_s,
             {{"csv"_L1, u"name,domains\nInitech,initech.example\n"_s}, {"dry_run"_L1, false}})
            .toObject()
            .value("applied"_L1)
            .toBool());
    call(admin(), u"org.list"_s);

    // Users: a manager, and a requester of ACME's who is a VIP with that manager.
    const qint64 mona =
        idOf(call(admin(), u"user.create"_s, newUser(u"mona"_s, u"Mona Manager"_s, u"manager"_s)));
    const qint64 rita = idOf(
        call(admin(), u"user.create"_s, newUser(u"rita"_s, u"Rita Requester"_s, u"requester"_s)));
    const QJsonObject updated = call(admin(), u"user.update"_s,
                                     {{"id"_L1, rita},
                                      {"org"_L1, acme},
                                      {"vip"_L1, true},
                                      {"org_viewer"_L1, true},
                                      {"manager"_L1, mona}})
                                    .toObject();
    EXPECT_TRUE(updated.value("org"_L1).isObject());
    EXPECT_TRUE(updated.value("manager"_L1).isObject());
    auto ritaClient = connectAs(u"rita"_s);
    auto monaClient = connectAs(u"mona"_s);
    call(*ritaClient, u"user.get"_s, {{"id"_L1, rita}});
    call(*monaClient, u"user.get"_s, {{"id"_L1, mona}});
    EXPECT_TRUE(call(*monaClient, u"user.list"_s, {{"limit"_L1, 1}})
                    .toObject()
                    .value("next_cursor"_L1)
                    .isString());
    EXPECT_TRUE(call(*monaClient, u"user.list"_s, {{"org"_L1, acme}})
                    .toObject()
                    .value("next_cursor"_L1)
                    .isNull());
    call(*monaClient, u"user.set_availability"_s, {{"availability"_L1, u"away"_s}});
    // Mail preferences: rita's in German without "waiting" mails; a manager's kinds.
    const QJsonObject prefs = call(*ritaClient, u"user.notification_prefs.get"_s).toObject();
    call(*ritaClient, u"user.notification_prefs.set"_s,
         {{"language"_L1, u"de"_s}, {"opted_out"_L1, QJsonArray {u"waiting"_s}}});
    call(*monaClient, u"user.notification_prefs.get"_s);
    // Passwords: rita changes her own, then an admin sets it and forgets her failed logins.
    call(*ritaClient, u"user.set_password"_s,
         {{"password"_L1, NewPassword}, {"current_password"_L1, QString::fromLatin1(Password)}});
    call(admin(), u"user.set_password"_s,
         {{"id"_L1, rita}, {"password"_L1, QString::fromLatin1(Password)}});
    call(admin(), u"user.unlock"_s, {{"id"_L1, rita}});
    // A dry run: a new user, rita renamed, mona as she is, and a name that cannot be one.
    const QJsonObject users = call(admin(), u"user.import"_s,
                                   {{"csv"_L1,
                                     u"username,display_name,email,role,org\n"
                                     "sam,Sam Smith,sam@acme.example,requester,ACME\n"
                                     "rita,Rita R.,,,\n"
                                     "mona,,,,\n"
                                     "x,Nobody,x@acme.example,requester,\n"_s}})
                                  .toObject();
    EXPECT_EQ(users.value("created"_L1).toInt(), 1);
    EXPECT_EQ(users.value("updated"_L1).toInt(), 1);
    EXPECT_EQ(users.value("unchanged"_L1).toInt(), 1);
    EXPECT_EQ(users.value("refused"_L1).toInt(), 1);
    const QJsonObject disabled = call(admin(), u"user.disable"_s, {{"id"_L1, mona}}).toObject();
    EXPECT_TRUE(disabled.value("disabled"_L1).toBool());

    ASSERT_FALSE(HasFailure());
    // Controls: an organisation with a field too many, a user without its organisation, mail
    // preferences in a language there is none of.
    const QJsonObject org = call(admin(), u"org.update"_s, {{"id"_L1, acme}}).toObject();
    QJsonObject orgExtra = org;
    orgExtra.insert("colour"_L1, u"red"_s);
    QJsonObject missing = updated;
    missing.remove("org"_L1);
    QJsonObject klingon = prefs;
    klingon.insert("language"_L1, u"tlh"_s);
    checkAnswers(isUserOrOrgMethod,
                 {{u"org.update"_s, orgExtra},
                  {u"user.get"_s, missing},
                  {u"user.notification_prefs.get"_s, klingon}});
}

TEST_P(IdentityResultSchemaTest, GroupTokenAndSessionResultsMatchWhatTheServerAnswers)
{
    const qint64 alex = createUser(u"alex"_s, u"agent"_s);
    const qint64 dana = createUser(u"dana"_s, u"agent"_s);
    const qint64 mona = createUser(u"mona"_s, u"manager"_s);
    // Groups: second line, and a first line that escalates to it, hands tickets out in turn
    // and has a manager; members join and leave.
    const qint64 network = idOf(call(admin(), u"group.create"_s,
                                     {{"name"_L1, u"Network L2"_s},
                                      {"tier"_L1, 2},
                                      {"description"_L1, u"Routers and switches"_s}}));
    const qint64 desk = idOf(call(admin(), u"group.create"_s,
                                  {{"name"_L1, u"Service Desk"_s},
                                   {"tier"_L1, 1},
                                   {"escalation_group"_L1, network},
                                   {"assignment"_L1, u"round_robin"_s},
                                   {"manager"_L1, mona}}));
    call(admin(), u"group.add_member"_s, {{"group"_L1, desk}, {"user"_L1, alex}});
    const QJsonObject joined =
        call(admin(), u"group.add_member"_s, {{"group"_L1, desk}, {"user"_L1, dana}}).toObject();
    EXPECT_EQ(joined.value("members"_L1).toArray().size(), 2);
    call(admin(), u"group.remove_member"_s, {{"group"_L1, desk}, {"user"_L1, dana}});
    call(admin(), u"group.update"_s,
         {{"id"_L1, network}, {"escalation_group"_L1, QJsonValue::Null}, {"tier"_L1, 3}});
    auto alexClient = connectAs(u"alex"_s);
    const QJsonObject group = call(*alexClient, u"group.get"_s, {{"id"_L1, desk}}).toObject();
    EXPECT_EQ(group.value("escalation_group"_L1).toInteger(), network);
    EXPECT_EQ(call(*alexClient, u"group.list"_s).toObject().value("items"_L1).toArray().size(), 2);

    // API tokens: one for a script reading tickets, used once; one that expires; the lists of
    // the owner and an admin; a revocation.
    const QJsonObject script =
        call(*alexClient, u"token.create"_s,
             {{"name"_L1, u"monitoring"_s}, {"scopes"_L1, QJsonArray {u"ticket."_s}}})
            .toObject();
    call(*alexClient, u"token.create"_s,
         {{"name"_L1, u"nightly report"_s},
          {"scopes"_L1, QJsonArray {u"agent"_s}},
          {"expires_at"_L1, QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate)}});
    TestClient scripted(server().port());
    ASSERT_TRUE(scripted.open());
    const Reply resumed =
        scripted.call(u"auth.resume"_s, QJsonObject {{"token"_L1, script.value("secret"_L1)}});
    ASSERT_TRUE(resumed.ok()) << resumed.describe();
    ASSERT_TRUE(scripted.call(u"ticket.list"_s, QJsonObject {}).ok());
    const QJsonArray tokens =
        call(*alexClient, u"token.list"_s).toObject().value("items"_L1).toArray();
    ASSERT_EQ(tokens.size(), 2);
    call(admin(), u"token.list"_s);
    call(*alexClient, u"token.revoke"_s, {{"id"_L1, idOf(script)}});

    // Sessions: alex signed in on two more devices; one ended, then all but this one; an
    // admin ends all of dana's.
    auto laptop = connectAs(u"alex"_s);
    auto phone = connectAs(u"alex"_s);
    auto danaClient = connectAs(u"dana"_s);
    const QJsonArray sessions =
        call(*alexClient, u"session.list"_s).toObject().value("items"_L1).toArray();
    ASSERT_EQ(sessions.size(), 3);
    qint64 other = 0;
    for (const QJsonValue& session : sessions) {
        if (!session.toObject().value("current"_L1).toBool())
            other = idOf(session);
    }
    call(*alexClient, u"session.revoke"_s, {{"id"_L1, other}});
    EXPECT_EQ(call(*alexClient, u"session.revoke_all"_s, {{"user_id"_L1, alex}})
                  .toObject()
                  .value("revoked"_L1)
                  .toInt(),
              1);
    call(admin(), u"session.revoke_all"_s, {{"user_id"_L1, dana}});

    ASSERT_FALSE(HasFailure());
    // Controls: a group whose tier is out of range, a token without its secret, a session
    // without `current`.
    QJsonObject tier4 = group;
    tier4.insert("tier"_L1, 4);
    QJsonObject secretless = script;
    secretless.remove("secret"_L1);
    QJsonObject session = sessions.at(0).toObject();
    session.remove("current"_L1);
    checkAnswers(isGroupTokenOrSessionMethod,
                 {{u"group.get"_s, tier4},
                  {u"token.create"_s, secretless},
                  {u"session.list"_s, QJsonObject {{"items"_L1, QJsonArray {session}}}}});
}

TEST_P(IdentityResultSchemaTest, SecondFactorResetAndAuditResultsMatchWhatTheServerAnswers)
{
    // One second into a 30-second step: each code stays in the step it is meant for.
    clock().advance(30 * 1000 - clock().now() % (30 * 1000) + 1000);
    const auto code = [this](const QByteArray& secret) {
        return server::Totp::generate(secret, clock().now() / 1000);
    };
    createUser(u"alex"_s, u"agent"_s);
    const qint64 dana = createUser(u"dana"_s, u"agent"_s);
    auto alex = connectAs(u"alex"_s);
    // alex enrols, replaces the recovery codes, signs in with them... and turns it off again
    // with one of them.
    EXPECT_FALSE(call(*alex, u"auth.totp.status"_s).toObject().value("enabled"_L1).toBool());
    const QByteArray secret = server::Totp::fromBase32(
        call(*alex, u"auth.totp.begin"_s).toObject().value("secret"_L1).toString());
    ASSERT_EQ(secret.size(), 20);
    call(*alex, u"auth.totp.status"_s); // pending
    call(*alex, u"auth.totp.confirm"_s, {{"code"_L1, code(secret)}});
    clock().advance(30 * 1000);
    const QJsonArray codes = call(*alex, u"auth.recovery.regenerate"_s, {{"code"_L1, code(secret)}})
                                 .toObject()
                                 .value("codes"_L1)
                                 .toArray();
    ASSERT_EQ(codes.size(), 10);
    const QJsonObject enabled = call(*alex, u"auth.totp.status"_s).toObject();
    EXPECT_TRUE(enabled.value("enabled"_L1).toBool());
    call(*alex, u"auth.totp.disable"_s,
         {{"password"_L1, QString::fromLatin1(Password)}, {"code"_L1, codes.at(0)}});
    // dana lost her phone: an admin turns her second factor off.
    auto danaClient = connectAs(u"dana"_s);
    const QByteArray danaSecret = server::Totp::fromBase32(
        call(*danaClient, u"auth.totp.begin"_s).toObject().value("secret"_L1).toString());
    call(*danaClient, u"auth.totp.confirm"_s, {{"code"_L1, code(danaSecret)}});
    EXPECT_FALSE(call(admin(), u"auth.totp.reset"_s, {{"id"_L1, dana}})
                     .toObject()
                     .value("enabled"_L1)
                     .toBool());

    // Password reset: the code comes by mail (queued here: the relay is not there), and sets
    // a new password.
    const Reply smtp =
        admin().call(u"config.set"_s,
                     QJsonObject {{"key"_L1, u"smtp"_s},
                                  {"value"_L1,
                                   QJsonObject {{"host"_L1, u"127.0.0.1"_s},
                                                {"port"_L1, 9},
                                                {"security"_L1, u"none"_s},
                                                {"from_address"_L1, u"desk@acme.example"_s}}}});
    ASSERT_TRUE(smtp.ok()) << smtp.describe();
    TestClient anonymous(server().port());
    ASSERT_TRUE(anonymous.open());
    call(anonymous, u"auth.reset.request"_s, {{"login"_L1, u"nobody@acme.example"_s}});
    call(anonymous, u"auth.reset.request"_s, {{"login"_L1, u"dana"_s}});
    const QString mailed = resetCode();
    ASSERT_EQ(mailed.size(), 8);
    call(anonymous, u"auth.reset.confirm"_s,
         {{"login"_L1, u"dana"_s}, {"code"_L1, mailed}, {"password"_L1, NewPassword}});

    // The audit log of all that, with a failed sign-in (no actor): a page, a filtered list and
    // the export.
    TestClient stranger(server().port());
    ASSERT_TRUE(stranger.open());
    EXPECT_FALSE(stranger
                     .call(u"auth.login"_s,
                           QJsonObject {{"username"_L1, u"mallory"_s},
                                        {"password"_L1, u"not the password"_s}})
                     .ok());
    const QJsonObject page = call(admin(), u"audit.list"_s, {{"limit"_L1, 3}}).toObject();
    EXPECT_TRUE(page.value("next_cursor"_L1).isString());
    const QJsonObject newest = page.value("items"_L1).toArray().at(0).toObject();
    EXPECT_EQ(newest.value("action"_L1).toString(), u"auth.login_failed"_s);
    EXPECT_TRUE(newest.value("actor"_L1).isNull());
    call(admin(), u"audit.list"_s, {{"cursor"_L1, page.value("next_cursor"_L1)}});
    const QJsonArray totp = call(admin(), u"audit.list"_s, {{"action"_L1, u"auth.totp."_s}})
                                .toObject()
                                .value("items"_L1)
                                .toArray();
    EXPECT_GE(totp.size(), 3);
    const QJsonObject file =
        call(admin(), u"audit.export"_s, {{"action"_L1, u"auth."_s}}).toObject();
    EXPECT_GT(file.value("size"_L1).toInteger(), 0);

    ASSERT_FALSE(HasFailure());
    // Controls: a status with more recovery codes than there are, nine codes, an entry without
    // its details.
    QJsonObject eleven = enabled;
    eleven.insert("recovery_codes_left"_L1, 11);
    QJsonArray nine = codes;
    nine.removeLast();
    QJsonObject entry = totp.at(0).toObject();
    entry.remove("details"_L1);
    checkAnswers(
        isSecondFactorResetOrAuditMethod,
        {{u"auth.totp.status"_s, eleven},
         {u"auth.recovery.regenerate"_s, QJsonObject {{"codes"_L1, nine}}},
         {u"audit.list"_s,
          QJsonObject {{"items"_L1, QJsonArray {entry}}, {"next_cursor"_L1, QJsonValue::Null}}}});
}

INSTANTIATE_TEST_SUITE_P(Backends, IdentityResultSchemaTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
