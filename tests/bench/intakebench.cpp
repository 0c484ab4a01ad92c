// frontline-intake-bench (issue 19): how fast mail becomes tickets, and how soon a reply by mail
// reaches a connected client.
//  1. 10,000 mails are written straight into a real Dovecot Maildir (as delivery would leave
//     them), then a mailbox is configured on a real frontline-server: the time from
//     mailbox.create until every mail is a ticket gives mails filed per second (goal >= 200/s).
//  2. Replies sent through Postfix (SMTP, delivered by LMTP into the same Maildir) while an
//     agent connection is subscribed: the time from the SMTP send until ticket.commented is
//     pushed, with IDLE (goal <= 2 s).
// Runs as root (Dovecot and Postfix drop privileges, as in production); see tests/support/
// mailservers.h.
#include "benchserver.h"
#include "loadclient.h"
#include "mail/smtpsender.h"
#include "mailservers.h"
#include "storage/databaseconfig.h"
#include "storage/sqlsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace frontline;
using server::mail::MailEndpoint;

namespace {

constexpr const char* AdminPassword = "mail-bench-admin";

QByteArray mail(int i)
{
    return (u"Return-Path: <bench@example.test>\r\nFrom: Bench User <bench@example.test>\r\n"
            "To: desk@example.test\r\nSubject: Drucker %1 druckt nicht – Bitte prüfen\r\n"
            "Date: Mon, 3 Mar 2025 09:14:07 +0100\r\nMessage-ID: <bench-%1@example.test>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\nGuten Morgen,\r\n\r\nder Drucker %1 im "
            "zweiten Stock zeigt \"Papierstau\", obwohl kein Papier klemmt. Neustart hilft "
            "nicht.\r\n\r\nGrüße\r\nBench\r\n"_s)
        .arg(i)
        .toUtf8();
}

// As Dovecot's own delivery leaves them: one file per mail in new/, owned by the mail user.
bool fillMaildir(const QString& maildir, int count)
{
    for (const char* sub : {"/new", "/cur", "/tmp"})
        QDir().mkpath(maildir + QLatin1String(sub));
    for (int i = 0; i < count; ++i) {
        const QString path = maildir + u"/new/1700000000.M%1P1.bench"_s.arg(i);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(mail(i)) < 0)
            return false;
        file.close();
        if (::chown(QFile::encodeName(path).constData(), 65534, 65534) != 0)
            return false;
    }
    const QStringList folders {maildir, maildir + u"/new"_s, maildir + u"/cur"_s,
                               maildir + u"/tmp"_s};
    for (const QString& dir : folders)
        if (::chown(QFile::encodeName(dir).constData(), 65534, 65534) != 0)
            return false;
    return true;
}

// A subscribed connection that waits for a pushed line (LoadClient skips notifications).
class Listener
{
public:
    bool open(quint16 port)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        return m_socket.waitForConnected(5000)
            && call(R"({"jsonrpc":"2.0","method":"auth.login","params":{"username":"admin",)"
                    R"("password":"mail-bench-admin"},"id":1})")
            && call(R"({"jsonrpc":"2.0","method":"events.subscribe","params":{"topics":)"
                    R"(["tickets"]},"id":2})");
    }
    // Waits for a line that holds every one of `parts`.
    bool waitFor(const QList<QByteArray>& parts, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (m_socket.canReadLine()) {
                const QByteArray line = m_socket.readLine();
                if (std::all_of(parts.begin(), parts.end(),
                                [&](const QByteArray& part) { return line.contains(part); }))
                    return true;
            }
            m_socket.waitForReadyRead(50);
        }
        return false;
    }

private:
    bool call(const QByteArray& line)
    {
        m_socket.write(line + '\n');
        return m_socket.waitForBytesWritten(5000) && waitFor({"\"result\""}, 10000);
    }

    QTcpSocket m_socket;
};

