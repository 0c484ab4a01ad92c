#include "ldapserver.h"

#include "testhelpers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace frontline::test {

namespace {

const char* const AdminDn = "cn=admin,dc=example,dc=test";
const char* const AdminPassword = "directory-admin";

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/bin"_s});
}

QByteArray person(const QString& uid, const QString& name, const QByteArray& hash,
                  const QString& base, const QString& type = QString())
{
    QByteArray entry = "dn: uid=" + uid.toUtf8() + ',' + base.toUtf8()
        + "\nobjectClass: inetOrgPerson\nuid: " + uid.toUtf8() + "\ncn: " + name.toUtf8()
        + "\nsn: " + name.section(u' ', -1).toUtf8() + "\nmail: " + uid.toUtf8()
        + "@example.test\nuserPassword: " + hash + '\n';
    if (!type.isEmpty())
        entry += "employeeType: " + type.toUtf8() + '\n';
    return entry + '\n';
}

QByteArray group(const QString& name, const QStringList& members)
{
    QByteArray entry = "dn: cn=" + name.toUtf8()
        + ",ou=groups,dc=example,dc=test\n"
          "objectClass: groupOfNames\ncn: "
        + name.toUtf8() + '\n';
    for (const QString& uid : members)
        entry += "member: " + LdapServer::personDn(uid).toUtf8() + '\n';
    return entry + '\n';
}

QByteArray unit(const QString& ou, const QString& suffix)
{
    return "dn: ou=" + ou.toUtf8() + ',' + suffix.toUtf8()
        + "\nobjectClass: organizationalUnit\nou: " + ou.toUtf8() + "\n\n";
}

} // namespace

std::unique_ptr<LdapServer> LdapServer::start(QString* whyNot, bool* isError)
{
    *isError = false;
    for (const QString& name :
         {u"slapd"_s, u"slapadd"_s, u"slappasswd"_s, u"ldapmodify"_s, u"openssl"_s}) {
        if (tool(name).isEmpty()) {
            *whyNot = u"%1 is not installed (Debian: slapd ldap-utils openssl; scripts/setup.sh "
                      "installs them)"_s.arg(name);
            return nullptr;
        }
    }
    QTemporaryDir dir(QDir::tempPath() + u"/frontline-ldap-XXXXXX"_s);
    dir.setAutoRemove(false);
    auto server = std::make_unique<LdapServer>(dir.path());
    *isError = true;
    if (!server->prepare(whyNot) || !server->launch(whyNot)) {
        *whyNot += u"\n"_s + server->log();
        return nullptr;
    }
    *isError = false;
    return server;
}

LdapServer::LdapServer(const QString& root)
    : m_root(root)
{ }

LdapServer::~LdapServer()
{
    if (m_slapd.state() != QProcess::NotRunning) {
        m_slapd.terminate();
        if (!m_slapd.waitForFinished(10000)) {
            m_slapd.kill();
            m_slapd.waitForFinished(5000);
        }
    }
    QDir(m_root).removeRecursively();
}

QString LdapServer::personDn(const QString& uid)
{
    return u"uid="_s + uid + u',' + QLatin1String(BaseDn);
}

QString LdapServer::path(const QString& name) const
{
    return QDir(m_root).filePath(name);
}

QString LdapServer::ldapUrl() const
{
    return u"ldap://127.0.0.1:"_s + QString::number(m_ldapPort);
}

QString LdapServer::ldapsUrl() const
{
    return u"ldaps://127.0.0.1:"_s + QString::number(m_ldapsPort);
}

QString LdapServer::caFile() const
{
    return path(u"ca.pem"_s);
}

QString LdapServer::otherCaFile() const
{
    return path(u"other-ca.pem"_s);
}

