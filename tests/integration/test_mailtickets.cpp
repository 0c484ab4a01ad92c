// Mail becomes tickets and comments (issue 19) through the real server process and real
// Dovecot and Postfix on loopback: a mail sent by SMTP shows up for an agent over the socket,
// replies become comments, machines are not filed, what cannot be filed is quarantined and
// listed for admins, a SIGKILL mid-intake neither loses nor doubles a mail, and mailbox.test
// names the step that failed.
#include "api/ticketresults.h"
#include "backend.h"
#include "mail/smtpsender.h"
#include "mailsamples.h"
#include "mailservers.h"
#include "printers.h"
#include "serverfixture.h"
#include "storage/databaseconfig.h"
#include "storage/sqlsession.h"
#include "testsession.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;
using server::mail::MailEndpoint;
namespace samples = frontline::test::mailsamples;

namespace {

class MailTicketsTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        QString why;
        bool isError = false;
        m_mail = MailServers::start(&why, &isError);
        if (!m_mail && isError)
            FAIL() << why.toStdString();
        if (!m_mail)
            GTEST_SKIP() << why.toStdString();
        ServerFixture::SetUp();
    }

    QStringList serverArguments() const override
    {
        return {u"--mail-key-file"_s, m_keyDir.filePath(u"mail.key"_s)};
    }

    QJsonObject mailbox(const QJsonObject& extra = {}) const
    {
        QJsonObject params {{"name"_L1, u"IT Service Desk"_s},
                            {"host"_L1, m_mail->host()},
                            {"port"_L1, m_mail->imapPort()},
                            {"security"_L1, u"starttls"_s},
                            {"username"_L1, MailServers::address(u"desk"_s)},
                            {"password"_L1, QLatin1String(MailServers::Password)},
                            {"certificate"_L1, QString::fromLatin1(m_mail->certificatePem())}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            params.insert(it.key(), it.value());
        return params;
    }

    qint64 createMailbox(const QJsonObject& extra = {})
    {
        const Reply created = admin().call(u"mailbox.create"_s, mailbox(extra));
        EXPECT_TRUE(created.ok()) << created.describe();
        return created.object().value("id"_L1).toInteger();
    }

    void send(const QByteArray& raw, const QString& from = u"ann"_s)
    {
        const MailEndpoint smtp {m_mail->host(),
                                 m_mail->smtpPort(),
                                 MailEndpoint::Security::StartTls,
                                 MailServers::address(from),
                                 QLatin1String(MailServers::Password),
                                 m_mail->certificatePem()};
        const auto sent = server::mail::SmtpSender(smtp).send(
            MailServers::address(from), {MailServers::address(u"desk"_s)}, raw);
        ASSERT_TRUE(sent.ok()) << sent.error().toStdString();
    }

    // A mail as a person writes it, with a Message-ID of its own.
    static QByteArray plainMail(const QString& from, const QString& subject, const QString& body,
                                const QString& messageId, const QString& extraHeaders = {})
    {
        return (u"From: %1\r\nTo: desk@example.test\r\nSubject: %2\r\nMessage-ID: <%3>\r\n"
                "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n%4\r\n%5\r\n"_s)
            .arg(from, subject, messageId, extraHeaders, body)
            .toUtf8();
    }

    QJsonArray tickets()
    {
        const Reply list = admin().call(u"ticket.list"_s, QJsonObject {{"limit"_L1, 200}});
        EXPECT_TRUE(list.ok()) << list.describe();
        return list.items();
    }

    // Waits (on the server's answers, not on a clock) until it holds `count` tickets.
    bool waitForTickets(qsizetype count, int timeoutMs = 30000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (tickets().size() >= count)
                return tickets().size() == count;
            processEventsFor(50);
        }
        return false;
    }

    QJsonObject ticketTitled(const QString& title)
    {
        for (const QJsonValue& ticket : tickets()) {
            if (ticket.toObject().value("title"_L1).toString() == title)
                return ticket.toObject();
        }
        return {};
    }

    QStringList publicComments(qint64 ticketId)
    {
        const Reply history = admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, ticketId}});
        EXPECT_TRUE(history.ok()) << history.describe();
        QStringList bodies;
        for (const QJsonValue& item : history.items()) {
            const QJsonObject entry = item.toObject();
            const QJsonObject comment = entry.value("comment"_L1).toObject();
            if (!comment.isEmpty() && !comment.value("internal"_L1).toBool())
                bodies << comment.value("body"_L1).toString();
        }
        return bodies;
    }

    std::unique_ptr<server::SqlSession> openDatabase()
    {
        return openSession(database(), u"mail-check"_s);
    }

    qint64 count(server::SqlSession& session, const QString& sql)
    {
        server::Statement query = session.prepare(sql);
        query.exec();
        return query.next() ? query.int64(0) : -1;
    }

    QTemporaryDir m_keyDir;
    std::unique_ptr<MailServers> m_mail;
};

} // namespace

