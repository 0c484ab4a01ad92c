// The e-mail channel against real servers on loopback: Postfix accepts what SmtpSender sends
// (STARTTLS, AUTH) and delivers it through Dovecot's LMTP; ImapMailbox reads it back over IMAP
// (STARTTLS, IDLE) and the parser gets every charset and encoding right.
#include "mail/imapmailbox.h"
#include "mail/inboundmail.h"
#include "mail/outboundmail.h"
#include "mail/smtpsender.h"
#include "mailsamples.h"
#include "mailservers.h"
#include "printers.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <future>
#include <gtest/gtest.h>

using namespace frontline::server::mail;
using frontline::test::MailServers;
namespace samples = frontline::test::mailsamples;

namespace {

class MailServersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        bool isError = false;
        m_servers = MailServers::start(&why, &isError);
        if (!m_servers && isError)
            FAIL() << why.toStdString();
        if (!m_servers)
            GTEST_SKIP() << why.toStdString();
    }

    MailEndpoint smtp(const QString& user = QStringLiteral("ann")) const
    {
        return MailEndpoint {m_servers->host(),
                             m_servers->smtpPort(),
                             MailEndpoint::Security::StartTls,
                             MailServers::address(user),
                             QLatin1String(MailServers::Password),
                             m_servers->certificatePem()};
    }

    MailEndpoint imap(const QString& user = QStringLiteral("desk")) const
    {
        return MailEndpoint {m_servers->host(),
                             m_servers->imapPort(),
                             MailEndpoint::Security::StartTls,
                             MailServers::address(user),
                             QLatin1String(MailServers::Password),
                             m_servers->certificatePem()};
    }

    void send(const QByteArray& raw, const QString& to = QStringLiteral("desk"))
    {
        const auto sent = SmtpSender(smtp()).send(MailServers::address(QStringLiteral("ann")),
                                                  {MailServers::address(to)}, raw);
        ASSERT_TRUE(sent.ok()) << sent.error().toStdString() << m_servers->log().toStdString();
    }

    // Waits (IDLE) until the mailbox has at least `count` unseen messages.
    QList<quint32> waitForUnseen(ImapMailbox& box, qsizetype count)
    {
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            auto unseen = box.unseen();
            EXPECT_TRUE(unseen.ok()) << (unseen.ok() ? "" : unseen.error().toStdString());
            if (!unseen.ok() || unseen->size() >= count)
                return unseen.ok() ? *unseen : QList<quint32> {};
            auto waited = box.waitForChange(int(std::max<qint64>(1, deadline.remainingTime())));
            EXPECT_TRUE(waited.ok());
        }
        ADD_FAILURE() << "no mail arrived; " << m_servers->log().toStdString();
        return {};
    }

    std::unique_ptr<MailServers> m_servers;
};

} // namespace

TEST_F(MailServersTest, SentMailIsReadBackWithEveryCharsetAndEncoding)
{
    const QList<QByteArray> raws = {samples::outlookLatin1, samples::gmailReply, samples::htmlOnly,
                                    samples::withAttachments, samples::undeclaredLatin1};
    for (const QByteArray& raw : raws)
        send(raw);

    ImapMailbox box(imap());
    const auto opened = box.open();
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const QList<quint32> uids = waitForUnseen(box, raws.size());
    ASSERT_EQ(uids.size(), raws.size());
    for (qsizetype i = 0; i < raws.size(); ++i) {
        const auto fetched = box.fetch(uids[i]);
        ASSERT_TRUE(fetched.ok()) << fetched.error().toStdString();
        const auto received = InboundMail::parse(*fetched);
        const auto original = InboundMail::parse(raws[i]);
        ASSERT_TRUE(received.ok() && original.ok());
        // What crossed Postfix and Dovecot reads exactly as the mail that was sent.
        EXPECT_EQ(received->subject, original->subject) << i;
        EXPECT_EQ(received->text, original->text) << i;
        EXPECT_EQ(received->fromName, original->fromName) << i;
        EXPECT_EQ(received->messageId, original->messageId) << i;
        EXPECT_EQ(received->attachments.size(), original->attachments.size()) << i;
        for (qsizetype a = 0; a < original->attachments.size(); ++a)
            EXPECT_EQ(received->attachments[a].data, original->attachments[a].data);
    }
    EXPECT_EQ(InboundMail::parse(*box.fetch(uids[0]))->subject,
              QStringLiteral("Drucker im 2. Stock druckt nicht überall"));
}

TEST_F(MailServersTest, FetchingDoesNotMarkDoneOnlyMarkDoneDoes)
{
    send(samples::gmailReply);
    {
        ImapMailbox box(imap());
        ASSERT_TRUE(box.open().ok());
        const QList<quint32> uids = waitForUnseen(box, 1);
        ASSERT_EQ(uids.size(), 1);
        ASSERT_TRUE(box.fetch(uids.first()).ok());
        // A crash here (nothing committed) leaves the mail to be fetched again.
    }
    ImapMailbox box(imap());
    ASSERT_TRUE(box.open().ok());
    const auto again = box.unseen();
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->size(), 1);
    ASSERT_TRUE(box.markDone(again->first()).ok());
    EXPECT_TRUE(box.unseen()->isEmpty());
    box.close();
    ImapMailbox reopened(imap());
    ASSERT_TRUE(reopened.open().ok());
    EXPECT_TRUE(reopened.unseen()->isEmpty());
}

