#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace frontline::test {

// A real OpenLDAP slapd on loopback for the directory tests, in a temporary folder removed
// afterwards: an mdb database per suffix, a throwaway CA and a server certificate for
// 127.0.0.1 (StartTLS on the ldap:// port, and an ldaps:// port), loaded with a generated
// directory. Two suffixes, so that a test can configure two directories:
//
//   dc=example,dc=test   ou=services: cn=frontline (the service account, ServicePassword)
//                        ou=people:   alice, bob, carol, dave (employeeType=disabled), erin,
//                                     frank; every password is userPassword(uid)
//                        ou=groups:   helpdesk-agents (alice), helpdesk-admins (bob),
//                                     staff (alice, carol, erin, frank)
//                        ou=former:   empty; moveOut() moves a person here (out of the base)
//   dc=second,dc=test    ou=services: cn=frontline; ou=people: zoe
//
// The filter the tests use, Filter, leaves out people with employeeType=disabled.
class LdapServer
{
public:
    static constexpr const char* BaseDn = "ou=people,dc=example,dc=test";
    static constexpr const char* ServiceDn = "cn=frontline,ou=services,dc=example,dc=test";
    static constexpr const char* SecondBaseDn = "ou=people,dc=second,dc=test";
    static constexpr const char* SecondServiceDn = "cn=frontline,ou=services,dc=second,dc=test";
    static constexpr const char* ServicePassword = "service-secret";
    static constexpr const char* Filter =
        "(&(objectClass=inetOrgPerson)(!(employeeType=disabled)))";
    static constexpr const char* AgentsGroup = "cn=helpdesk-agents,ou=groups,dc=example,dc=test";
    static constexpr const char* AdminsGroup = "cn=helpdesk-admins,ou=groups,dc=example,dc=test";
    static constexpr const char* StaffGroup = "cn=staff,ou=groups,dc=example,dc=test";

    // Null with whyNot set when slapd cannot run here (a test skips then); a start that fails
    // although it could run is an error (whyNot says which, with slapd's output).
    static std::unique_ptr<LdapServer> start(QString* whyNot, bool* isError);
    explicit LdapServer(const QString& root);
    ~LdapServer();

    static QString password(const QString& uid) { return uid + QStringLiteral("-pw-1"); }
    static QString personDn(const QString& uid);

    QString ldapUrl() const; // ldap://127.0.0.1:<port> (StartTLS offered)
    QString ldapsUrl() const; // ldaps://127.0.0.1:<port>
    QString caFile() const; // the CA that signed the server's certificate
    QString otherCaFile() const; // a CA that did not

    // Changes during a test, as the directory's administrator; false with the tool's output.
    bool rename(const QString& uid, const QString& newUid, QString* why = nullptr);
    bool moveOut(const QString& uid, QString* why = nullptr); // to ou=former
    bool disable(const QString& uid, QString* why = nullptr); // employeeType: disabled
    bool setAttribute(const QString& dn, const QString& attribute, const QString& value,
                      QString* why = nullptr);
    QString log() const;

private:
    bool prepare(QString* why);
    bool run(const QString& program, const QStringList& arguments, QString* why,
             const QByteArray& input = {}, QByteArray* output = nullptr);
    bool modify(const QByteArray& ldif, QString* why);
    bool launch(QString* why); // on other ports when slapd could not bind its own
    bool launchOnce(QString* why);
    QString path(const QString& name) const;

    QString m_root;
    QProcess m_slapd;
    quint16 m_ldapPort = 0;
    quint16 m_ldapsPort = 0;
};

} // namespace frontline::test