TEST_P(MailTicketsTest, AMailBecomesATicketForTheAgentAndRepliesBecomeComments)
{
    const qint64 desk = createGroup(u"Service Desk"_s, 1);
    const qint64 alex = createUser(u"alex"_s, u"agent"_s);
    addMember(desk, alex);
    auto agent = connectAs(u"alex"_s);
    ASSERT_TRUE(
        agent->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());
    const qint64 box = createMailbox({{"group"_L1, desk}});

    // Passwords go in and never come out.
    const Reply listed = admin().call(u"mailbox.list"_s);
    ASSERT_TRUE(listed.ok()) << listed.describe();
    ASSERT_EQ(listed.items().size(), 1);
    EXPECT_EQ(listed.items()[0].toObject().value("id"_L1).toInteger(), box);
    EXPECT_FALSE(QJsonDocument(listed.object()).toJson().contains(MailServers::Password));

    // ISO-8859-1 Q-encoded subject, Windows-1252 quoted-printable text; a PDF attachment.
    send(samples::outlookLatin1);
    test::Notification created;
    ASSERT_TRUE(agent->waitForNotification(u"ticket.created"_s, 30000, &created))
        << m_mail->log().toStdString();
    const QJsonObject ticket = created.params.value("ticket"_L1).toObject();
    EXPECT_EQ(ticket.value("title"_L1).toString(), u"Drucker im 2. Stock druckt nicht überall"_s);
    EXPECT_TRUE(ticket.value("description"_L1).toString().contains(u"Kosten bisher: 20 €."_s))
        << ticket.value("description"_L1).toString().toStdString();
    EXPECT_TRUE(ticket.value("description"_L1).toString().contains(u"Grüße"_s));
    EXPECT_EQ(ticket.value("requester"_L1)["username"_L1].toString(),
              u"juergen.mueller@example.org"_s);
    EXPECT_EQ(ticket.value("requester"_L1)["display_name"_L1].toString(), u"Jürgen Müller"_s);
    const qint64 printer = ticket.value("id"_L1).toInteger();

    send(samples::withAttachments);
    ASSERT_TRUE(waitForTickets(2));
    const QJsonObject invoice = ticketTitled(u"Invoice attached"_s);
    ASSERT_FALSE(invoice.isEmpty());
    EXPECT_EQ(invoice.value("requester"_L1)["username"_L1].toString(), u"carol@example.test"_s);
    EXPECT_EQ(invoice.value("group"_L1)["id"_L1].toInteger(), desk) << "the mailbox's group";
    EXPECT_TRUE(invoice.value("description"_L1).toString().contains(u"März"_s));
    const Reply files = admin().call(
        u"attachment.list"_s, QJsonObject {{"ticket"_L1, invoice.value("id"_L1).toInteger()}});
    ASSERT_TRUE(files.ok()) << files.describe();
    QStringList names;
    QString pdfType;
    for (const QJsonValue& file : files.items()) {
        names << file["name"_L1].toString();
        if (file["name"_L1].toString().endsWith(u".pdf"_s))
            pdfType = file["content_type"_L1].toString();
    }
    EXPECT_TRUE(names.contains(u"Rechnung März.pdf"_s)) << names.join(u", "_s).toStdString();
    EXPECT_EQ(pdfType, u"application/pdf"_s) << "recognised from the bytes";
    for (const QString& name : std::as_const(names))
        EXPECT_FALSE(name.contains(u'/')) << name.toStdString();

    // A reply with the tag: a comment from the requester, the quoted history and signature cut.
    send(plainMail(u"Jürgen Müller <juergen.mueller@example.org>"_s,
                   u"AW: [#%1] Drucker im 2. Stock"_s.arg(printer),
                   u"Jetzt druckt er gar nicht mehr.\r\n\r\n-- \r\nJürgen\r\n\r\n"
                   "Am Montag schrieb desk@example.test:\r\n> alte Nachricht\r\n"_s,
                   u"reply-1@example.org"_s));
    test::Notification commented;
    ASSERT_TRUE(agent->waitForNotification(u"ticket.commented"_s, 30000, &commented));
    EXPECT_EQ(commented.params.value("ticket"_L1)["id"_L1].toInteger(), printer);
    EXPECT_EQ(commented.params.value("comment"_L1)["body"_L1].toString(),
              u"Jetzt druckt er gar nicht mehr."_s);
    EXPECT_FALSE(commented.params.value("comment"_L1)["internal"_L1].toBool());

    // A reply found by In-Reply-To against a Message-ID Frontline sent about the ticket (UTF-8
    // base64, a tag of another ticket in its subject: the reference decides).
    send(plainMail(u"Ann Example <ann@example.test>"_s, u"VPN verbindet nicht"_s,
                   u"Seit heute früh."_s, u"ann-1@example.test"_s));
    ASSERT_TRUE(waitForTickets(3));
    const qint64 vpn = ticketTitled(u"VPN verbindet nicht"_s).value("id"_L1).toInteger();
    ASSERT_GT(vpn, 0);
    {
        auto session = openDatabase();
        ASSERT_TRUE(session);
        server::Statement sent = session->prepare(
            u"INSERT INTO mail_sent (message_id, ticket_id, sent_at) VALUES (?, ?, 0)"_s);
        sent.bind(u"ticket-1234-3@frontline.example.test"_s).bind(vpn);
        sent.exec();
    }
    send(samples::gmailReply);
    ASSERT_TRUE(agent->waitForNotification(u"ticket.commented"_s, 30000, &commented));
    EXPECT_EQ(commented.params.value("ticket"_L1)["id"_L1].toInteger(), vpn);
    EXPECT_EQ(commented.params.value("comment"_L1)["body"_L1].toString(),
              u"It works again after the update, thank you! 日本語もOK."_s);

    // A reply from someone who may not comment on the ticket opens a ticket of its own.
    send(plainMail(u"Mallory <mallory@example.test>"_s, u"Re: [#%1] Drucker"_s.arg(printer),
                   u"I am not the requester."_s, u"mallory-1@example.test"_s));
    ASSERT_TRUE(waitForTickets(4));
    EXPECT_EQ(publicComments(printer), QStringList {u"Jetzt druckt er gar nicht mehr."_s});

    // Staff see in the history which entries came in by mail, and from which address.
    const Reply history = admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, printer}});
    ASSERT_TRUE(history.ok()) << history.describe();
    const api::TicketHistory typed = api::TicketHistory::fromJson(history.result);
    QStringList marks;
    for (const api::HistoryMail& mail : typed.mails) {
        if (mail.direction != u"in"_s)
            continue;
        for (const TicketEvent& event : typed.items) {
            if (event.id == mail.eventId)
                marks << TicketEvent::kindName(event.kind) + u":"_s + mail.address;
        }
    }
    EXPECT_EQ(marks,
              (QStringList {u"created:juergen.mueller@example.org"_s,
                            u"comment:juergen.mueller@example.org"_s}));
}