TEST_F(MailServersTest, QuarantineMovesTheMailToItsFolder)
{
    send(samples::listMail);
    send(samples::outOfOffice);
    ImapMailbox box(imap());
    ASSERT_TRUE(box.open().ok());
    const QList<quint32> uids = waitForUnseen(box, 2);
    ASSERT_EQ(uids.size(), 2);
    ASSERT_TRUE(box.quarantine(uids[0], QStringLiteral("Quarantine")).ok());
    EXPECT_EQ(*box.unseen(), QList<quint32> {uids[1]});
    EXPECT_EQ(m_servers->maildirFiles(QStringLiteral("desk"), QStringLiteral("Quarantine")).size(),
              1);
    // The folder exists now; a second quarantined mail joins the first.
    ASSERT_TRUE(box.quarantine(uids[1], QStringLiteral("Quarantine")).ok());
    EXPECT_TRUE(box.unseen()->isEmpty());
    EXPECT_EQ(m_servers->maildirFiles(QStringLiteral("desk"), QStringLiteral("Quarantine")).size(),
              2);
}

TEST_F(MailServersTest, IdleWakesWhenMailArrives)
{
    ImapMailbox box(imap());
    ASSERT_TRUE(box.open().ok());
    ASSERT_TRUE(box.supportsIdle());
    ASSERT_TRUE(box.unseen()->isEmpty());
    QElapsedTimer clock;
    clock.start();
    auto sent = std::async(std::launch::async, [this] {
        OutboundMail mail;
        mail.fromAddress = MailServers::address(QStringLiteral("ann"));
        mail.to = {MailServers::address(QStringLiteral("desk"))};
        mail.subject = QStringLiteral("Bildschirm flackert – Büro 3");
        mail.text = QStringLiteral("Seit heute früh.");
        mail.messageId = OutboundMail::newMessageId(QStringLiteral("example.test"));
        mail.automatic = false;
        return SmtpSender(smtp()).send(mail.fromAddress, mail.to, mail.toBytes());
    });
    const auto changed = box.waitForChange(30000);
    ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
    EXPECT_TRUE(*changed);
    EXPECT_LT(clock.elapsed(), 30000);
    const auto result = sent.get();
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const QList<quint32> uids = waitForUnseen(box, 1);
    ASSERT_EQ(uids.size(), 1);
    const auto mail = InboundMail::parse(*box.fetch(uids.first()));
    EXPECT_EQ(mail->subject, QStringLiteral("Bildschirm flackert – Büro 3"));
    EXPECT_EQ(mail->text, QStringLiteral("Seit heute früh."));
    std::printf("IDLE: woken %lld ms after the send began\n",
                static_cast<long long>(clock.elapsed()));
}

TEST_F(MailServersTest, AnUntrustedCertificateIsRefusedBeforeTheLogin)
{
    MailEndpoint endpoint = imap();
    endpoint.pinnedCertificatePem.clear(); // self-signed: no system CA vouches for it
    ImapMailbox box(endpoint);
    const auto opened = box.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not trusted")))
        << opened.error().toStdString();
    EXPECT_FALSE(m_servers->log().contains(QStringLiteral("Login: user=<desk@example.test>")));

    MailEndpoint relay = smtp();
    relay.pinnedCertificatePem.clear();
    const auto sent = SmtpSender(relay).send(
        relay.username, {MailServers::address(QStringLiteral("desk"))}, samples::listMail);
    ASSERT_FALSE(sent.ok());
    EXPECT_TRUE(sent.error().contains(QStringLiteral("not trusted")));
    EXPECT_FALSE(m_servers->log().contains(QStringLiteral("sasl_username=ann@example.test")));
}

TEST_F(MailServersTest, WrongPasswordsAreRefused)
{
    MailEndpoint endpoint = imap();
    endpoint.password = QStringLiteral("wrong");
    ImapMailbox box(endpoint);
    const auto opened = box.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("LOGIN")));

    MailEndpoint relay = smtp();
    relay.password = QStringLiteral("wrong");
    const auto sent = SmtpSender(relay).send(
        relay.username, {MailServers::address(QStringLiteral("desk"))}, samples::listMail);
    ASSERT_FALSE(sent.ok());
    EXPECT_TRUE(sent.error().contains(QStringLiteral("AUTH")));
}

TEST(MailEndpoint, PlainConnectionsOnlyToThisMachine)
{
    MailEndpoint endpoint {QStringLiteral("mail.example.org"),
                           143,
                           MailEndpoint::Security::None,
                           QStringLiteral("u"),
                           QStringLiteral("p"),
                           {}};
    ImapMailbox box(endpoint);
    const auto opened = box.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("only allowed to this machine")));
}
