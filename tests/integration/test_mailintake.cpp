// The intake loop against real Dovecot and Postfix: a mail is marked done only after the filer
// committed it, a failed filing leaves it for the next round, a redelivered Message-ID is filed
// once, and what cannot be filed goes to quarantine with its reason.
#include "mail/imapmailbox.h"
#include "mail/mailintake.h"
#include "mail/smtpsender.h"
#include "mailsamples.h"
#include "mailservers.h"
#include "printers.h"

#include <QDeadlineTimer>
#include <QSet>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::server::mail;
using frontline::test::MailServers;
namespace samples = frontline::test::mailsamples;

namespace {

// What the ticket service promises the intake, kept in memory: a Message-ID is filed once; a
// mail without a sender is unfileable; bounces are ignored; `failNext` simulates a database
// that is down for one filing.
class RecordingFiler final : public MailFiler
{
public:
    Result<Answer, QString> file(const InboundMail& mail, const QByteArray&) override
    {
        if (failNext) {
            failNext = false;
            return QStringLiteral("database unavailable");
        }
        if (mail.fromAddress.isEmpty())
            return Answer {Outcome::Unfileable, QStringLiteral("no sender address")};
        if (mail.automated == Automated::Bounce)
            return Answer {Outcome::Ignored, mail.automatedReason};
        if (filedIds.contains(mail.messageId))
            return Answer {Outcome::AlreadyFiled, {}};
        filedIds.insert(mail.messageId);
        subjects << mail.subject;
        return Answer {Outcome::Filed, {}};
    }
    void quarantined(const QByteArray&, const QString& reason) override { reasons << reason; }

    bool failNext = false;
    QSet<QString> filedIds;
    QStringList subjects;
    QStringList reasons;
};

class MailIntakeTest : public ::testing::Test
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

    MailEndpoint endpoint(const QString& user, quint16 port) const
    {
        return MailEndpoint {m_servers->host(),
                             port,
                             MailEndpoint::Security::StartTls,
                             MailServers::address(user),
                             QLatin1String(MailServers::Password),
                             m_servers->certificatePem()};
    }

    void send(const QByteArray& raw)
    {
        const auto sent = SmtpSender(endpoint(QStringLiteral("ann"), m_servers->smtpPort()))
                              .send(MailServers::address(QStringLiteral("ann")),
                                    {MailServers::address(QStringLiteral("desk"))}, raw);
        ASSERT_TRUE(sent.ok()) << sent.error().toStdString();
    }

    void waitForUnseen(ImapMailbox& box, qsizetype count)
    {
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && box.unseen()->size() < count)
            ASSERT_TRUE(box.waitForChange(int(std::max<qint64>(1, deadline.remainingTime()))).ok());
        ASSERT_EQ(box.unseen()->size(), count) << m_servers->log().toStdString();
    }

    std::unique_ptr<MailServers> m_servers;
};

} // namespace

TEST_F(MailIntakeTest, FilesOnceMarksDoneAfterCommitAndQuarantinesTheRest)
{
    send(samples::outlookLatin1);
    send(samples::outlookLatin1); // the same Message-ID again: a redelivery
    send(samples::bounce);
    send("To: desk@example.test\r\nSubject: who sent this?\r\nMessage-ID: <anon@x>\r\n\r\nhi\r\n");
    ImapMailbox box(endpoint(QStringLiteral("desk"), m_servers->imapPort()));
    ASSERT_TRUE(box.open().ok());
    waitForUnseen(box, 4);

    RecordingFiler filer;
    filer.failNext = true; // the first filing fails: that mail must stay for the next round
    const MailIntakeRound first = takeIn(box, filer);
    EXPECT_EQ(first.deferred, 1);
    EXPECT_EQ(first.filed, 1); // the redelivery, filed in the first one's place
    EXPECT_EQ(first.ignored, 1);
    EXPECT_EQ(first.quarantined, 1);
    EXPECT_EQ(first.lastError, QStringLiteral("database unavailable"));
    EXPECT_EQ(box.unseen()->size(), 1);

    const MailIntakeRound second = takeIn(box, filer);
    EXPECT_EQ(second.duplicates, 1);
    EXPECT_EQ(second.filed, 0);
    EXPECT_TRUE(box.unseen()->isEmpty());
    EXPECT_EQ(filer.subjects,
              QStringList {QStringLiteral("Drucker im 2. Stock druckt nicht überall")});
    EXPECT_EQ(filer.reasons, QStringList {QStringLiteral("no sender address")});
    EXPECT_EQ(m_servers->maildirFiles(QStringLiteral("desk"), QStringLiteral("Quarantine")).size(),
              1);

    // A third round finds nothing: everything is done or in quarantine.
    const MailIntakeRound third = takeIn(box, filer);
    EXPECT_EQ(third.filed + third.duplicates + third.deferred + third.quarantined, 0);
}