QString LdapServer::log() const
{
    QFile file(path(u"slapd.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool LdapServer::run(const QString& program, const QStringList& arguments, QString* why,
                     const QByteArray& input, QByteArray* output)
{
    QProcess process;
    process.setWorkingDirectory(m_root);
    process.start(tool(program), arguments);
    if (!process.waitForStarted(10000)) {
        if (why)
            *why = program + u" did not start"_s;
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    const QByteArray out = process.readAllStandardOutput();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (why)
            *why = program + u" failed: "_s + QString::fromUtf8(out)
                + QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

bool LdapServer::prepare(QString* why)
{
    m_ldapPort = freePort();
    m_ldapsPort = freePort();
    QDir(m_root).mkpath(u"example"_s);
    QDir(m_root).mkpath(u"second"_s);
    // Two CAs: the one that signs the server's certificate, and another one (a wrong CA file).
    for (const QString& ca : {u"ca"_s, u"other-ca"_s}) {
        if (!run(u"openssl"_s,
                 {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                  ca + u".key"_s, u"-out"_s, ca + u".pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                  u"/CN=Frontline test "_s + ca, u"-addext"_s,
                  u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                  u"keyUsage=critical,keyCertSign,cRLSign"_s},
                 why))
            return false;
    }
    writeFile(path(u"server.ext"_s),
              "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "extendedKeyUsage=serverAuth\n");
    if (!run(u"openssl"_s,
             {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"server.key"_s,
              u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s},
             why)
        || !run(u"openssl"_s,
                {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
                 u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s,
                 u"-days"_s, u"2"_s, u"-extfile"_s, u"server.ext"_s},
                why))
        return false;

    const QByteArray root = m_root.toUtf8();
    QByteArray conf = "include /etc/ldap/schema/core.schema\n"
                      "include /etc/ldap/schema/cosine.schema\n"
                      "include /etc/ldap/schema/inetorgperson.schema\n"
                      "include /etc/ldap/schema/nis.schema\n"
                      "modulepath /usr/lib/ldap\nmoduleload back_mdb\n"
                      "pidfile "
        + root + "/slapd.pid\nTLSCACertificateFile " + root + "/ca.pem\nTLSCertificateFile " + root
        + "/server.pem\nTLSCertificateKeyFile " + root + "/server.key\n";
    // Anyone may bind; only a bound user reads; passwords are read by nobody.
    const QByteArray access = "access to attrs=userPassword by anonymous auth by * none\n"
                              "access to * by users read by anonymous auth by * none\n";
    for (const char* name : {"example", "second"}) {
        conf += QByteArray("database mdb\nmaxsize 10485760\nsuffix \"dc=") + name
            + ",dc=test\"\nrootdn \"cn=admin,dc=" + name + ",dc=test\"\nrootpw " + AdminPassword
            + "\ndirectory " + root + '/' + name + '\n' + access;
    }
    writeFile(path(u"slapd.conf"_s), conf);

    auto hash = [&](const QString& secret, QByteArray* out) {
        QByteArray hashed;
        if (!run(u"slappasswd"_s, {u"-h"_s, u"{SSHA}"_s, u"-s"_s, secret}, why, {}, &hashed))
            return false;
        *out = hashed.trimmed();
        return true;
    };
    QByteArray service;
    if (!hash(QLatin1String(ServicePassword), &service))
        return false;
    QHash<QString, QByteArray> ldif;
    for (const QString& suffix : {u"dc=example,dc=test"_s, u"dc=second,dc=test"_s}) {
        const QString dc = suffix.section(u',', 0, 0).mid(3);
        QByteArray& data = ldif[suffix];
        data += "dn: " + suffix.toUtf8() + "\nobjectClass: dcObject\nobjectClass: organization\no: "
            + dc.toUtf8() + "\ndc: " + dc.toUtf8() + "\n\n";
        data += unit(u"services"_s, suffix) + unit(u"people"_s, suffix);
        data += "dn: cn=frontline,ou=services," + suffix.toUtf8()
            + "\nobjectClass: person\ncn: frontline\nsn: Frontline\nuserPassword: " + service
            + "\n\n";
    }
    QByteArray& example = ldif[u"dc=example,dc=test"_s];
    example +=
        unit(u"groups"_s, u"dc=example,dc=test"_s) + unit(u"former"_s, u"dc=example,dc=test"_s);
    const QList<std::pair<QString, QString>> people = {
        {u"alice"_s, u"Alice Archer"_s}, {u"bob"_s, u"Bob Baker"_s},
        {u"carol"_s, u"Carol Cooper"_s}, {u"dave"_s, u"Dave Disabled"_s},
        {u"erin"_s, u"Erin Early"_s},    {u"frank"_s, u"Frank Fields"_s}};
    for (const auto& [uid, name] : people) {
        QByteArray hashed;
        if (!hash(password(uid), &hashed))
            return false;
        example += person(uid, name, hashed, QLatin1String(BaseDn),
                          uid == u"dave"_s ? u"disabled"_s : QString());
    }
    example += group(u"helpdesk-agents"_s, {u"alice"_s});
    example += group(u"helpdesk-admins"_s, {u"bob"_s});
    example += group(u"staff"_s, {u"alice"_s, u"carol"_s, u"erin"_s, u"frank"_s});
    QByteArray zoe;
    if (!hash(password(u"zoe"_s), &zoe))
        return false;
    ldif[u"dc=second,dc=test"_s] +=
        person(u"zoe"_s, u"Zoe Zimmer"_s, zoe, QLatin1String(SecondBaseDn));
    // slapadd fills one database (suffix) at a time.
    for (auto it = ldif.cbegin(); it != ldif.cend(); ++it) {
        const QString file = it.key().section(u',', 0, 0).mid(3) + u".ldif"_s;
        writeFile(path(file), it.value());
        if (!run(u"slapadd"_s, {u"-f"_s, u"slapd.conf"_s, u"-b"_s, it.key(), u"-l"_s, file}, why))
            return false;
    }
    return true;
}

bool LdapServer::launch(QString* why)
{
    // A port found free may be taken before slapd binds it (another test's server or an
    // outgoing connection's source port, from the same range): slapd then exits at once, and is
    // started again on other ports, three times at most.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (attempt > 0) {
            m_ldapPort = freePort();
            m_ldapsPort = freePort();
        }
        if (launchOnce(why))
            return true;
        if (m_slapd.state() != QProcess::NotRunning)
            return false; // running but not listening: not a port taken
    }
    return false;
}

bool LdapServer::launchOnce(QString* why)
{
    m_slapd.setProcessChannelMode(QProcess::MergedChannels);
    m_slapd.setStandardOutputFile(path(u"slapd.log"_s));
    m_slapd.setWorkingDirectory(m_root);
    // -d keeps it in the foreground (a child of the test, stopped with it).
    m_slapd.start(tool(u"slapd"_s),
                  {u"-f"_s, path(u"slapd.conf"_s), u"-h"_s, ldapUrl() + u"/ "_s + ldapsUrl() + u'/',
                   u"-d"_s, u"0"_s});
    const QDeadlineTimer deadline(30000);
    for (const quint16 port : {m_ldapPort, m_ldapsPort}) {
        for (;;) {
            if (deadline.hasExpired() || m_slapd.state() == QProcess::NotRunning) {
                *why = u"slapd did not listen on port "_s + QString::number(port);
                return false;
            }
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (socket.waitForConnected(500))
                break;
            m_slapd.waitForFinished(100);
        }
    }
    return true;
}

bool LdapServer::modify(const QByteArray& ldif, QString* why)
{
    return run(u"ldapmodify"_s,
               {u"-x"_s, u"-H"_s, ldapUrl(), u"-D"_s, QLatin1String(AdminDn), u"-w"_s,
                QLatin1String(AdminPassword)},
               why, ldif);
}

bool LdapServer::rename(const QString& uid, const QString& newUid, QString* why)
{
    return modify("dn: " + personDn(uid).toUtf8() + "\nchangetype: modrdn\nnewrdn: uid="
                      + newUid.toUtf8() + "\ndeleteoldrdn: 1\n",
                  why);
}

bool LdapServer::moveOut(const QString& uid, QString* why)
{
    return modify("dn: " + personDn(uid).toUtf8()
                      + "\nchangetype: modrdn\nnewrdn: uid=" + uid.toUtf8()
                      + "\ndeleteoldrdn: 1\nnewsuperior: ou=former,dc=example,dc=test\n",
                  why);
}

bool LdapServer::disable(const QString& uid, QString* why)
{
    return setAttribute(personDn(uid), u"employeeType"_s, u"disabled"_s, why);
}

bool LdapServer::setAttribute(const QString& dn, const QString& attribute, const QString& value,
                              QString* why)
{
    return modify("dn: " + dn.toUtf8() + "\nchangetype: modify\nreplace: " + attribute.toUtf8()
                      + '\n' + attribute.toUtf8() + ": " + value.toUtf8() + '\n',
                  why);
}

} // namespace frontline::test