// A mailbox's group is the ticket's group from its first version, as routing is for a ticket
// from the client: the ticket.created push carries it, so it lands in that group's queues live
// (and agents of other groups do not hear of it).
TEST_P(MailTicketsTest, AMailboxsTicketReachesItsGroupsAgentsLive)
{
    const qint64 desk = createGroup(u"Service Desk"_s, 1);
    const qint64 network = createGroup(u"Network"_s, 2);
    const qint64 alex = createUser(u"alex"_s, u"agent"_s);
    const qint64 nina = createUser(u"nina"_s, u"agent"_s);
    addMember(desk, alex);
    addMember(network, nina);
    ASSERT_TRUE(admin()
                    .call(u"group.update"_s,
                          QJsonObject {{"id"_L1, desk}, {"assignment"_L1, u"round_robin"_s}})
                    .ok());
    auto deskAgent = connectAs(u"alex"_s);
    auto networkAgent = connectAs(u"nina"_s);
    for (TestClient* agent : {deskAgent.get(), networkAgent.get()})
        ASSERT_TRUE(agent
                        ->call(u"events.subscribe"_s,
                               QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
                        .ok());
    createMailbox({{"group"_L1, desk}});

    send(plainMail(u"Ann Example <ann@example.test>"_s, u"Monitor flackert"_s, u"Seit dem Umzug."_s,
                   u"ann-monitor@example.test"_s));
    test::Notification created;
    ASSERT_TRUE(deskAgent->waitForNotification(u"ticket.created"_s, 30000, &created))
        << m_mail->log().toStdString();
    const QJsonObject ticket = created.params.value("ticket"_L1).toObject();
    EXPECT_EQ(ticket.value("title"_L1).toString(), u"Monitor flackert"_s);
    EXPECT_EQ(ticket.value("group"_L1)["id"_L1].toInteger(), desk)
        << "the push carries the mailbox's group";
    EXPECT_EQ(ticket.value("assignee"_L1)["id"_L1].toInteger(), alex)
        << "auto-assignment ran in the mailbox's group, as for a routed ticket";
    EXPECT_EQ(ticket.value("version"_L1).toInteger(), 1) << "routed at creation, not after it";

    // A ticket for the network group, after the mail's: pushes keep their order, so the network
    // agent hearing this one and nothing before it means it never heard of the mailed ticket.
    const QJsonObject sentinel = createTicket(admin(),
                                              QJsonObject {{"title"_L1, u"Switch im Keller"_s},
                                                           {"description"_L1, u"aus"_s},
                                                           {"group"_L1, network}});
    ASSERT_TRUE(networkAgent->waitForNotification(u"ticket.created"_s, 30000, &created));
    EXPECT_EQ(created.params.value("ticket"_L1)["id"_L1].toInteger(),
              sentinel.value("id"_L1).toInteger());
    for (const test::Notification& heard : std::as_const(networkAgent->notifications()))
        EXPECT_NE(heard.params.value("ticket"_L1)["id"_L1].toInteger(),
                  ticket.value("id"_L1).toInteger())
            << heard.method.toStdString();
    (void)nina;
}

TEST_P(MailTicketsTest, MachinesAreNotFiledAndWhatCannotBeFiledIsQuarantinedForAdmins)
{
    createMailbox({{"unknown_senders"_L1, u"refuse"_s}});
    createUser(u"ann"_s, u"requester"_s); // ann@example.com is known (createUser's address)
    send(samples::outOfOffice);
    send(samples::listMail);
    send(samples::bounce);
    send("To: desk@example.test\r\nSubject: who sent this?\r\nMessage-ID: <anon@x>\r\n\r\nhi\r\n");
    send(plainMail(u"Stranger <stranger@example.test>"_s, u"Let me in"_s, u"Hello."_s,
                   u"stranger-1@example.test"_s));
    send(plainMail(u"Ann <ann@example.com>"_s, u"Drucker kaputt"_s, u"Bitte helfen."_s,
                   u"ann-2@example.test"_s));
    ASSERT_TRUE(waitForTickets(1)) << m_mail->log().toStdString();
    EXPECT_EQ(tickets()[0]["title"_L1].toString(), u"Drucker kaputt"_s);
    // A batch's quarantined mail is recorded beside its filed mail, not necessarily before the
    // last ticket shows: wait (on the server's answers) until both refusals are listed.
    const QDeadlineTimer listed(30000);
    while (!listed.hasExpired() && admin().call(u"mailbox.quarantine.list"_s).items().size() < 2)
        processEventsFor(50);

    auto session = openDatabase();
    ASSERT_TRUE(session);
    // Each mail is filed on its own and may reach the mailbox in another order than it was
    // sent: wait until the three machines' mails are recorded too.
    EXPECT_TRUE(waitUntil(
        [&] { return count(*session, u"SELECT COUNT(*) FROM mail_messages"_s) >= 4; }, 30000));
    EXPECT_EQ(count(*session,
                    u"SELECT COUNT(*) FROM mail_undeliverable WHERE address = "
                    "'nobody@example.org'"_s),
              1)
        << "the bounce marks the address it could not deliver to";
    EXPECT_EQ(count(*session, u"SELECT COUNT(*) FROM mail_messages WHERE outcome = 'ignored'"_s),
              3);
    EXPECT_EQ(count(*session,
                    u"SELECT COUNT(*) FROM users WHERE email = "
                    "'stranger@example.test'"_s),
              0);

    const Reply quarantine = admin().call(u"mailbox.quarantine.list"_s);
    ASSERT_TRUE(quarantine.ok()) << quarantine.describe();
    ASSERT_EQ(quarantine.items().size(), 2);
    const QJsonObject stranger = quarantine.items()[0].toObject(); // newest first
    EXPECT_EQ(stranger.value("sender"_L1).toString(), u"stranger@example.test"_s);
    EXPECT_EQ(stranger.value("subject"_L1).toString(), u"Let me in"_s);
    EXPECT_TRUE(stranger.value("reason"_L1).toString().contains(u"unknown sender"_s));
    EXPECT_EQ(stranger.value("mailbox_name"_L1).toString(), u"IT Service Desk"_s);
    const QJsonObject anonymous = quarantine.items()[1].toObject();
    EXPECT_EQ(anonymous.value("reason"_L1).toString(), u"no sender address"_s);
    EXPECT_EQ(anonymous.value("subject"_L1).toString(), u"who sent this?"_s);
    // The refusal is recorded first and the mail moved after (a crash between the two moves it
    // next round), so the folder may fill a moment after the list.
    EXPECT_TRUE(waitUntil(
        [&] { return m_mail->maildirFiles(u"desk"_s, u"Quarantine"_s).size() == 2; }, 30000))
        << m_mail->maildirFiles(u"desk"_s, u"Quarantine"_s).size();

    // Requesters and agents see none of it.
    createUser(u"alex"_s, u"agent"_s);
    EXPECT_EQ(connectAs(u"alex"_s)->call(u"mailbox.quarantine.list"_s).code(), -32002);
}

TEST_P(MailTicketsTest, ALateBounceMarksTheSentMailFailedInTheTicketsHistory)
{
    createMailbox();
    const qint64 ann = createUser(u"ann"_s, u"requester"_s);
    const qint64 ticket = createTicket(admin(),
                                       QJsonObject {{"title"_L1, u"VPN"_s},
                                                    {"description"_L1, u"down"_s},
                                                    {"requester"_L1, ann}})
                              .value("id"_L1)
                              .toInteger();
    ASSERT_GT(ticket, 0);
    auto session = openDatabase();
    ASSERT_TRUE(session);
    QString messageId;
    {
        // A notification the relay took: it shows as sent.
        server::Statement event =
            session->prepare(u"SELECT MAX(id) FROM ticket_events WHERE ticket_id = ?"_s);
        event.bind(ticket);
        event.exec();
        ASSERT_TRUE(event.next());
        // Its Message-ID names its ticket, event and recipient, as the planner writes it.
        messageId = u"ticket-%1.event-%2.user-%3@desk.example.test"_s.arg(ticket)
                        .arg(event.int64(0))
                        .arg(ann);
        server::Statement sent = session->prepare(
            u"INSERT INTO mail_outbox (event_id, recipient_id, ticket_id, kind, address, subject, "
            "body, message_id, state, next_attempt_at, created_at, sent_at) VALUES (?, ?, ?, "
            "'ticket_created', 'ann.gone@example.org', 'VPN', 'x', ?, 'sent', 0, 0, 0)"_s);
        sent.bind(event.int64(0)).bind(ann).bind(ticket).bind(messageId);
        sent.exec();
    }
    TestClient* agent = &admin();
    ASSERT_TRUE(
        agent->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());
    // Hours later the recipient's server sends it back; the report quotes the mail's headers.
    send("Return-Path: <>\r\n"
         "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\r\n"
         "To: desk@example.test\r\n"
         "Subject: Undelivered Mail Returned to Sender\r\n"
         "Message-Id: <late-bounce-1@mx.example.org>\r\n"
         "MIME-Version: 1.0\r\n"
         "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n"
         "\r\n"
         "--B\r\nContent-Type: text/plain\r\n\r\nMailbox unknown.\r\n"
         "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
         "Reporting-MTA: dns; mx.example.org\r\n\r\n"
         "Final-Recipient: rfc822; ann.gone@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n"
         "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
         "From: Frontline <desk@example.test>\r\nTo: ann.gone@example.org\r\nSubject: VPN\r\n"
         "Message-ID: <"
         + messageId.toLatin1() + ">\r\n--B--\r\n");
    const QDeadlineTimer deadline(30000);
    QString state;
    while (!deadline.hasExpired()) {
        server::Statement row =
            session->prepare(u"SELECT state, last_error FROM mail_outbox WHERE ticket_id = ?"_s);
        row.bind(ticket);
        row.exec();
        if (row.next() && (state = row.text(0)) == u"failed"_s) {
            EXPECT_TRUE(row.text(1).contains(u"ann.gone@example.org"_s))
                << row.text(1).toStdString();
            break;
        }
        processEventsFor(50);
    }
    EXPECT_EQ(state, u"failed"_s) << "a bounce after delivery to the relay fails the mail";
    const Reply history = admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, ticket}});
    ASSERT_TRUE(history.ok()) << history.describe();
    const auto mails = api::TicketHistory::fromJson(history.result).mails;
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].state, u"failed"_s) << "the agent sees the mail did not arrive";
    EXPECT_EQ(count(*session,
                    u"SELECT COUNT(*) FROM mail_undeliverable WHERE address = "
                    "'ann.gone@example.org'"_s),
              1);
    test::Notification pushed;
    EXPECT_TRUE(agent->waitForNotification(u"ticket.mailed"_s, 10000, &pushed))
        << "open ticket panes hear of it";
}

