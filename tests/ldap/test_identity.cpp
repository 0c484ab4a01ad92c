// Issue 20's "Done when", end to end against a real slapd and the real server: a directory user
// signs in with the directory password and, once made an organisation viewer, sees their
// organisation's tickets; an agent whose role requires a second factor cannot sign in without
// the code; a token scoped to "ticket." creates tickets but cannot list users; and every one of
// these sign-ins and changes is in the audit log.
#include "auth/totp.h"
#include "harnessfixture.h"
#include "ldapserver.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::test {
namespace {

constexpr int SecondFactor = -32010;

class IdentityTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        bool isError = false;
        m_ldap = LdapServer::start(&m_why, &isError);
        if (!m_ldap && isError)
            FAIL() << m_why.toStdString();
        if (!m_ldap)
            GTEST_SKIP() << m_why.toStdString();
        // One second into a 30-second step: the test's codes stay in the step it means.
        clock().advance(30 * 1000 - clock().now() % (30 * 1000) + 1000);
    }

    // The example directory (StartTLS, the test CA): helpdesk-agents sign in as agents.
    QJsonObject directory() const
    {
        const QJsonObject agents {{"group_dn"_L1, QLatin1String(LdapServer::AgentsGroup)},
                                  {"role"_L1, u"agent"_s},
                                  {"groups"_L1, QJsonArray {}}};
        return {{"name"_L1, u"Example"_s},
                {"url"_L1, m_ldap->ldapUrl()},
                {"starttls"_L1, true},
                {"ca_file"_L1, m_ldap->caFile()},
                {"bind_dn"_L1, QLatin1String(LdapServer::ServiceDn)},
                {"bind_password"_L1, QLatin1String(LdapServer::ServicePassword)},
                {"base_dn"_L1, QLatin1String(LdapServer::BaseDn)},
                {"user_filter"_L1, QLatin1String(LdapServer::Filter)},
                {"login_attribute"_L1, u"uid"_s},
                {"group_mappings"_L1, QJsonArray {agents}},
                {"sync_interval_minutes"_L1, 0}};
    }

    QString code(const QByteArray& secret) const
    {
        return server::Totp::generate(secret, m_server->clock().now() / 1000);
    }

    // auth.login on `client` with the directory password (and the code, when given).
    static Reply login(TestClient& client, const QString& uid, const QString& otp = {})
    {
        QJsonObject params {{"username"_L1, uid}, {"password"_L1, LdapServer::password(uid)}};
        if (!otp.isEmpty())
            params.insert("otp"_L1, otp);
        return client.call(u"auth.login"_s, params);
    }

    QJsonObject userNamed(const QString& username)
    {
        const Reply list = admin().call(u"user.list"_s, QJsonObject {{"limit"_L1, 200}});
        for (const QJsonValue& item : list.items()) {
            if (item["username"_L1].toString() == username)
                return item.toObject();
        }
        return {};
    }

    QString m_why;
    std::unique_ptr<LdapServer> m_ldap;
};

} // namespace

