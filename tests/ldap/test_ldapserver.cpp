// The test directory itself (tests/support/ldapserver.*): what the directory tests rely on,
// checked with OpenLDAP's own command-line client.
#include "ldapfixture.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace frontline::test {
namespace {

struct Search
{
    bool ok = false;
    QString output;
};

Search ldapsearch(const QString& url, const QString& caFile, bool startTls, const QString& bindDn,
                  const QString& password, const QString& base, const QString& filter)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LDAPTLS_CACERT"_s, caFile);
    environment.insert(u"LDAPTLS_REQCERT"_s, u"demand"_s);
    process.setProcessEnvironment(environment);
    QStringList arguments = {u"-x"_s, u"-LLL"_s, u"-H"_s, url,  u"-D"_s, bindDn,
                             u"-w"_s, password,  u"-b"_s, base, filter,  u"uid"_s};
    if (startTls)
        arguments.prepend(u"-ZZ"_s);
    process.start(u"ldapsearch"_s, arguments);
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

class LdapServerTest : public LdapSuite
{ };

TEST_F(LdapServerTest, StartTlsAndLdapsAreVerifiedAgainstTheTestCa)
{
    const auto startTls =
        ldapsearch(ldap().ldapUrl(), ldap().caFile(), true, QLatin1String(LdapServer::ServiceDn),
                   QLatin1String(LdapServer::ServicePassword), QLatin1String(LdapServer::BaseDn),
                   QLatin1String(LdapServer::Filter));
    ASSERT_TRUE(startTls.ok) << startTls.output.toStdString();
    // dave is disabled: the filter leaves him out.
    EXPECT_TRUE(startTls.output.contains(u"uid: alice"_s));
    EXPECT_TRUE(startTls.output.contains(u"uid: frank"_s));
    EXPECT_FALSE(startTls.output.contains(u"uid: dave"_s));

    const auto ldaps = ldapsearch(
        ldap().ldapsUrl(), ldap().caFile(), false, LdapServer::personDn(u"alice"_s),
        LdapServer::password(u"alice"_s), QLatin1String(LdapServer::BaseDn), u"(uid=bob)"_s);
    ASSERT_TRUE(ldaps.ok) << ldaps.output.toStdString();
    EXPECT_TRUE(ldaps.output.contains(u"uid: bob"_s));
}

TEST_F(LdapServerTest, AnotherCaAndAWrongPasswordAreRefused)
{
    EXPECT_FALSE(ldapsearch(ldap().ldapsUrl(), ldap().otherCaFile(), false,
                            QLatin1String(LdapServer::ServiceDn),
                            QLatin1String(LdapServer::ServicePassword),
                            QLatin1String(LdapServer::BaseDn), u"(uid=bob)"_s)
                     .ok);
    const auto wrong =
        ldapsearch(ldap().ldapUrl(), ldap().caFile(), true, LdapServer::personDn(u"alice"_s),
                   u"not-her-password"_s, QLatin1String(LdapServer::BaseDn), u"(uid=bob)"_s);
    EXPECT_FALSE(wrong.ok);
    EXPECT_TRUE(wrong.output.contains(u"Invalid credentials"_s)) << wrong.output.toStdString();
}

TEST(LdapServerChanges, RenameMoveOutAndDisableChangeWhatTheFilterFinds)
{
    QString why;
    bool isError = false;
    const auto server = LdapServer::start(&why, &isError);
    if (!server && isError)
        FAIL() << why.toStdString();
    if (!server)
        GTEST_SKIP() << why.toStdString();
    ASSERT_TRUE(server->rename(u"erin"_s, u"erin.early"_s, &why)) << why.toStdString();
    ASSERT_TRUE(server->moveOut(u"frank"_s, &why)) << why.toStdString();
    ASSERT_TRUE(server->disable(u"carol"_s, &why)) << why.toStdString();
    const auto found =
        ldapsearch(server->ldapUrl(), server->caFile(), true, QLatin1String(LdapServer::ServiceDn),
                   QLatin1String(LdapServer::ServicePassword), QLatin1String(LdapServer::BaseDn),
                   QLatin1String(LdapServer::Filter));
    ASSERT_TRUE(found.ok) << found.output.toStdString();
    EXPECT_TRUE(found.output.contains(u"uid: erin.early"_s));
    EXPECT_FALSE(found.output.contains(u"uid: erin\n"_s));
    EXPECT_FALSE(found.output.contains(u"uid: frank"_s));
    EXPECT_FALSE(found.output.contains(u"uid: carol"_s));
    EXPECT_TRUE(found.output.contains(u"uid: alice"_s));
}

} // namespace
} // namespace frontline::test
