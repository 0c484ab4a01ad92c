// Password reset by mail (issue 20) end to end: the code goes through the outgoing queue to a
// real Postfix, the test reads it from the user's Dovecot inbox over IMAP, and the code sets a
// new password once, ending every session of the user.
#include "api/notifyapi.h"
#include "harnessfixture.h"
#include "mail/inboundmail.h"
#include "mailreader.h"
#include "mailservers.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

const QString NewPassword = u"a brand new passphrase"_s;

class PasswordResetTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        QString why;
        bool isError = false;
        m_mail = MailServers::start(&why, &isError);
        if (!m_mail && isError)
            FAIL() << why.toStdString();
        if (!m_mail)
            GTEST_SKIP() << why.toStdString();
        const Reply created =
            admin().call(u"user.create"_s,
                         QJsonObject {{"username"_L1, u"ann"_s},
                                      {"password"_L1, QString::fromLatin1(Password)},
                                      {"display_name"_L1, u"Ann"_s},
                                      {"email"_L1, MailServers::address(u"ann"_s)},
                                      {"role"_L1, u"requester"_s}});
        ASSERT_TRUE(created.ok()) << created.describe();
        const Reply smtp =
            admin().call(u"config.set"_s,
                         QJsonObject {{"key"_L1, u"smtp"_s},
                                      {"value"_L1, smtpSettings(*m_mail, m_mail->smtpPort())}});
        ASSERT_TRUE(smtp.ok()) << smtp.describe();
    }

    api::MailOutboxList outbox()
    {
        const Reply reply = admin().call(u"mail.outbox.list"_s, QJsonObject {{"limit"_L1, 50}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return api::MailOutboxList::fromJson(reply.result);
    }

    bool waitAllSent(int expected)
    {
        return waitUntil(
            [&] {
                const auto list = outbox();
                return list.queued == 0 && list.sending == 0 && list.sent >= expected;
            },
            30000);
    }

    Reply anonymous(const QString& method, const QJsonObject& params)
    {
        TestClient client(server().port());
        if (!client.open())
            return {};
        return client.call(method, params);
    }

    std::unique_ptr<MailServers> m_mail;
};

} // namespace

TEST_P(PasswordResetTest, ACodeFromTheMailSetsANewPasswordOnceAndEndsEverySession)
{
    auto before = connectAs(u"ann"_s);
    ASSERT_TRUE(before);

    // The same answer for an unknown login, and nothing is mailed for it.
    const Reply unknown =
        anonymous(u"auth.reset.request"_s, QJsonObject {{"login"_L1, u"nobody"_s}});
    ASSERT_TRUE(unknown.ok()) << unknown.describe();
    const Reply requested = anonymous(u"auth.reset.request"_s,
                                      QJsonObject {{"login"_L1, MailServers::address(u"ann"_s)}});
    ASSERT_TRUE(requested.ok()) << requested.describe();
    EXPECT_EQ(requested.result, unknown.result);
    ASSERT_TRUE(waitAllSent(1));
    EXPECT_EQ(outbox().items.size(), 1);

    const QList<server::mail::InboundMail> mails = readInbox(*m_mail, u"ann"_s, 1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_TRUE(mails.at(0).subject.contains(u"password reset code"_s));
    const auto match = QRegularExpression(u"code: (\\d{8})"_s).match(mails.at(0).fullText);
    ASSERT_TRUE(match.hasMatch()) << mails.at(0).fullText.toStdString();
    const QString code = match.captured(1);

    const QString wrong = code == u"00000000"_s ? u"11111111"_s : u"00000000"_s;
    const Reply refused = anonymous(
        u"auth.reset.confirm"_s,
        QJsonObject {{"login"_L1, u"ann"_s}, {"code"_L1, wrong}, {"password"_L1, NewPassword}});
    EXPECT_EQ(refused.field(), u"code"_s) << refused.describe();

    const Reply done = anonymous(
        u"auth.reset.confirm"_s,
        QJsonObject {{"login"_L1, u"ann"_s}, {"code"_L1, code}, {"password"_L1, NewPassword}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_TRUE(before->waitForNotification(u"session.revoked"_s)) << "every session ends";
    EXPECT_EQ(before->call(u"ticket.list"_s).code(), -32001);

    TestClient oldPassword(server().port());
    ASSERT_TRUE(oldPassword.open());
    EXPECT_EQ(oldPassword.login(u"ann"_s, QString::fromLatin1(Password)).code(), -32009);
    EXPECT_TRUE(connectAs(u"ann"_s, NewPassword));

    const Reply again = anonymous(u"auth.reset.confirm"_s,
                                  QJsonObject {{"login"_L1, u"ann"_s},
                                               {"code"_L1, code},
                                               {"password"_L1, u"yet another passphrase"_s}});
    EXPECT_EQ(again.field(), u"code"_s) << "the code works once";

    // The request and the reset are on record as Ann's own; the wrong code is not a reset.
    const Reply audited =
        admin().call(u"audit.list"_s, QJsonObject {{"action"_L1, u"auth.password_reset."_s}});
    ASSERT_TRUE(audited.ok()) << audited.describe();
    QStringList actions;
    for (const QJsonValue& entry : audited.items()) {
        actions.prepend(entry.toObject().value("action"_L1).toString());
        EXPECT_EQ(entry.toObject().value("target_label"_L1).toString(), u"ann"_s);
        EXPECT_EQ(entry.toObject().value("actor"_L1), entry.toObject().value("target_id"_L1));
    }
    EXPECT_EQ(actions,
              (QStringList {u"auth.password_reset.request"_s, u"auth.password_reset.confirm"_s}));
}

TEST_P(PasswordResetTest, ACodeExpiresAfterFifteenMinutes)
{
    ASSERT_TRUE(anonymous(u"auth.reset.request"_s, QJsonObject {{"login"_L1, u"ann"_s}}).ok());
    ASSERT_TRUE(waitAllSent(1));
    const QList<server::mail::InboundMail> mails = readInbox(*m_mail, u"ann"_s, 1);
    ASSERT_EQ(mails.size(), 1);
    const auto match = QRegularExpression(u"code: (\\d{8})"_s).match(mails.at(0).fullText);
    ASSERT_TRUE(match.hasMatch());
    clock().advance(15 * 60 * 1000 + 1000);
    const Reply late = anonymous(u"auth.reset.confirm"_s,
                                 QJsonObject {{"login"_L1, u"ann"_s},
                                              {"code"_L1, match.captured(1)},
                                              {"password"_L1, NewPassword}});
    EXPECT_EQ(late.field(), u"code"_s) << late.describe();
}

TEST_P(PasswordResetTest, RequestsAreThrottledPerLogin)
{
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(anonymous(u"auth.reset.request"_s, QJsonObject {{"login"_L1, u"ann"_s}}).ok());
    EXPECT_EQ(anonymous(u"auth.reset.request"_s, QJsonObject {{"login"_L1, u"ann"_s}}).code(),
              -32006);
}

INSTANTIATE_TEST_SUITE_P(Backends, PasswordResetTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
