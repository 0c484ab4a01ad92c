#include "mailservers.h"

#include "testhelpers.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace frontline::test {

namespace {

// Postfix reads a main.cf or master.cf modified within the last second or two again every
// 0.3 s until it has settled (util/dict.c, dict_load_file_xt), so a configuration just written
// costs each start, reload and stop about two seconds of waiting. Ours is complete when
// written: dated a minute back, it is read at once.
bool settlePostfixConfig(const QString& directory)
{
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (const char* name : {"main.cf", "master.cf"}) {
        QFile file(QDir(directory).filePath(QLatin1String(name)));
        if (!file.open(QIODevice::ReadWrite)
            || !file.setFileTime(settled, QFileDevice::FileModificationTime))
            return false;
    }
    return true;
}

const QStringList Users = {QStringLiteral("desk"), QStringLiteral("ann"), QStringLiteral("bob"),
                           QStringLiteral("support")};

QString findDovecot()
{
    return QStandardPaths::findExecutable(
        QStringLiteral("dovecot"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
}

QString findPostfix()
{
    return QStandardPaths::findExecutable(
        QStringLiteral("postfix"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool chownTo(const QString& path, const char* user)
{
    const passwd* entry = getpwnam(user);
    return entry && chown(QFile::encodeName(path).constData(), entry->pw_uid, entry->pw_gid) == 0;
}

QByteArray number(quint16 port)
{
    return QByteArray::number(port);
}

} // namespace

std::unique_ptr<MailServers> MailServers::start(QString* whyNot, bool* isError, bool holdDelivery)
{
    *isError = false;
    if (findDovecot().isEmpty() || findPostfix().isEmpty()) {
        *whyNot = QStringLiteral("Dovecot or Postfix is not installed (Debian: dovecot-imapd "
                                 "dovecot-lmtpd postfix; scripts/setup.sh installs them)");
        return nullptr;
    }
    if (geteuid() != 0 || !getpwnam("nobody") || !getpwnam("postfix") || !getpwnam("dovenull")) {
        *whyNot = QStringLiteral("Dovecot and Postfix start as root and drop to their own users; "
                                 "these tests run as root (as in CI)");
        return nullptr;
    }
    // A free port can be taken by another test's servers between being chosen and being bound
    // (the suites start their mail servers in parallel): a failed start is tried again, in a new
    // folder with new ports, before it counts as an error.
    for (int attempt = 1;; ++attempt) {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/frontline-mail-XXXXXX"));
        dir.setAutoRemove(false);
        auto servers = std::make_unique<MailServers>(dir.path());
        servers->m_holdDelivery = holdDelivery;
        QString why;
        if (servers->writeConfiguration(&why) && servers->startDovecot(&why)
            && servers->startPostfix(&why))
            return servers;
        if (attempt == 3) {
            *isError = true;
            *whyNot = why + QStringLiteral("\n") + servers->log();
            return nullptr;
        }
    }
}

MailServers::MailServers(const QString& root)
    : m_root(root)
{ }

MailServers::~MailServers()
{
    stopAll();
    QDir(m_root).removeRecursively();
}

QString MailServers::address(const QString& name)
{
    return name + u'@' + QLatin1String(Domain);
}

bool MailServers::writeConfiguration(QString* why)
{
    m_imapPort = freePort();
    m_smtpPort = freePort();
    m_lmtpPort = freePort();
    m_authPort = freePort();
    const QDir root(m_root);
    // The daemons' users must reach their files below the temporary folder.
    chmod(QFile::encodeName(m_root).constData(), 0755);
    for (const char* sub : {"run", "state", "mail", "postfix", "postfix/queue", "postfix/data"})
        root.mkpath(QLatin1String(sub));
    // Postfix's queue made here, so that its start-up skips the slow shell-script checks
    // (queue/quick-start): the same folders and owners "postfix check" would create.
    bool owned = chownTo(root.filePath(QStringLiteral("mail")), "nobody")
        && chownTo(root.filePath(QStringLiteral("postfix/data")), "postfix");
    const group* postdrop = getgrnam("postdrop");
    for (const char* sub : {"active", "bounce", "corrupt", "defer", "deferred", "flush", "hold",
                            "incoming", "private", "saved", "trace", "maildrop", "public"}) {
        const QString path = root.filePath(QStringLiteral("postfix/queue/") + QLatin1String(sub));
        root.mkpath(path);
        const bool dropped = qstrcmp(sub, "maildrop") == 0 || qstrcmp(sub, "public") == 0;
        owned = owned && chownTo(path, "postfix");
        if (dropped && postdrop)
            owned = owned
                && chown(QFile::encodeName(path).constData(), uid_t(-1), postdrop->gr_gid) == 0;
        chmod(QFile::encodeName(path).constData(), dropped ? 0730 : 0700);
    }
    root.mkpath(QStringLiteral("postfix/queue/pid"));
    writeFile(root.filePath(QStringLiteral("postfix/queue/quick-start")), {});
    if (!owned) {
        *why = QStringLiteral("cannot give the mail folders to their users");
        return false;
    }

    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), root.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), root.filePath(QStringLiteral("cert.pem")),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *why = QStringLiteral("openssl could not make a certificate: ")
            + QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    m_certificatePem = readFile(root.filePath(QStringLiteral("cert.pem")));

    const QByteArray r = QFile::encodeName(m_root);
    QByteArray users;
    for (const QString& user : Users)
        users += address(user).toUtf8() + ":{PLAIN}" + Password + ":65534:65534::" + r + "/mail/"
            + user.toUtf8() + "::\n";
    const QByteArray dovecot = "base_dir = " + r + "/run\n" + "state_dir = " + r + "/state\n"
        + "log_path = " + r
        + "/dovecot.log\n"
          "protocols = imap lmtp\n"
          "listen = 127.0.0.1\n"
          "ssl = yes\n"
          "ssl_cert = <"
        + r + "/cert.pem\n" + "ssl_key = <" + r
        + "/key.pem\n"
          "disable_plaintext_auth = no\n"
          "auth_mechanisms = plain login\n"
          "first_valid_uid = 1\n"
          "auth_failure_delay = 0\n"
          // No growing delay for the next logins from an address that failed one (anvil's auth
          // penalty): the tests refuse wrong passwords on purpose and log in right after.
          "service anvil {\n  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}\n"
          "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN "
        + r + "/passwd\n}\n" + "userdb {\n  driver = passwd-file\n  args = " + r
        + "/passwd\n}\n"
          "mail_location = maildir:~/Maildir\n"
          "login_greeting = Frontline test "
        + greetingToken()
        + "\n"
          "namespace inbox {\n  inbox = yes\n  separator = /\n}\n"
          "service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = "
        + number(m_imapPort)
        + "\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}\n"
          "service lmtp {\n  inet_listener lmtp {\n    address = 127.0.0.1\n    port = "
        + number(m_lmtpPort)
        + "\n  }\n}\n"
          "service auth {\n  inet_listener {\n    address = 127.0.0.1\n    port = "
        + number(m_authPort)
        + "\n  }\n}\n"
          "service stats {\n  unix_listener stats-writer {\n    mode = 0666\n  }\n}\n";

    const QByteArray mainCf = "compatibility_level = 3.6\n"
                              "queue_directory = "
        + r + "/postfix/queue\n" + "data_directory = " + r
        + "/postfix/data\n"
          "mail_owner = postfix\n"
          "inet_interfaces = 127.0.0.1\n"
          "inet_protocols = ipv4\n"
          "myhostname = mail.example.test\n"
          "smtpd_banner = $myhostname ESMTP Frontline test "
        + greetingToken()
        + "\n"
          "mydomain = example.test\n"
          "mydestination =\n"
          "local_recipient_maps =\n"
          "alias_maps =\n"
          "alias_database =\n"
          "biff = no\n"
          "virtual_mailbox_domains = example.test\n"
          "virtual_transport = lmtp:inet:127.0.0.1:"
        + number(m_lmtpPort)
        + "\n"
          "mynetworks = 127.0.0.0/8\n"
          "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
          "reject_unauth_destination\n"
          "smtpd_sasl_auth_enable = yes\n"
          "smtpd_sasl_type = dovecot\n"
          "smtpd_sasl_path = inet:127.0.0.1:"
        + number(m_authPort) + "\n" + "smtpd_tls_cert_file = " + r + "/cert.pem\n"
        + "smtpd_tls_key_file = " + r
        + "/key.pem\n"
          "smtpd_tls_security_level = may\n"
          "smtpd_error_sleep_time = 0\n"
          // Mail arrives as it was sent: no From, Date or Message-ID added to what lacks them.
          "local_header_rewrite_clients =\n"
          "maillog_file_prefixes = "
        + r + "\n" + "maillog_file = " + r
        + "/postfix/maillog\n"
        // Held: every accepted message goes to the hold queue, which the queue manager leaves
        // alone (defer_transports instead made it defer, and log, each message: more work).
        + (m_holdDelivery ? "smtpd_end_of_data_restrictions = check_client_access static:HOLD\n"
                          : "");
    // chroot off (column 5 "n"): the daemons find the temporary folder as it is.
    const QByteArray masterCf = "127.0.0.1:" + number(m_smtpPort)
        + " inet n - n - - smtpd\n"
          "pickup unix n - n 60 1 pickup\n"
          "cleanup unix n - n - 0 cleanup\n"
          "qmgr unix n - n 300 1 qmgr\n"
          "tlsmgr unix - - n 1000? 1 tlsmgr\n"
          "rewrite unix - - n - - trivial-rewrite\n"
          "bounce unix - - n - 0 bounce\n"
          "defer unix - - n - 0 bounce\n"
          "trace unix - - n - 0 bounce\n"
          "verify unix - - n - 1 verify\n"
          "flush unix n - n 1000? 0 flush\n"
          "proxymap unix - - n - - proxymap\n"
          "smtp unix - - n - - smtp\n"
          "relay unix - - n - - smtp\n"
          "showq unix n - n - - showq\n"
          "error unix - - n - - error\n"
          "retry unix - - n - - error\n"
          "discard unix - - n - - discard\n"
          "lmtp unix - - n - - lmtp\n"
          "anvil unix - - n - 1 anvil\n"
          "scache unix - - n - 1 scache\n"
          "postlog unix-dgram n - n - 1 postlogd\n";
    if (!writeFile(root.filePath(QStringLiteral("passwd")), users)
        || !writeFile(root.filePath(QStringLiteral("dovecot.conf")), dovecot)
        || !writeFile(root.filePath(QStringLiteral("postfix/main.cf")), mainCf)
        || !writeFile(root.filePath(QStringLiteral("postfix/master.cf")), masterCf)
        || !settlePostfixConfig(root.filePath(QStringLiteral("postfix")))) {
        *why = QStringLiteral("cannot write the servers' configuration in ") + m_root;
        return false;
    }
    return true;
}

bool MailServers::startDovecot(QString* why)
{
    m_dovecot.setProcessChannelMode(QProcess::MergedChannels);
    m_dovecot.setStandardOutputFile(QDir(m_root).filePath(QStringLiteral("dovecot.out")));
    m_dovecot.start(findDovecot(),
                    {QStringLiteral("-F"), QStringLiteral("-c"),
                     QDir(m_root).filePath(QStringLiteral("dovecot.conf"))});
    return waitForPort(m_imapPort, m_dovecot, why, greetingToken())
        && waitForPort(m_lmtpPort, m_dovecot, why) && waitForPort(m_authPort, m_dovecot, why);
}

bool MailServers::startPostfix(QString* why)
{
    m_postfix.setProcessChannelMode(QProcess::MergedChannels);
    m_postfix.setStandardOutputFile(QDir(m_root).filePath(QStringLiteral("postfix.out")));
    m_postfix.start(findPostfix(),
                    {QStringLiteral("-c"), QDir(m_root).filePath(QStringLiteral("postfix")),
                     QStringLiteral("start-fg")});
    return waitForPort(m_smtpPort, m_postfix, why, greetingToken());
}

bool MailServers::setRelayIdleTimeout(int seconds)
{
    return reconfigureRelay({QStringLiteral("smtpd_timeout=%1s").arg(seconds)},
                            "idle-timeout-" + QByteArray::number(seconds));
}

bool MailServers::setRelayConnectionLimit(int connections)
{
    // Loopback is in mynetworks, which Postfix exempts from the limit by default.
    return reconfigureRelay(
        {QStringLiteral("smtpd_client_connection_count_limit=%1").arg(connections),
         QStringLiteral("smtpd_client_event_limit_exceptions=")},
        "connection-limit-" + QByteArray::number(connections));
}

bool MailServers::reconfigureRelay(const QStringList& settings, const QByteArray& marker)
{
    // The greeting names the setting too, so that a connection tells which configuration the
    // daemon that took it runs.
    const QString config = QDir(m_root).filePath(QStringLiteral("postfix"));
    QProcess postconf;
    postconf.start(
        QStandardPaths::findExecutable(QStringLiteral("postconf"),
                                       {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}),
        QStringList {QStringLiteral("-c"), config, QStringLiteral("-e")} + settings
            + QStringList {
                QStringLiteral("smtpd_banner=$myhostname ESMTP Frontline test %1 %2")
                    .arg(QString::fromLatin1(greetingToken()), QString::fromLatin1(marker))});
    if (!postconf.waitForFinished(30000) || postconf.exitStatus() != QProcess::NormalExit
        || postconf.exitCode() != 0 || !settlePostfixConfig(config))
        return false;

    // What `postfix reload` does, without its "is the master running" test, which once answered
    // "not running" for a running master on a loaded machine: HUP the master named in its pid
    // file. Daemons of the old configuration that wait for a connection serve one more and then
    // end; return once a new connection is greeted by a daemon of the new one.
    const pid_t master = pid_t(
        readFile(QDir(config).filePath(QStringLiteral("queue/pid/master.pid"))).trimmed().toLong());
    if (master <= 0 || ::kill(master, SIGHUP) != 0)
        return false;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_smtpPort);
        if (!probe.waitForConnected(5000))
            continue;
        QByteArray greeting;
        while (!greeting.contains('\n') && probe.waitForReadyRead(5000))
            greeting += probe.readAll();
        if (greeting.contains(marker))
            return true;
        probe.write("QUIT\r\n");
        while (probe.state() == QAbstractSocket::ConnectedState && probe.waitForReadyRead(5000))
            probe.readAll();
        QThread::msleep(50);
    }
    return false;
}

QByteArray MailServers::greetingToken() const
{
    return QFileInfo(m_root).fileName().toLatin1();
}

bool MailServers::waitForPort(quint16 port, QProcess& process, QString* why,
                              const QByteArray& greeting)
{
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (process.state() == QProcess::NotRunning) {
            *why = process.program() + QStringLiteral(" stopped before it listened on port ")
                + QString::number(port);
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(500)) {
            if (greeting.isEmpty())
                return true;
            // Another test's daemon may have taken the port between our choosing it and our
            // daemon binding it: only our own greeting (it names this folder) counts.
            QByteArray line;
            const QDeadlineTimer greeted(5000);
            while (!line.contains('\n') && !greeted.hasExpired()
                   && socket.state() == QAbstractSocket::ConnectedState) {
                socket.waitForReadyRead(int(std::max<qint64>(1, greeted.remainingTime())));
                line += socket.readAll();
            }
            if (line.contains(greeting))
                return true;
            *why = QStringLiteral("port %1 answers as another server: %2")
                       .arg(port)
                       .arg(QString::fromLatin1(line.trimmed()));
            return false;
        }
        // Refused at once while the daemon starts: wait for it to change, not for the clock.
        process.waitForFinished(100);
    }
    *why = process.program() + QStringLiteral(" did not listen on port ") + QString::number(port);
    return false;
}

