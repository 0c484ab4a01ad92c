// frontline-mail-bench: what notification mails cost and how fast they go out (issue 19).
//
//   frontline-mail-bench send [--mails 5000] [--hold]
//     notification mails handed to a real Postfix per second: N rendered mails are put in the
//     outbox of a stopped server, which is then started; timed from its start until the
//     outbox says every one was sent (the worker's whole path: claims through the writer,
//     GMime, the lanes' SMTP connections with STARTTLS and AUTH, a "sent" job per mail).
//     Also the library's own ceiling: SmtpSession alone sending as many mails, over one
//     connection and over as many as the worker uses. With --hold, Postfix puts what it takes
//     on its hold queue (no delivery into Dovecot on the same two cores), as a relay on a host
//     of its own would take it. FRONTLINE_MAIL_CONNECTIONS sets the server's
//     connections to the relay (default 8). Last, the relay's own rate as Postfix's load
//     generator smtp-source measures it (four sessions, no TLS): the ceiling of any client.
//     Each phase starts from a warm, idle relay: 200 mails sent first, and what a phase handed
//     over delivered before the next starts.
//   frontline-mail-bench cost [--seconds 5] [--rounds 3] [--relay-away | --hold] [--db URL]
//     durable ticket.create throughput (16 connections) with notification mails off and on
//     (each create queues a receipt and staff mails, which the worker sends meanwhile; with
//     --relay-away only queued: the cost inside the write transaction alone; with --hold sent
//     to a Postfix that only queues them, as a relay on a host of its own). --db: an empty
//     PostgreSQL database instead of a SQLite file in a temporary folder.
// Needs root (Postfix and Dovecot drop privileges, as in production; tests/support/mailservers).
#include "benchseeder.h"
#include "benchserver.h"
#include "loadclient.h"
#include "mail/outboundmail.h"
#include "mail/smtpsender.h"
#include "mailservers.h"
#include "notify/mailsender.h"
#include "storage/migrations.h"
#include "storage/sqlsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace frontline;
using frontline::test::MailServers;

