// Issue 19's "Done when" in one test: a mail to the desk's mailbox on a real server (Dovecot and
// Postfix on loopback) becomes a ticket, an agent answers it over the socket as the client does
// (ticket.comment), the requester finds the answer in her real mailbox over IMAP, replies by
// SMTP as a mail program does (In-Reply-To, References, a signature and the quoted history),
// and the reply lands on the same ticket as her public comment, pushed to the agent. Every step
// goes through the real server process; the test waits on the server's answers and pushes.
#include "api/notifyapi.h"
#include "backend.h"
#include "mailreader.h"
#include "mailservers.h"
#include "printers.h"
#include "serverfixture.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;
using server::mail::InboundMail;

namespace {

class MailLoopTest : public ServerFixture
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

    QList<api::MailOutboxEntry> outbox()
    {
        const Reply reply = admin().call(u"mail.outbox.list"_s, QJsonObject {{"limit"_L1, 500}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        const auto list = api::MailOutboxList::fromJson(reply.result);
        return list.queued == 0 && list.sending == 0 ? list.items : QList<api::MailOutboxEntry> {};
    }

    // Until the outbox holds a sent mail of `kind` about `ticket` and nothing is left to send.
    std::optional<api::MailOutboxEntry> waitSent(const QString& kind, qint64 ticket)
    {
        std::optional<api::MailOutboxEntry> found;
        waitUntil(
            [&] {
                for (const auto& row : outbox()) {
                    if (row.kind == kind && row.ticketId == ticket && row.state == u"sent"_s)
                        found = row;
                }
                return found.has_value();
            },
            30000);
        return found;
    }

    QJsonArray tickets()
    {
        const Reply list = admin().call(u"ticket.list"_s, QJsonObject {{"limit"_L1, 200}});
        EXPECT_TRUE(list.ok()) << list.describe();
        return list.items();
    }

    QTemporaryDir m_keyDir;
    std::unique_ptr<MailServers> m_mail;
};

} // namespace

TEST_P(MailLoopTest, AMailBecomesATicketTheAnswerReachesTheMailboxAndTheReplyComesBack)
{
    const qint64 desk = createGroup(u"Service Desk"_s, 1);
    const qint64 alex = createUser(u"alex"_s, u"agent"_s);
    addMember(desk, alex);
    auto agent = connectAs(u"alex"_s);
    ASSERT_TRUE(
        agent->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());
    const Reply box =
        admin().call(u"mailbox.create"_s,
                     QJsonObject {{"name"_L1, u"IT Service Desk"_s},
                                  {"host"_L1, m_mail->host()},
                                  {"port"_L1, m_mail->imapPort()},
                                  {"security"_L1, u"starttls"_s},
                                  {"username"_L1, MailServers::address(u"desk"_s)},
                                  {"password"_L1, QLatin1String(MailServers::Password)},
                                  {"certificate"_L1, QString::fromLatin1(m_mail->certificatePem())},
                                  {"group"_L1, desk}});
    ASSERT_TRUE(box.ok()) << box.describe();
    const Reply smtp =
        admin().call(u"config.set"_s,
                     QJsonObject {{"key"_L1, u"smtp"_s},
                                  {"value"_L1, smtpSettings(*m_mail, m_mail->smtpPort())}});
    ASSERT_TRUE(smtp.ok()) << smtp.describe();
    const QString deskAddress = MailServers::address(u"desk"_s);
    const QString annAddress = MailServers::address(u"ann"_s);

    // 1. Ann writes to the desk from her mail program.
    const QString sent = sendMail(
        *m_mail, u"ann"_s, {deskAddress},
        (u"From: Ann Example <%1>\r\nTo: IT Service Desk <%2>\r\n"
         "Subject: Drucker im 2. Stock druckt leere Seiten\r\nMessage-ID: <ann-1@example.test>\r\n"
         "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
         "Content-Transfer-Encoding: 8bit\r\n\r\nSeit heute früh kommen nur leere Seiten.\r\n"_s)
            .arg(annAddress, deskAddress)
            .toUtf8());
    ASSERT_TRUE(sent.isEmpty()) << sent.toStdString();
    test::Notification created;
    ASSERT_TRUE(agent->waitForNotification(u"ticket.created"_s, 30000, &created))
        << m_mail->log().toStdString();
    const QJsonObject ticket = created.params.value("ticket"_L1).toObject();
    const qint64 id = ticket.value("id"_L1).toInteger();
    EXPECT_EQ(ticket.value("title"_L1).toString(), u"Drucker im 2. Stock druckt leere Seiten"_s);
    EXPECT_EQ(ticket.value("requester"_L1)["username"_L1].toString(), annAddress);
    EXPECT_EQ(ticket.value("requester"_L1)["display_name"_L1].toString(), u"Ann Example"_s);
    // The push carries the mailbox's group (part of the first version); so does a read.
    EXPECT_EQ(ticket.value("group"_L1)["id"_L1].toInteger(), desk);
    const Reply routed = agent->call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}});
    ASSERT_TRUE(routed.ok()) << routed.describe();
    EXPECT_EQ(routed.object().value("group"_L1)["id"_L1].toInteger(), desk);

    // 2. Alex answers with a public comment, as the client's composer sends it.
    const QString answer = u"Wir tauschen den Toner heute Nachmittag."_s;
    const Reply commented =
        agent->call(u"ticket.comment"_s,
                    QJsonObject {{"id"_L1, id}, {"body"_L1, answer}, {"internal"_L1, false}});
    ASSERT_TRUE(commented.ok()) << commented.describe();
    const auto replyRow = waitSent(u"public_reply"_s, id);
    ASSERT_TRUE(replyRow.has_value()) << "the answer was not handed to the relay";
    EXPECT_EQ(replyRow->address, annAddress);

    // 3. Ann's real mailbox: everything the outbox sent her, the answer exactly once.
    const auto toAnn = [&] {
        const auto rows = outbox();
        return std::count_if(rows.begin(), rows.end(), [&](const api::MailOutboxEntry& row) {
            return row.address == annAddress;
        });
    };
    const QList<InboundMail> mails = readInbox(*m_mail, u"ann"_s, toAnn());
    ASSERT_EQ(mails.size(), toAnn()) << "nothing but what the outbox sent";
    const auto isAnswer = [&](const InboundMail& m) { return m.messageId == replyRow->messageId; };
    ASSERT_EQ(std::count_if(mails.begin(), mails.end(), isAnswer), 1);
    const InboundMail mail = *std::find_if(mails.begin(), mails.end(), isAnswer);
    EXPECT_TRUE(mail.subject.contains(u"[#%1]"_s.arg(id))) << mail.subject.toStdString();
    EXPECT_EQ(mail.ticketTag, id);
    EXPECT_FALSE(mail.messageId.isEmpty());
    EXPECT_EQ(mail.fromAddress, deskAddress);
    EXPECT_TRUE(mail.fullText.contains(answer)) << mail.fullText.toStdString();

    // 4. Ann answers from her mail program: threaded on that Message-ID, her signature and the
    // quoted history below her text.
    agent->notifications().clear();
    QStringList references = mail.references;
    references.append(mail.messageId);
    QString referenceHeader;
    for (const QString& reference : std::as_const(references))
        referenceHeader += u" <%1>"_s.arg(reference);
    const QString back = u"Danke, jetzt druckt er wieder."_s;
    const QString replied = sendMail(
        *m_mail, u"ann"_s, {deskAddress},
        (u"From: Ann Example <%1>\r\nTo: IT Service Desk <%2>\r\nSubject: Re: %3\r\n"
         "Message-ID: <ann-2@example.test>\r\nIn-Reply-To: <%4>\r\nReferences:%5\r\n"
         "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
         "Content-Transfer-Encoding: 8bit\r\n\r\n%6\r\n\r\n-- \r\nAnn Example\r\nBuchhaltung, "
         "Raum 2.14\r\n\r\nAm Sa., 5. Dez. 2026 um 10:00 schrieb IT Service Desk <%2>:\r\n"
         "> %7\r\n"_s)
            .arg(annAddress, deskAddress, mail.subject, mail.messageId, referenceHeader, back,
                 answer)
            .toUtf8());
    ASSERT_TRUE(replied.isEmpty()) << replied.toStdString();

    // 5. The reply is Ann's public comment on the same ticket, pushed to Alex; no new ticket.
    test::Notification pushed;
    QStringList seen;
    const QDeadlineTimer deadline(30000);
    while (agent->waitForNotification(
        u"ticket.commented"_s, int(std::max<qint64>(1, deadline.remainingTime())), &pushed)) {
        seen << QString::fromUtf8(QJsonDocument(pushed.params).toJson(QJsonDocument::Compact));
        if (pushed.params.value("comment"_L1)["body"_L1].toString() != answer)
            break;
    }
    ASSERT_FALSE(seen.isEmpty()) << "no push for the reply; " << m_mail->log().toStdString();
    const QJsonObject comment = pushed.params.value("comment"_L1).toObject();
    EXPECT_EQ(pushed.params.value("ticket"_L1)["id"_L1].toInteger(), id)
        << seen.join(u'\n').toStdString();
    EXPECT_EQ(comment.value("body"_L1).toString(), back) << "quote and signature cut";
    EXPECT_FALSE(comment.value("internal"_L1).toBool());
    EXPECT_EQ(tickets().size(), 1) << "the reply opened no ticket of its own";

    const Reply history = admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}});
    ASSERT_TRUE(history.ok()) << history.describe();
    QStringList bodies;
    for (const QJsonValue& item : history.items()) {
        const QJsonObject entry = item.toObject().value("comment"_L1).toObject();
        if (!entry.isEmpty() && !entry.value("internal"_L1).toBool())
            bodies << entry.value("body"_L1).toString();
    }
    EXPECT_EQ(bodies, (QStringList {answer, back}));
}