qint64 filedCount(server::SqlSession& session)
{
    server::Statement query = session.prepare(u"SELECT COUNT(*) FROM mail_messages"_s);
    query.exec();
    return query.next() ? query.int64(0) : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mailsOption(u"mails"_s, u"Mails in the mailbox."_s, u"n"_s,
                                         u"10000"_s);
    const QCommandLineOption repliesOption(u"replies"_s, u"Replies timed by SMTP."_s, u"n"_s,
                                           u"20"_s);
    const QCommandLineOption dbOption(u"db"_s, u"A postgresql:// URL (default: SQLite)."_s,
                                      u"url"_s);
    const QCommandLineOption serverOption(u"server-bin"_s, u"The server binary."_s, u"path"_s,
                                          QStringLiteral(FRONTLINE_SERVER_BIN_DEFAULT));
    parser.addOptions({mailsOption, repliesOption, dbOption, serverOption});
    parser.process(app);
    const int mails = parser.value(mailsOption).toInt();
    QTextStream out(stdout);

    QString why;
    bool isError = false;
    const auto servers = test::MailServers::start(&why, &isError);
    if (!servers) {
        out << "cannot start Dovecot and Postfix: " << why << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    out << "writing " << mails << " mails into the Maildir…" << Qt::endl;
    if (!fillMaildir(servers->maildirPath(u"desk"_s), mails)) {
        out << "cannot write the Maildir" << Qt::endl;
        return 1;
    }
    const QString db = parser.isSet(dbOption) ? parser.value(dbOption) : dir.filePath(u"mail.db"_s);
    qputenv("FRONTLINE_ADMIN_PASSWORD", AdminPassword);
    QProcess serverProcess;
    const quint16 port = bench::startServer(serverProcess, parser.value(serverOption), db,
                                            dir.filePath(u"server.log"_s),
                                            {u"--mail-key-file"_s, dir.filePath(u"mail.key"_s)});
    if (port == 0) {
        out << "the server did not start; see its log" << Qt::endl;
        return 1;
    }
    bench::LoadClient admin;
    if (!admin.connectTo(port) || !admin.login(u"admin"_s, QLatin1String(AdminPassword))) {
        out << "cannot log in" << Qt::endl;
        return 1;
    }
    auto config = server::DatabaseConfig::parse(db);
    auto session = server::SqlSession::open(*config, u"mail-bench"_s);
    if (!session) {
        out << session.error() << Qt::endl;
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const QJsonObject created =
        admin.callJson("mailbox.create",
                       {{"name"_L1, u"IT Service Desk"_s},
                        {"host"_L1, servers->host()},
                        {"port"_L1, servers->imapPort()},
                        {"security"_L1, u"starttls"_s},
                        {"username"_L1, test::MailServers::address(u"desk"_s)},
                        {"password"_L1, QLatin1String(test::MailServers::Password)},
                        {"certificate"_L1, QString::fromLatin1(servers->certificatePem())}});
    if (!created.contains("result"_L1)) {
        out << "mailbox.create: " << QJsonDocument(created).toJson(QJsonDocument::Compact)
            << Qt::endl;
        return 1;
    }
    qint64 filed = 0;
    qint64 lastReport = 0;
    while ((filed = filedCount(**session)) < mails && timer.elapsed() < 1800000) {
        if (timer.elapsed() - lastReport >= 5000) {
            lastReport = timer.elapsed();
            out << "  " << filed << " filed after " << lastReport / 1000 << " s" << Qt::endl;
        }
        ::usleep(20000);
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    out << "intake: " << filed << " mails filed as tickets in " << seconds
        << " s = " << QString::number(double(filed) / seconds, 'f', 1)
        << " mails/s (from mailbox.create: connect, Dovecot indexing the Maildir, filing)"
        << Qt::endl;

    // Replies by SMTP to a connected, subscribed agent (the admin here), with IDLE.
    const QJsonObject page = admin.callJson("ticket.list", {{"limit"_L1, 1}});
    const qint64 ticket =
        page["result"_L1]["items"_L1].toArray().first().toObject().value("id"_L1).toInteger();
    Listener agent;
    if (!agent.open(port)) {
        out << "cannot subscribe" << Qt::endl;
        return 1;
    }
    const MailEndpoint smtp {servers->host(),
                             servers->smtpPort(),
                             MailEndpoint::Security::StartTls,
                             test::MailServers::address(u"ann"_s),
                             QLatin1String(test::MailServers::Password),
                             servers->certificatePem()};
    const server::mail::SmtpSender sender(smtp);
    QList<double> latencies;
    for (int i = 0; i < parser.value(repliesOption).toInt(); ++i) {
        const QByteArray reply =
            (u"From: Bench User <bench@example.test>\r\nTo: desk@example.test\r\n"
             "Subject: Re: [#%1] Drucker\r\nMessage-ID: <reply-%2@example.test>\r\n"
             "Content-Type: text/plain; charset=UTF-8\r\n\r\nNoch immer kaputt (%2).\r\n"_s)
                .arg(ticket)
                .arg(i)
                .toUtf8();
        QElapsedTimer latency;
        latency.start();
        const auto sent = sender.send(test::MailServers::address(u"ann"_s),
                                      {test::MailServers::address(u"desk"_s)}, reply);
        if (!sent) {
            out << "SMTP: " << sent.error() << Qt::endl;
            return 1;
        }
        const QByteArray marker = "(" + QByteArray::number(i) + ")";
        if (!agent.waitFor({"\"ticket.commented\"", marker}, 30000)) {
            out << "reply " << i << " was not pushed within 30 s" << Qt::endl;
            return 1;
        }
        latencies << double(latency.nsecsElapsed()) / 1e6;
    }
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.isEmpty())
        out << "reply by mail -> ticket.commented pushed (SMTP send, Postfix, LMTP, IDLE, "
               "filing): median "
            << QString::number(latencies[latencies.size() / 2], 'f', 0) << " ms, max "
            << QString::number(latencies.last(), 'f', 0) << " ms over " << latencies.size()
            << " replies" << Qt::endl;
    serverProcess.terminate();
    serverProcess.waitForFinished(30000);
    return 0;
}
