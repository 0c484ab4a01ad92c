#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace frontline::test {

// Real mail servers on loopback for the e-mail channel's tests, in a temporary folder that is
// removed afterwards: Dovecot (IMAP with IDLE, MOVE and STARTTLS; a Maildir per user; users in a
// passwd-file, plain authentication allowed) and Postfix (SMTP with STARTTLS and AUTH through
// Dovecot's auth service; mail for @example.test delivered into the Maildir through Dovecot's
// LMTP). Both use a self-signed certificate for 127.0.0.1, free ports, and stop with the object.
//
// Both daemons start as root and drop to their own users (dovenull, postfix; the mail is owned
// by nobody), as in production; CI runs the tests as root (scripts/setup.sh installs the
// packages). start() returns null with the reason when that is impossible: the binaries are
// missing or the tests do not run as root.
class MailServers
{
public:
    static constexpr const char* Domain = "example.test";
    static constexpr const char* Password = "mail-test-password";

    // Null, with whyNot set, when the servers cannot run here (a test skips then); a start that
    // fails although they could run is an error (whyNot says which, with the server's log).
    // `holdDelivery`: Postfix keeps what it accepts on its hold queue instead of delivering it into
    // Dovecot (benchmarks: the rate of handing mail over, without local delivery on the same
    // cores, as with a relay on a host of its own).
    static std::unique_ptr<MailServers> start(QString* whyNot, bool* isError,
                                              bool holdDelivery = false);
    ~MailServers();

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 imapPort() const { return m_imapPort; }
    quint16 smtpPort() const { return m_smtpPort; }
    QByteArray certificatePem() const { return m_certificatePem; }

    // Every address <name>@example.test has a mailbox and the password Password.
    static QString address(const QString& name);
    // The files of a user's Maildir folder ("" for the inbox, else the folder's name), new and cur.
    QStringList maildirFiles(const QString& name, const QString& folder = QString()) const;
    // The user's Maildir folder itself (benchmarks write mail straight into its new/).
    QString maildirPath(const QString& name, const QString& folder = QString()) const;
    QString log() const; // both servers' logs, for a failure message
    // Postfix closes a connection that said nothing for this long (smtpd_timeout; 300 s by
    // default), from the next connection on: a relay that hangs up on an idle client.
    bool setRelayIdleTimeout(int seconds);
    // Postfix refuses (421) a client's connections beyond this many at once, loopback too: a
    // relay with a limit per client.
    bool setRelayConnectionLimit(int connections);

    explicit MailServers(const QString& root);

private:
    bool writeConfiguration(QString* why);
    bool startDovecot(QString* why);
    bool startPostfix(QString* why);
    // postconf -e these settings, then what `postfix reload` does; `marker` goes into the greeting.
    bool reconfigureRelay(const QStringList& settings, const QByteArray& marker);
    // Until the daemon listens on `port`; with `greeting`, until it greets with a line that
    // contains it (not another test's daemon that took the port first).
    bool waitForPort(quint16 port, QProcess& process, QString* why,
                     const QByteArray& greeting = {});
    // What this instance's IMAP and SMTP greetings contain: its folder's name.
    QByteArray greetingToken() const;
    void stopAll();

    QString m_root;
    QProcess m_dovecot;
    QProcess m_postfix;
    quint16 m_imapPort = 0;
    quint16 m_smtpPort = 0;
    quint16 m_lmtpPort = 0;
    quint16 m_authPort = 0;
    bool m_holdDelivery = false;
    QByteArray m_certificatePem;
};

} // namespace frontline::test