// Per-mailbox reply relays: mail about a ticket that came in through a mailbox goes out From
// that mailbox — through its own SMTP server (its account, its sender name) when it has one,
// else through the outgoing settings' relay — and threads back to its ticket.
TEST_P(MailLoopTest, EachMailboxAnswersFromItsOwnAddressThroughItsOwnRelay)
{
    const QString annAddress = MailServers::address(u"ann"_s);
    const QString deskAddress = MailServers::address(u"desk"_s);
    const QString hrAddress = MailServers::address(u"support"_s);
    QJsonObject outgoing = smtpSettings(*m_mail, m_mail->smtpPort());
    outgoing.insert("from_address"_L1, MailServers::address(u"noreply"_s));
    ASSERT_TRUE(
        admin()
            .call(u"config.set"_s, QJsonObject {{"key"_L1, u"smtp"_s}, {"value"_L1, outgoing}})
            .ok());
    const auto mailbox = [&](const QString& name, const QString& user, const QJsonObject& extra) {
        QJsonObject params {{"name"_L1, name},
                            {"host"_L1, m_mail->host()},
                            {"port"_L1, m_mail->imapPort()},
                            {"security"_L1, u"starttls"_s},
                            {"username"_L1, MailServers::address(user)},
                            {"password"_L1, QLatin1String(MailServers::Password)},
                            {"certificate"_L1, QString::fromLatin1(m_mail->certificatePem())}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            params.insert(it.key(), it.value());
        const Reply created = admin().call(u"mailbox.create"_s, params);
        EXPECT_TRUE(created.ok()) << created.describe();
        return created.object();
    };
    mailbox(u"IT Service Desk"_s, u"desk"_s, {});
    const QJsonObject hr = mailbox(u"Human Resources"_s, u"support"_s,
                                   {{"smtp_host"_L1, m_mail->host()},
                                    {"smtp_port"_L1, m_mail->smtpPort()},
                                    {"smtp_security"_L1, u"starttls"_s},
                                    {"smtp_username"_L1, hrAddress},
                                    {"smtp_password"_L1, QLatin1String(MailServers::Password)},
                                    {"from_name"_L1, u"HR Team"_s}});
    EXPECT_EQ(hr.value("smtp_username"_L1).toString(), hrAddress);
    EXPECT_EQ(hr.value("from_name"_L1).toString(), u"HR Team"_s);
    EXPECT_FALSE(QJsonDocument(hr).toJson().contains(MailServers::Password))
        << "the relay's password is never returned";

    createUser(u"alex"_s, u"agent"_s);
    auto agent = connectAs(u"alex"_s);
    ASSERT_TRUE(
        agent->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());
    QHash<QString, qint64> ticketOf; // by the mailbox's address
    for (const QString& to : {deskAddress, hrAddress}) {
        const QString error =
            sendMail(*m_mail, u"ann"_s, {to},
                     (u"From: Ann Example <%1>\r\nTo: <%2>\r\nSubject: Frage an %2\r\n"
                      "Message-ID: <ann-%2>\r\n\r\nHallo.\r\n"_s)
                         .arg(annAddress, to)
                         .toUtf8());
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        test::Notification created;
        ASSERT_TRUE(agent->waitForNotification(u"ticket.created"_s, 30000, &created))
            << m_mail->log().toStdString();
        ticketOf.insert(to, created.params.value("ticket"_L1)["id"_L1].toInteger());
    }
    for (const qint64 id : std::as_const(ticketOf)) {
        ASSERT_TRUE(agent
                        ->call(u"ticket.comment"_s,
                               QJsonObject {{"id"_L1, id}, {"body"_L1, u"Erledigt."_s}})
                        .ok());
        ASSERT_TRUE(waitSent(u"public_reply"_s, id).has_value());
    }
    const auto rows = outbox();
    const qsizetype toAnn = std::count_if(
        rows.begin(), rows.end(), [&](const auto& row) { return row.address == annAddress; });
    const QList<InboundMail> mails = readInbox(*m_mail, u"ann"_s, toAnn);
    ASSERT_EQ(mails.size(), toAnn);
    QStringList checked;
    for (const InboundMail& mail : mails) {
        const qint64 tag = mail.ticketTag.value_or(0);
        const QString mailboxAddress = ticketOf.key(tag);
        ASSERT_FALSE(mailboxAddress.isEmpty()) << mail.subject.toStdString();
        EXPECT_EQ(mail.fromAddress, mailboxAddress) << mail.subject.toStdString();
        EXPECT_EQ(mail.fromName,
                  mailboxAddress == hrAddress ? u"HR Team"_s : outgoing["from_name"_L1].toString());
        EXPECT_TRUE(mail.inReplyTo.startsWith(u"ticket-%1@"_s.arg(tag)))
            << mail.inReplyTo.toStdString();
        checked << mailboxAddress;
    }
    EXPECT_TRUE(checked.contains(deskAddress) && checked.contains(hrAddress));
    // Human Resources' mail went through its own account on the relay, the desk's through the
    // outgoing settings' account.
    EXPECT_TRUE(m_mail->log().contains(u"sasl_username=%1"_s.arg(hrAddress)))
        << m_mail->log().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, MailLoopTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
