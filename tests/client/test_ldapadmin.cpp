// The controller of the Directories page (client/core/admin/LdapAdmin) against the real server
// and a real slapd: a saved directory is listed without its password and says one is stored, a
// wrong URL is named as the field before anything is sent, Test connection says the directory
// works (and names TLS for a wrong CA), Sync now answers with the counts, and saving again
// without a password keeps the stored one.
#include "client/core/admin/ldapadmin.h"
#include "coreclient.h"
#include "ldapserver.h"
#include "serverfixture.h"

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class LdapAdminTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        bool isError = false;
        m_ldap = LdapServer::start(&m_why, &isError);
        if (!m_ldap && isError)
            FAIL() << m_why.toStdString();
        if (!m_ldap)
            GTEST_SKIP() << m_why.toStdString();
        createUser(u"ada"_s, u"admin"_s);
        ada = std::make_unique<CoreClient>(server().port());
        ASSERT_TRUE(ada->login(u"ada"_s));
    }

    api::LdapDirectory directory() const
    {
        api::LdapDirectory d;
        d.name = u"Example"_s;
        d.url = m_ldap->ldapUrl();
        d.starttls = true;
        d.caFile = m_ldap->caFile();
        d.bindDn = QLatin1String(LdapServer::ServiceDn);
        d.bindPassword = QLatin1String(LdapServer::ServicePassword);
        d.baseDn = QLatin1String(LdapServer::BaseDn);
        d.userFilter = QLatin1String(LdapServer::Filter);
        d.groupMappings = {{QLatin1String(LdapServer::AdminsGroup), u"admin"_s, {}}};
        d.syncIntervalMinutes = 0;
        return d;
    }

    bool save(LdapAdmin& admin, int index, const api::LdapDirectory& d)
    {
        bool saved = false;
        QObject context;
        QObject::connect(&admin, &LdapAdmin::saved, &context, [&] { saved = true; });
        admin.save(index, d);
        return waitUntil([&] { return saved && !admin.isBusy(); }, 10000);
    }

    api::LdapTestResult test(LdapAdmin& admin, const QString& name)
    {
        std::optional<api::LdapTestResult> answer;
        QObject context;
        QObject::connect(&admin, &LdapAdmin::tested, &context,
                         [&](const api::LdapTestResult& result) { answer = result; });
        admin.test(name);
        EXPECT_TRUE(waitUntil([&] { return answer.has_value(); }, 30000));
        return answer.value_or(api::LdapTestResult());
    }

    QString m_why;
    std::unique_ptr<LdapServer> m_ldap;
    std::unique_ptr<CoreClient> ada;
};

} // namespace

TEST_P(LdapAdminTest, ASavedDirectoryTestsSyncsAndKeepsItsPassword)
{
    LdapAdmin admin(ada->session);
    QString refusedField;
    QObject::connect(&admin, &LdapAdmin::refused,
                     [&](const QString& field, const QString&) { refusedField = field; });
    ASSERT_TRUE(save(admin, -1, directory()));
    ASSERT_EQ(admin.directories().size(), 1);
    EXPECT_TRUE(admin.directories().constFirst().bindPasswordSet);
    EXPECT_FALSE(admin.directories().constFirst().bindPassword.has_value());

    const api::LdapTestResult works = test(admin, u"Example"_s);
    EXPECT_TRUE(works.ok) << works.message.toStdString();
    EXPECT_EQ(works.matched, 5);
    EXPECT_TRUE(LdapAdmin::describe(works).contains(u"5"_s));

    // A wrong URL is named before anything is sent; nothing changes.
    api::LdapDirectory wrong = admin.directories().constFirst();
    wrong.url = u"http://127.0.0.1"_s;
    admin.save(0, wrong);
    EXPECT_EQ(refusedField, u"url"_s);
    EXPECT_FALSE(admin.isBusy());

    // Saved again as loaded (no password) but with another CA: the stored password stays and
    // the test names TLS.
    api::LdapDirectory otherCa = admin.directories().constFirst();
    otherCa.caFile = m_ldap->otherCaFile();
    ASSERT_TRUE(save(admin, 0, otherCa));
    const api::LdapTestResult tls = test(admin, u"Example"_s);
    EXPECT_FALSE(tls.ok);
    EXPECT_EQ(tls.step, u"tls"_s);
    EXPECT_TRUE(LdapAdmin::describe(tls).contains(u"TLS"_s));
    api::LdapDirectory back = admin.directories().constFirst();
    back.caFile = m_ldap->caFile();
    ASSERT_TRUE(save(admin, 0, back));
    EXPECT_TRUE(test(admin, u"Example"_s).ok) << "the stored password was lost";

    std::optional<api::LdapSyncResult> synced;
    QObject::connect(&admin, &LdapAdmin::synced,
                     [&](const api::LdapSyncResult& result) { synced = result; });
    admin.sync(u"Example"_s);
    ASSERT_TRUE(waitUntil([&] { return synced.has_value(); }, 30000));
    EXPECT_EQ(synced->created, 5);
    EXPECT_TRUE(synced->errors.isEmpty()) << synced->errors.join(u"; "_s).toStdString();
    EXPECT_TRUE(LdapAdmin::describe(*synced).contains(u"5"_s));

    // Removed: the list is empty again.
    bool removed = false;
    QObject::connect(&admin, &LdapAdmin::saved,
                     [&](const QString& name) { removed = name.isEmpty(); });
    admin.remove(0);
    ASSERT_TRUE(waitUntil([&] { return removed && !admin.isBusy(); }));
    EXPECT_TRUE(admin.directories().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, LdapAdminTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