void MailServers::stopAll()
{
    if (m_postfix.state() != QProcess::NotRunning) {
        QProcess::execute(findPostfix(),
                          {QStringLiteral("-c"), QDir(m_root).filePath(QStringLiteral("postfix")),
                           QStringLiteral("stop")});
        if (!m_postfix.waitForFinished(15000)) {
            m_postfix.kill();
            m_postfix.waitForFinished(5000);
        }
    }
    if (m_dovecot.state() != QProcess::NotRunning) {
        m_dovecot.terminate();
        if (!m_dovecot.waitForFinished(15000)) {
            m_dovecot.kill();
            m_dovecot.waitForFinished(5000);
        }
    }
}

QString MailServers::maildirPath(const QString& name, const QString& folder) const
{
    QString path = m_root + QStringLiteral("/mail/") + name + QStringLiteral("/Maildir");
    if (!folder.isEmpty())
        path += QStringLiteral("/.") + folder;
    return path;
}

QStringList MailServers::maildirFiles(const QString& name, const QString& folder) const
{
    const QString path = maildirPath(name, folder);
    QStringList files;
    for (const char* sub : {"/new", "/cur"}) {
        const QDir dir(path + QLatin1String(sub));
        for (const QString& file : dir.entryList(QDir::Files))
            files << dir.filePath(file);
    }
    return files;
}

QString MailServers::log() const
{
    const QDir root(m_root);
    return QString::fromLocal8Bit(readFile(root.filePath(QStringLiteral("dovecot.out")))
                                  + readFile(root.filePath(QStringLiteral("dovecot.log")))
                                  + readFile(root.filePath(QStringLiteral("postfix.out")))
                                  + readFile(root.filePath(QStringLiteral("postfix/maillog"))));
}

} // namespace frontline::test