namespace {

constexpr auto Password = "bench password 2026";

// Said with the end of the server's log (its folder goes with the benchmark), and returned
// from rather than aborted: Postfix and Dovecot are stopped on the way out.
int serverDidNotStart(QTextStream& out, const QString& logPath)
{
    QFile log(logPath);
    const QByteArray text = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    out << "the server did not start; the end of its log:\n"
        << QString::fromUtf8(text.right(2000)) << Qt::endl;
    return 1;
}

QJsonObject smtpValue(const MailServers& servers, bool enabled, bool relayAway = false)
{
    return {{"enabled"_L1, enabled},
            {"host"_L1, servers.host()},
            {"port"_L1, relayAway ? 1 : int(servers.smtpPort())},
            {"security"_L1, u"starttls"_s},
            {"username"_L1, MailServers::address(u"desk"_s)},
            {"password"_L1, QLatin1String(MailServers::Password)},
            {"certificate"_L1, QString::fromLatin1(servers.certificatePem())},
            {"from_address"_L1, MailServers::address(u"desk"_s)},
            {"from_name"_L1, u"Bench Desk"_s}};
}

std::unique_ptr<MailServers> startMailServers(QTextStream& out, bool holdDelivery = false)
{
    QString why;
    bool isError = false;
    auto servers = MailServers::start(&why, &isError, holdDelivery);
    if (!servers)
        out << "the mail servers cannot run here: " << why << Qt::endl;
    return servers;
}

void setSmtp(quint16 port, const MailServers& mail, bool enabled, bool relayAway = false)
{
    bench::LoadClient admin;
    admin.connectTo(port);
    admin.login(u"admin"_s, QString::fromLatin1(Password));
    const QJsonObject answer = admin.callJson(
        "config.set", {{"key"_L1, u"smtp"_s}, {"value"_L1, smtpValue(mail, enabled, relayAway)}});
    if (!answer.contains("result"_L1))
        qFatal("config.set smtp failed: %s", QJsonDocument(answer).toJson().constData());
}

QJsonObject outboxCounts(bench::LoadClient& admin)
{
    return admin.callJson("mail.outbox.list", {{"limit"_L1, 1}})
        .value("result"_L1)
        .toObject()
        .value("counts"_L1)
        .toObject();
}

// The notification mail every phase sends (the worker's from the outbox, the library's itself).
QString subjectAbout(qint64 ticket)
{
    return u"[#%1] New reply: printer on the third floor"_s.arg(ticket);
}

QString bodyAbout(qint64 ticket)
{
    return u"Hello Ann,\n\nAlex replied to your ticket #%1:\n\nWe replaced the toner; please "
           "try again and tell us if the pages are still blank.\n\nReply to this mail to answer."_s
               .arg(ticket);
}

// Every user's mail goes to one real mailbox, so that Postfix delivers all of it.
void deliverableAddresses(const server::DatabaseConfig& database)
{
    auto session = server::SqlSession::open(database, u"bench-mail"_s);
    if (!session)
        qFatal("%s", qPrintable(session.error()));
    (*session)->execute(u"UPDATE users SET email = 'ann@example.test'"_s);
}

int sendBenchmark(const QString& binary, int mails, bool holdDelivery)
{
    QTextStream out(stdout);
    auto mail = startMailServers(out, holdDelivery);
    if (!mail)
        return 1;
    QTemporaryDir dir;
    server::DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"mail.db"_s);
    if (const QString error =
            bench::BenchSeeder::seed(database, 1000, QString::fromLatin1(Password));
        !error.isEmpty()) {
        out << "seeding failed: " << error << Qt::endl;
        return 1;
    }
    deliverableAddresses(database);
    const QString log = dir.filePath(u"server.log"_s);
    {
        QProcess server;
        const quint16 port = bench::startReadyServer(server, binary, database.sqlitePath, log);
        if (port == 0)
            return serverDidNotStart(out, log);
        setSmtp(port, *mail, true);
        server.terminate();
        server.waitForFinished(60000);
    }
    {
        // N rendered mails about existing tickets, due now, as the planner writes them.
        auto session = server::SqlSession::open(database, u"bench-outbox"_s);
        if (!session)
            qFatal("%s", qPrintable(session.error()));
        (*session)->begin();
        server::Statement insert = (*session)->prepare(
            u"INSERT INTO mail_outbox (event_id, recipient_id, ticket_id, kind, address, subject, "
            "body, message_id, in_reply_to, state, next_attempt_at, created_at) VALUES (?, 1, "
            "?, 'public_reply', 'ann@example.test', ?, ?, ?, ?, 'queued', 0, 0)"_s);
        for (int i = 0; i < mails; ++i) {
            const qint64 ticket = 1 + i % 1000;
            insert.bind(qint64(1000000 + i))
                .bind(ticket)
                .bind(subjectAbout(ticket))
                .bind(bodyAbout(ticket))
                .bind(u"ticket-%1.event-%2.user-1@example.test"_s.arg(ticket).arg(1000000 + i))
                .bind(u"ticket-%1@example.test"_s.arg(ticket));
            insert.exec();
        }
        (*session)->commit();
    }

    // The library's own ceiling: SmtpSession alone, the same kind of mails, nothing else; over
    // one connection, and over as many as the server's worker uses (each on its own thread).
    server::mail::MailEndpoint endpoint {mail->host(),
                                         mail->smtpPort(),
                                         server::mail::MailEndpoint::Security::StartTls,
                                         MailServers::address(u"desk"_s),
                                         QLatin1String(MailServers::Password),
                                         mail->certificatePem()};
    const auto libraryRate = [&](int connections, int count, const QString& tag) {
        QElapsedTimer direct;
        direct.start();
        std::vector<std::thread> senders;
        for (int c = 0; c < connections; ++c)
            senders.emplace_back([&, c] {
                auto session = server::mail::SmtpSession::open(endpoint);
                if (!session)
                    qFatal("%s", qPrintable(session.error().text));
                for (int i = c; i < count; i += connections) {
                    server::mail::OutboundMail message;
                    message.fromAddress = MailServers::address(u"desk"_s);
                    message.to = {MailServers::address(u"ann"_s)};
                    message.subject = subjectAbout(1 + i % 1000);
                    message.text = bodyAbout(1 + i % 1000);
                    message.messageId = u"direct-%1-%2@example.test"_s.arg(tag).arg(i);
                    if (!(*session)->send(message.fromAddress, message.to, message.toBytes()).ok())
                        qFatal("direct send failed");
                }
            });
        for (std::thread& sender : senders)
            sender.join();
        return count / (direct.elapsed() / 1000.0);
    };
    const int workerConnections = server::notify::MailSender::connections();
    // Every phase starts from a warm, idle relay: Postfix's and Dovecot's processes running, and
    // what the phase before handed over delivered (else that delivery would slow the next).
    int handed = 0;
    const auto settle = [&](int more) {
        handed += more;
        if (holdDelivery)
            return;
        QElapsedTimer waited;
        waited.start();
        while (mail->maildirFiles(u"ann"_s).size() < handed && waited.elapsed() < 600000)
            QThread::msleep(100);
    };
    libraryRate(workerConnections, 200, u"warm"_s);
    settle(200);

