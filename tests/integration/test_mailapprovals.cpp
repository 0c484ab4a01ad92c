// Approval by mail reply (issue 21, point 3) on real mail servers (Dovecot and Postfix on
// loopback) and the real server process: the approval request reaches the manager's real
// mailbox (bob@example.test, one of the fixture's mailboxes) with the approval's token in its
// Message-ID; the manager replies from their mail program with "genehmigen" and a comment on the
// first lines; the reply decides the approval, the ticket moves on, and the comment is the
// decision's. A reply from someone else's address decides nothing.
#include "api/notifyapi.h"
#include "backend.h"
#include "mailreader.h"
#include "mailservers.h"
#include "printers.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::test;
using server::mail::InboundMail;

namespace {

class MailApprovalTest : public ServerFixture
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

    std::optional<api::MailOutboxEntry> waitSent(const QString& kind, qint64 ticket)
    {
        std::optional<api::MailOutboxEntry> found;
        waitUntil(
            [&] {
                const Reply reply =
                    admin().call(u"mail.outbox.list"_s, QJsonObject {{"limit"_L1, 500}});
                for (const auto& row : api::MailOutboxList::fromJson(reply.result).items) {
                    if (row.kind == kind && row.ticketId == ticket && row.state == u"sent"_s)
                        found = row;
                }
                return found.has_value();
            },
            30000);
        return found;
    }

    QString replyTo(const InboundMail& mail, const QString& from, const QString& body)
    {
        QString references;
        for (const QString& reference : mail.references)
            references += u" <%1>"_s.arg(reference);
        references += u" <%1>"_s.arg(mail.messageId);
        return sendMail(*m_mail, from, {MailServers::address(u"desk"_s)},
                        (u"From: %1 <%2>\r\nTo: IT Service Desk <%3>\r\nSubject: Re: %4\r\n"
                         "Message-ID: <%1-%5@example.test>\r\nIn-Reply-To: <%6>\r\n"
                         "References:%7\r\nMIME-Version: 1.0\r\n"
                         "Content-Type: text/plain; charset=UTF-8\r\n"
                         "Content-Transfer-Encoding: 8bit\r\n\r\n%8\r\n\r\n> the request\r\n"_s)
                            .arg(from, MailServers::address(from), MailServers::address(u"desk"_s),
                                 mail.subject, QString::number(++m_sent), mail.messageId,
                                 references, body)
                            .toUtf8());
    }

    QTemporaryDir m_keyDir;
    std::unique_ptr<MailServers> m_mail;
    int m_sent = 0;
};

} // namespace

TEST_P(MailApprovalTest, TheManagerApprovesByReplyingToTheRequestMail)
{
    const qint64 desk = createGroup(u"Service Desk"_s, 1);
    const qint64 mia = createUser(u"mia"_s, u"manager"_s);
    const qint64 ann = createUser(u"ann"_s, u"requester"_s);
    createUser(u"alex"_s, u"agent"_s);
    ASSERT_TRUE(
        admin()
            .call(u"user.update"_s,
                  QJsonObject {{"id"_L1, mia}, {"email"_L1, MailServers::address(u"bob"_s)}})
            .ok());
    ASSERT_TRUE(
        admin().call(u"user.update"_s, QJsonObject {{"id"_L1, ann}, {"manager"_L1, mia}}).ok());
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
    ASSERT_TRUE(admin()
                    .call(u"config.set"_s,
                          QJsonObject {{"key"_L1, u"smtp"_s},
                                       {"value"_L1, smtpSettings(*m_mail, m_mail->smtpPort())}})
                    .ok());
    // The site words its approval mails itself (mail.template.set, as for notifications).
    const Reply worded = admin().call(
        u"mail.template.set"_s,
        QJsonObject {{"kind"_L1, u"approval_requested"_s},
                     {"language"_L1, u"en"_s},
                     {"subject"_L1, u"Please decide: {{ticket.title}}"_s},
                     {"body"_L1,
                      u"{{requester.name}} asks for {{ticket.title}}. Approve or reject "
                      "on the first line of your reply."_s}});
    ASSERT_TRUE(worded.ok()) << worded.describe();
    auto annClient = connectAs(u"ann"_s);
    auto alex = connectAs(u"alex"_s);
    const qint64 id = createTicket(*annClient,
                                   QJsonObject {{"title"_L1, u"New laptop"_s},
                                                {"description"_L1, u"Mine is broken"_s},
                                                {"type"_L1, u"service_request"_s}})
                          .value("id"_L1)
                          .toInteger();
    const Reply started = alex->call(
        u"approval.request"_s,
        QJsonObject {{"ticket"_L1, id},
                     {"steps"_L1, QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}}}}});
    ASSERT_TRUE(started.ok()) << started.describe();

    const auto row = waitSent(u"approval_requested"_s, id);
    ASSERT_TRUE(row.has_value()) << "the request mail was not handed to the relay; "
                                 << m_mail->log().toStdString();
    const QList<InboundMail> mails = readInbox(*m_mail, u"bob"_s, 1);
    const auto request = std::find_if(mails.begin(), mails.end(), [&](const InboundMail& m) {
        return m.messageId == row->messageId;
    });
    ASSERT_NE(request, mails.end());
    EXPECT_TRUE(request->messageId.startsWith(u"approval-"_s)) << "the token is in the Message-ID";
    EXPECT_EQ(request->subject, u"[#%1] Please decide: New laptop"_s.arg(id));
    EXPECT_TRUE(request->fullText.contains(u"asks for New laptop. Approve or reject"_s))
        << request->fullText.toStdString();

    // Someone else answering "approve" decides nothing.
    ASSERT_TRUE(replyTo(*request, u"ann"_s, u"approve"_s).isEmpty());
    // The manager answers in German; the rest of the paragraph is the comment.
    ASSERT_TRUE(
        replyTo(*request, u"bob"_s, u"Genehmigen\r\nDas Standardmodell, bitte."_s).isEmpty());
    ASSERT_TRUE(waitUntil(
        [&] {
            return admin()
                       .call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}})
                       .object()
                       .value("status"_L1)
                       .toString()
                == u"approved"_s;
        },
        30000))
        << m_mail->log().toStdString();
    const Reply history = admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}});
    const QString text = QString::fromUtf8(QJsonDocument(history.object()).toJson());
    EXPECT_TRUE(text.contains(u"Das Standardmodell, bitte."_s)) << text.toStdString();
    auto miaClient = connectAs(u"mia"_s);
    EXPECT_TRUE(miaClient->call(u"approval.list"_s).items().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, MailApprovalTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