TEST_P(MailTicketsTest, AKillBetweenFetchAndCommitLosesAndDoublesNothing)
{
    // Written into the Maildir as delivery leaves mail (SMTP for this many would be slow).
    constexpr int Mails = 600;
    const QString maildir = m_mail->maildirPath(u"desk"_s);
    for (const char* sub : {"/new", "/cur", "/tmp"}) {
        ASSERT_TRUE(QDir().mkpath(maildir + QLatin1String(sub)));
        ASSERT_EQ(
            ::chown(QFile::encodeName(maildir + QLatin1String(sub)).constData(), 65534, 65534), 0);
    }
    ASSERT_EQ(::chown(QFile::encodeName(maildir).constData(), 65534, 65534), 0);
    for (int i = 0; i < Mails; ++i) {
        const QString path = maildir + u"/new/1700000000.M%1P1.kill"_s.arg(i);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(plainMail(u"Ann <ann@example.test>"_s, u"Mail %1"_s.arg(i), u"Text %1"_s.arg(i),
                             u"kill-%1@example.test"_s.arg(i)));
        file.close();
        ASSERT_EQ(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
    }
    createMailbox();
    // Killed as soon as the first tickets commit: the intake is between a fetch and a commit,
    // or between a commit and marking the mail done, for the mails in flight.
    ASSERT_TRUE(
        admin()
            .call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());
    ASSERT_TRUE(admin().waitForNotification(u"ticket.created"_s, 30000));
    server().kill();
    {
        auto killed = openDatabase();
        ASSERT_TRUE(killed);
        const qint64 filed = count(*killed, u"SELECT COUNT(*) FROM mail_messages"_s);
        EXPECT_GE(filed, 1);
        EXPECT_LT(filed, Mails) << "the kill came before the intake was through";
    }
    ASSERT_TRUE(server().start()) << server().error().toStdString();
    m_admin = connectAs(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword));
    auto session = openDatabase();
    ASSERT_TRUE(session);
    // Until the restarted server has taken in the rest (more than a ticket.list page).
    const QDeadlineTimer deadline(60000);
    while (count(*session, u"SELECT COUNT(*) FROM mail_messages"_s) < Mails
           && !deadline.hasExpired())
        processEventsFor(50);
    EXPECT_EQ(count(*session, u"SELECT COUNT(*) FROM mail_messages"_s), Mails);
    EXPECT_EQ(count(*session, u"SELECT COUNT(*) FROM tickets"_s), Mails) << "none doubled";
    EXPECT_EQ(count(*session, u"SELECT COUNT(DISTINCT title) FROM tickets"_s), Mails)
        << "none lost";
}