    QProcess server;
    QElapsedTimer timer;
    timer.start();
    const quint16 port = bench::startServer(server, binary, database.sqlitePath, log);
    if (port == 0)
        return serverDidNotStart(out, log);
    bench::LoadClient admin;
    admin.connectTo(port);
    admin.login(u"admin"_s, QString::fromLatin1(Password));
    int sent = 0;
    while (sent < mails && timer.elapsed() < 600000) {
        QThread::msleep(50);
        const QJsonObject counts = outboxCounts(admin);
        sent = counts.value("sent"_L1).toInt();
        if (counts.value("failed"_L1).toInt() > 0)
            qFatal("mails failed; see mail.outbox.list");
    }
    const double seconds = timer.elapsed() / 1000.0;
    server.terminate();
    server.waitForFinished(60000);
    settle(mails);

    const double directOne = libraryRate(1, mails, u"one"_s);
    settle(mails);
    const double directMany = libraryRate(workerConnections, mails, u"many"_s);
    settle(mails);

    // The relay's own acceptance rate, measured by Postfix's load generator (smtp-source,
    // from the postfix package): four sessions kept open, the same number of mails, no TLS
    // or AUTH (cheaper for the relay than our STARTTLS sessions), so an upper bound of what
    // any client gets from this relay as set up.
    double relaySeconds = 0;
    const QString smtpSource = u"/usr/sbin/smtp-source"_s;
    if (QFileInfo::exists(smtpSource)) {
        QProcess source;
        QElapsedTimer relay;
        relay.start();
        source.start(smtpSource,
                     {u"-d"_s, u"-s"_s, u"4"_s, u"-m"_s, QString::number(mails), u"-l"_s, u"400"_s,
                      u"-f"_s, MailServers::address(u"desk"_s), u"-t"_s,
                      MailServers::address(u"ann"_s),
                      u"%1:%2"_s.arg(mail->host()).arg(mail->smtpPort())});
        if (source.waitForFinished(600000) && source.exitCode() == 0)
            relaySeconds = relay.elapsed() / 1000.0;
        else
            out << "smtp-source failed: " << source.readAllStandardError() << Qt::endl;
    }

    out << "| notification mails handed to Postfix by the server's worker (" << mails
        << (holdDelivery ? ", Postfix holding them" : "") << ", from its start) | "
        << qRound(mails / seconds) << " /s |" << Qt::endl;
    out << "| the same through SmtpSession alone (" << mails << ", one connection) | "
        << qRound(directOne) << " /s |" << Qt::endl;
    out << "| the same through SmtpSession alone (" << mails << ", " << workerConnections
        << " connections on their own threads) | " << qRound(directMany) << " /s |" << Qt::endl;
    if (relaySeconds > 0)
        out << "| the relay's own rate: Postfix's smtp-source, " << mails
            << " mails, 4 sessions, no TLS | " << qRound(mails / relaySeconds) << " /s |"
            << Qt::endl;
    return 0;
}