TEST_P(IdentityTest, ADirectoryViewerASecondFactorAndAScopedTokenAreAllOnRecord)
{
    const Reply directories = admin().call(
        u"config.set"_s,
        QJsonObject {{"key"_L1, u"ldap"_s},
                     {"value"_L1, QJsonObject {{"directories"_L1, QJsonArray {directory()}}}}});
    ASSERT_TRUE(directories.ok()) << directories.describe();
    const Reply org = admin().call(
        u"org.create"_s,
        QJsonObject {{"name"_L1, u"Example"_s}, {"domains"_L1, QJsonArray {u"example.test"_s}}});
    ASSERT_TRUE(org.ok()) << org.describe();
    const qint64 example = org.object().value("id"_L1).toInteger();

    // A colleague at example.test files a ticket.
    const Reply ann = admin().call(u"user.create"_s,
                                   QJsonObject {{"username"_L1, u"ann"_s},
                                                {"password"_L1, QString::fromLatin1(Password)},
                                                {"display_name"_L1, u"Ann Example"_s},
                                                {"email"_L1, u"ann@example.test"_s},
                                                {"role"_L1, u"requester"_s}});
    ASSERT_TRUE(ann.ok()) << ann.describe();
    auto colleague = connectAs(u"ann"_s);
    const qint64 theirs = createTicket(*colleague,
                                       QJsonObject {{"title"_L1, u"VPN drops"_s},
                                                    {"description"_L1, u"Every hour."_s}})
                              .value("id"_L1)
                              .toInteger();

    // Erin signs in to the applet with her directory password: her account is made, in
    // Example by her mail domain; she sees her own ticket only.
    TestClient erin(server().port());
    const Reply signedIn = login(erin, u"erin"_s);
    ASSERT_TRUE(signedIn.ok()) << signedIn.describe();
    const qint64 own = createTicket(erin,
                                    QJsonObject {{"title"_L1, u"Printer jam"_s},
                                                 {"description"_L1, u"Second floor."_s}})
                           .value("id"_L1)
                           .toInteger();
    EXPECT_EQ(idsOf(erin.call(u"ticket.list"_s).items()), QSet<qint64> {own});
    const QJsonObject erinUser = userNamed(u"erin"_s);
    const qint64 erinId = erinUser.value("id"_L1).toInteger();
    EXPECT_EQ(erinUser.value("org"_L1).toObject().value("id"_L1).toInteger(), example);
    EXPECT_FALSE(erin.call(u"ticket.get"_s, QJsonObject {{"id"_L1, theirs}}).ok());

    // Made an organisation viewer, she sees Example's tickets at once, and cannot answer them.
    const Reply made =
        admin().call(u"user.update"_s, QJsonObject {{"id"_L1, erinId}, {"org_viewer"_L1, true}});
    ASSERT_TRUE(made.ok()) << made.describe();
    EXPECT_TRUE(waitUntil([&] {
        return idsOf(erin.call(u"ticket.list"_s).items()) == QSet<qint64> {own, theirs};
    }));
    EXPECT_FALSE(
        erin.call(u"ticket.comment"_s, QJsonObject {{"id"_L1, theirs}, {"body"_L1, u"Me too"_s}})
            .ok());

    // Agents must use a second factor. Alice (an agent by her directory group) enrols.
    const Reply security = admin().call(
        u"config.set"_s,
        QJsonObject {{"key"_L1, u"security"_s},
                     {"value"_L1, QJsonObject {{"require_totp"_L1, QJsonArray {u"agent"_s}}}}});
    ASSERT_TRUE(security.ok()) << security.describe();
    QByteArray secret;
    {
        TestClient enrolling(server().port());
        const Reply first = login(enrolling, u"alice"_s);
        ASSERT_TRUE(first.ok()) << first.describe();
        EXPECT_TRUE(first.object().value("enrolment_required"_L1).toBool());
        EXPECT_FALSE(enrolling.call(u"ticket.list"_s).ok()) << "only enrolment until enrolled";
        const Reply begun = enrolling.call(u"auth.totp.begin"_s);
        ASSERT_TRUE(begun.ok()) << begun.describe();
        secret = server::Totp::fromBase32(begun.object().value("secret"_L1).toString());
        const Reply confirmed =
            enrolling.call(u"auth.totp.confirm"_s, QJsonObject {{"code"_L1, code(secret)}});
        ASSERT_TRUE(confirmed.ok()) << confirmed.describe();
    }
    clock().advance(30 * 1000); // the confirming code is spent

    // Without the code, or with a wrong one, no token; with the code, a session.
    TestClient alice(server().port());
    const Reply noCode = login(alice, u"alice"_s);
    EXPECT_EQ(noCode.code(), SecondFactor) << noCode.describe();
    EXPECT_FALSE(noCode.ok());
    const Reply wrong = login(alice, u"alice"_s, u"000000"_s);
    EXPECT_EQ(wrong.code(), SecondFactor) << wrong.describe();
    EXPECT_EQ(wrong.reason(), u"invalid"_s);
    const Reply withCode = login(alice, u"alice"_s, code(secret));
    ASSERT_TRUE(withCode.ok()) << withCode.describe();
    EXPECT_FALSE(withCode.object().value("token"_L1).toString().isEmpty());

    // Alice's monitoring token, scoped to "ticket.": creates tickets, cannot list users.
    const Reply token = alice.call(
        u"token.create"_s,
        QJsonObject {{"name"_L1, u"Monitoring"_s}, {"scopes"_L1, QJsonArray {u"ticket."_s}}});
    ASSERT_TRUE(token.ok()) << token.describe();
    const qint64 tokenId = token.object().value("id"_L1).toInteger();
    TestClient script(server().port());
    const Reply resumed = script.call(
        u"auth.resume"_s, QJsonObject {{"token"_L1, token.object().value("secret"_L1)}});
    ASSERT_TRUE(resumed.ok()) << resumed.describe();
    const Reply raised = script.call(u"ticket.create"_s,
                                     QJsonObject {{"title"_L1, u"Disk full on db1"_s},
                                                  {"description"_L1, u"From the monitoring."_s}});
    EXPECT_TRUE(raised.ok()) << raised.describe();
    const Reply users = script.call(u"user.list"_s);
    EXPECT_EQ(users.code(), -32002);
    EXPECT_EQ(users.reason(), u"outside_token_scope"_s);

    // Every one of these is on record.
    const Reply page = admin().call(u"audit.list"_s, QJsonObject {{"limit"_L1, 500}});
    ASSERT_TRUE(page.ok()) << page.describe();
    const auto has = [&](const QString& action, const QString& actor, const QString& label) {
        for (const QJsonValue& item : page.items()) {
            const QJsonObject entry = item.toObject();
            if (entry.value("action"_L1).toString() == action
                && entry.value("actor_name"_L1).toString() == actor
                && (label.isEmpty() || entry.value("target_label"_L1).toString() == label))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(has(u"config.set"_s, u"admin"_s, u"ldap"_s));
    EXPECT_TRUE(has(u"org.create"_s, u"admin"_s, u"Example"_s));
    EXPECT_TRUE(has(u"auth.login"_s, u"erin"_s, QString())) << "the directory sign-in";
    EXPECT_TRUE(has(u"user.update"_s, u"admin"_s, u"erin"_s)) << "made a viewer";
    EXPECT_TRUE(has(u"config.set"_s, u"admin"_s, u"security"_s));
    EXPECT_TRUE(has(u"auth.totp.enable"_s, u"alice"_s, QString()));
    EXPECT_TRUE(has(u"auth.login_failed"_s, u"alice"_s, QString())) << "the wrong code";
    EXPECT_TRUE(has(u"auth.login"_s, u"alice"_s, QString())) << "the sign-in with the code";
    EXPECT_TRUE(has(u"token.create"_s, u"alice"_s, u"Monitoring"_s));
    Q_UNUSED(tokenId);
}

INSTANTIATE_TEST_SUITE_P(Backends, IdentityTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace frontline::test