TEST_P(MailTicketsTest, MailboxTestNamesTheStepThatFailed)
{
    auto tested = [&](const QJsonObject& settings) {
        const qint64 id = createMailbox(settings);
        const Reply reply = admin().call(u"mailbox.test"_s, QJsonObject {{"id"_L1, id}}, 60000);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        EXPECT_TRUE(admin().call(u"mailbox.delete"_s, QJsonObject {{"id"_L1, id}}).ok());
        return reply.object();
    };
    const QJsonObject good = tested({});
    EXPECT_TRUE(good.value("ok"_L1).toBool()) << good.value("message"_L1).toString().toStdString();
    EXPECT_TRUE(good.value("idle"_L1).toBool());
    EXPECT_TRUE(good.value("step"_L1).isNull());

    const QJsonObject password = tested({{"password"_L1, u"wrong"_s}});
    EXPECT_EQ(password.value("step"_L1).toString(), u"login"_s);
    EXPECT_FALSE(password.value("message"_L1).toString().contains(u"wrong"_s));

    const QJsonObject port = tested({{"port"_L1, m_mail->smtpPort() + 1000}});
    EXPECT_EQ(port.value("step"_L1).toString(), u"tcp"_s);

    // Without the pinned certificate the self-signed one does not verify.
    const QJsonObject certificate = tested({{"certificate"_L1, u""_s}});
    EXPECT_EQ(certificate.value("step"_L1).toString(), u"tls"_s)
        << certificate.value("message"_L1).toString().toStdString();

    const QJsonObject folder = tested({{"folder"_L1, u"No such folder"_s}});
    EXPECT_EQ(folder.value("step"_L1).toString(), u"folder"_s);

    const QJsonObject dns =
        tested({{"host"_L1, u"no-such-host.invalid"_s}, {"security"_L1, u"tls"_s}});
    EXPECT_EQ(dns.value("step"_L1).toString(), u"dns"_s);

    // Plain IMAP is only for loopback.
    const Reply plain = admin().call(u"mailbox.create"_s,
                                     mailbox({{"name"_L1, u"Remote"_s},
                                              {"host"_L1, u"imap.example.org"_s},
                                              {"security"_L1, u"none"_s}}));
    EXPECT_EQ(plain.code(), -32602);
    EXPECT_EQ(plain.field(), u"security"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, MailTicketsTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