// `relayAway`: the mails are queued but the relay does not answer (the worker backs off), so
// that the figure is the cost of deciding, rendering and queuing them in the transaction alone.
int costBenchmark(const QString& binary, int seconds, int rounds, bool relayAway, bool holdDelivery,
                  const QString& url)
{
    QTextStream out(stdout);
    auto mail = startMailServers(out, holdDelivery);
    if (!mail)
        return 1;
    QTemporaryDir dir;
    const QString db = url.isEmpty() ? dir.filePath(u"cost.db"_s) : url;
    const auto parsed = server::DatabaseConfig::parse(db);
    if (!parsed) {
        out << "--db: " << parsed.error() << Qt::endl;
        return 1;
    }
    const server::DatabaseConfig& database = *parsed;
    if (const QString error =
            bench::BenchSeeder::seed(database, 10000, QString::fromLatin1(Password));
        !error.isEmpty()) {
        out << "seeding failed: " << error << Qt::endl;
        return 1;
    }
    deliverableAddresses(database);
    QProcess server;
    const QString log = dir.filePath(u"server.log"_s);
    const quint16 port = bench::startReadyServer(server, binary, db, log);
    if (port == 0)
        return serverDidNotStart(out, log);
    const QString token = bench::sessionToken(port, u"user0"_s, QString::fromLatin1(Password));
    bench::LoadClient admin;
    admin.connectTo(port);
    admin.login(u"admin"_s, QString::fromLatin1(Password));
    std::vector<double> off;
    std::vector<double> on;
    std::vector<double> changes;
    const auto phase = [&](bool enabled) {
        setSmtp(port, *mail, enabled, relayAway);
        return bench::createThroughput(port, token, 16, seconds);
    };
    for (int round = 0; round < rounds; ++round) {
        if (round % 2 == 0) {
            off.push_back(phase(false));
            on.push_back(phase(true));
        } else {
            on.push_back(phase(true));
            off.push_back(phase(false));
        }
        changes.push_back(on.back() / off.back() - 1);
        out << "  round " << round + 1 << ": " << qRound(off.back()) << " /s off, "
            << qRound(on.back()) << " /s on" << Qt::endl;
    }
    const QJsonObject counts = outboxCounts(admin);
    out << "  outbox: " << counts.value("sent"_L1).toInt() << " sent, "
        << counts.value("queued"_L1).toInt() + counts.value("sending"_L1).toInt()
        << " still to send, " << counts.value("failed"_L1).toInt() << " failed" << Qt::endl;
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    out << "| durable `ticket.create`, 16 connections, notification mails off (median of " << rounds
        << ") | " << qRound(median(off)) << " /s |" << Qt::endl;
    out << "| the same with notification mails on ("
        << (relayAway          ? "queued; relay away"
                : holdDelivery ? "queued and sent meanwhile to Postfix holding them"
                               : "queued and sent meanwhile")
        << ") | " << qRound(median(on)) << " /s (" << Qt::fixed << qSetRealNumberPrecision(1)
        << median(changes) * 100 << " %, median of the rounds' changes) |" << Qt::endl;
    server.terminate();
    server.waitForFinished(60000);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"mode"_s, u"send or cost"_s);
    parser.addOption({u"mails"_s, u"Mails for the send benchmark."_s, u"n"_s, u"5000"_s});
    parser.addOption({u"seconds"_s, u"Seconds per throughput phase."_s, u"s"_s, u"5"_s});
    parser.addOption({u"rounds"_s, u"Alternations of off/on."_s, u"n"_s, u"3"_s});
    parser.addOption({u"relay-away"_s, u"cost: queue only (the relay does not answer)."_s});
    parser.addOption({u"hold"_s,
                      u"send, cost: Postfix queues what it takes without delivering it "
                      "(no local delivery into Dovecot on the same cores)."_s});
    parser.addOption(
        {u"db"_s, u"cost: an empty postgresql:// database (default: SQLite)."_s, u"url"_s});
    parser.addOption({u"server"_s, u"The frontline-server binary."_s, u"path"_s,
                      QString::fromUtf8(FRONTLINE_SERVER_BIN_DEFAULT)});
    parser.process(app);
    QTextStream(stdout) << "machine: " << QSysInfo::prettyProductName() << ", "
                        << QThread::idealThreadCount() << " cores" << Qt::endl;
    const QString mode = parser.positionalArguments().value(0);
    if (mode == u"send"_s)
        return sendBenchmark(parser.value(u"server"_s), parser.value(u"mails"_s).toInt(),
                             parser.isSet(u"hold"_s));
    if (mode == u"cost"_s)
        return costBenchmark(parser.value(u"server"_s), parser.value(u"seconds"_s).toInt(),
                             parser.value(u"rounds"_s).toInt(), parser.isSet(u"relay-away"_s),
                             parser.isSet(u"hold"_s), parser.value(u"db"_s));
    parser.showHelp(1);
}
