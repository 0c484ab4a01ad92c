// The controllers of the mail administration pages (client/core/admin: MailboxAdmin,
// OutgoingMailAdmin) against a real server with a mail key: a created mailbox is listed, its
// password never comes back and an update without one keeps it, a wrong port is named as the
// field before anything is sent, Test connection names the step that failed (and, with real
// Dovecot on loopback, says the connection works), and the SMTP settings say that a password is
// stored without showing it.
#include "adminrefusals.h"
#include "client/core/admin/mailboxadmin.h"
#include "client/core/admin/outgoingmailadmin.h"
#include "coreclient.h"
#include "mailservers.h"
#include "serverfixture.h"
#include "testhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

const QString Secret = u"s3cret-imap-password"_s;

class MailAdminTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        ada = std::make_unique<CoreClient>(server().port());
        ASSERT_TRUE(ada->login(u"ada"_s));
    }

    QStringList serverArguments() const override
    {
        return {u"--mail-key-file"_s, m_keyDir.filePath(u"mail.key"_s)};
    }

    static api::MailboxCreateParams mailbox(const QString& name, const QString& host, int port)
    {
        api::MailboxCreateParams params;
        params.fields.name = name;
        params.fields.host = host;
        params.fields.port = port;
        params.fields.security = u"none"_s;
        params.fields.username = u"desk@example.test"_s;
        params.fields.password = Secret;
        return params;
    }

    // Creates through the controller and waits for the list to show it; returns its id.
    qint64 create(MailboxAdmin& admin, const api::MailboxCreateParams& params)
    {
        qint64 id = 0;
        int loaded = 0;
        QObject context;
        QObject::connect(&admin, &MailboxAdmin::saved, &context,
                         [&](const api::MailboxInfo& mailbox, bool) { id = mailbox.id; });
        QObject::connect(&admin, &MailboxAdmin::loaded, &context, [&] { ++loaded; });
        admin.create(params);
        EXPECT_TRUE(waitUntil([&] { return id != 0 && loaded > 0 && !admin.isBusy(); }, 10000));
        return id;
    }

    api::MailboxTestResult test(MailboxAdmin& admin, qint64 id)
    {
        std::optional<api::MailboxTestResult> answer;
        QObject context;
        QObject::connect(&admin, &MailboxAdmin::tested, &context,
                         [&](qint64, const api::MailboxTestResult& result) { answer = result; });
        admin.test(id);
        EXPECT_TRUE(waitUntil([&] { return answer.has_value(); }, 60000));
        return answer.value_or(api::MailboxTestResult());
    }

    QTemporaryDir m_keyDir;
    std::unique_ptr<CoreClient> ada;
};

} // namespace

TEST_P(MailAdminTest, ACreatedMailboxIsListedWithoutItsPassword)
{
    const qint64 group = createGroup(u"Service Desk"_s, 1);
    MailboxAdmin boxes(ada->session);
    AdminRefusals refusals(boxes);
    auto params = mailbox(u"IT Service Desk"_s, u"127.0.0.1"_s, 143);
    params.fields.group = api::Nullable<qint64>::of(group);
    params.fields.unknownSenders = u"refuse"_s;
    const qint64 id = create(boxes, params);
    ASSERT_NE(id, 0) << refusals.message.toStdString();

    const auto listed = boxes.mailbox(id);
    ASSERT_TRUE(listed.has_value());
    EXPECT_EQ(listed->name, u"IT Service Desk"_s);
    EXPECT_EQ(listed->address, u"desk@example.test"_s) << "the user name when none is given";
    EXPECT_EQ(listed->group, group);
    EXPECT_EQ(listed->unknownSenders, u"refuse"_s);
    EXPECT_EQ(listed->folder, u"INBOX"_s);
    ASSERT_EQ(boxes.groups().size(), 1);
    EXPECT_TRUE(boxes.quarantine().isEmpty());

    // Nothing the server answers holds the password.
    const Reply raw = admin().call(u"mailbox.list"_s, QJsonObject());
    ASSERT_TRUE(raw.ok());
    const QByteArray json = QJsonDocument(raw.object()).toJson();
    EXPECT_FALSE(json.contains(Secret.toUtf8()));
    EXPECT_FALSE(json.contains("\"password\""));

    // Renamed without a password: the group is cleared, the mailbox is listed under its new name.
    api::MailboxUpdateParams update;
    update.id = id;
    update.fields.name = u"Help desk"_s;
    update.fields.group = api::Nullable<qint64>::null();
    bool saved = false;
    QObject::connect(&boxes, &MailboxAdmin::saved, [&] { saved = true; });
    boxes.update(update);
    ASSERT_TRUE(waitUntil([&] { return saved && !boxes.isBusy(); }));
    EXPECT_EQ(boxes.mailbox(id)->name, u"Help desk"_s);
    EXPECT_FALSE(boxes.mailbox(id)->group.has_value());

    bool removed = false;
    QObject::connect(&boxes, &MailboxAdmin::removed, [&] { removed = true; });
    boxes.remove(id);
    ASSERT_TRUE(waitUntil([&] { return removed && !boxes.isBusy(); }));
    EXPECT_TRUE(boxes.mailboxes().isEmpty());
    EXPECT_EQ(refusals.count, 0) << refusals.message.toStdString();
}

TEST_P(MailAdminTest, AWrongPortIsNamedBeforeAnythingIsSent)
{
    MailboxAdmin admin(ada->session);
    AdminRefusals refusals(admin);
    int calls = 0;
    QObject::connect(&admin, &MailboxAdmin::busyChanged, [&] { ++calls; });
    admin.create(mailbox(u"Desk"_s, u"127.0.0.1"_s, 70000));
    EXPECT_EQ(refusals.count, 1);
    EXPECT_EQ(refusals.field, u"port"_s);
    EXPECT_FALSE(refusals.message.isEmpty());
    EXPECT_EQ(calls, 0) << "refused without a round trip";

    // What only the server knows is named too: plain IMAP to a remote host.
    admin.create(mailbox(u"Desk"_s, u"imap.example.org"_s, 143));
    ASSERT_TRUE(waitUntil([&] { return refusals.count == 2 && !admin.isBusy(); }));
    EXPECT_EQ(refusals.field, u"security"_s);
}

TEST_P(MailAdminTest, TestConnectionNamesTheStepThatFailed)
{
    MailboxAdmin admin(ada->session);
    const qint64 closed = create(admin, mailbox(u"Closed port"_s, u"127.0.0.1"_s, freePort()));
    ASSERT_NE(closed, 0);
    const api::MailboxTestResult tcp = test(admin, closed);
    EXPECT_FALSE(tcp.ok);
    EXPECT_EQ(tcp.step, u"tcp"_s);
    const QString said = MailboxAdmin::describeTest(tcp);
    EXPECT_TRUE(said.startsWith(u"Connecting to the host and port failed"_s)) << said.toStdString();
    EXPECT_FALSE(said.contains(Secret));

    auto params = mailbox(u"No such host"_s, u"no-such-host.invalid"_s, 993);
    params.fields.security = u"tls"_s;
    const qint64 unknown = create(admin, params);
    ASSERT_NE(unknown, 0);
    const api::MailboxTestResult dns = test(admin, unknown);
    EXPECT_EQ(dns.step, u"dns"_s);
    EXPECT_TRUE(MailboxAdmin::describeTest(dns).startsWith(u"Looking up the host name failed"_s));
}

// With Dovecot on loopback: the connection works, and keeps working after an update that
// leaves the password out (the stored one is kept); a wrong password fails at the login.
TEST_P(MailAdminTest, TestConnectionWorksAgainstDovecotAndTheStoredPasswordIsKept)
{
    QString why;
    bool isError = false;
    const auto mail = MailServers::start(&why, &isError);
    if (!mail && isError)
        FAIL() << why.toStdString();
    if (!mail)
        GTEST_SKIP() << why.toStdString();

    MailboxAdmin admin(ada->session);
    auto params = mailbox(u"Dovecot"_s, mail->host(), mail->imapPort());
    params.fields.security = u"starttls"_s;
    params.fields.username = MailServers::address(u"desk"_s);
    params.fields.password = QString::fromLatin1(MailServers::Password);
    params.fields.certificate = QString::fromLatin1(mail->certificatePem());
    const qint64 id = create(admin, params);
    ASSERT_NE(id, 0);
    const api::MailboxTestResult good = test(admin, id);
    EXPECT_TRUE(good.ok) << good.message.toStdString();
    EXPECT_TRUE(good.step.isEmpty());
    EXPECT_TRUE(MailboxAdmin::describeTest(good).startsWith(u"The connection works"_s));

    api::MailboxUpdateParams update;
    update.id = id;
    update.fields.name = u"Dovecot desk"_s;
    bool saved = false;
    QObject::connect(&admin, &MailboxAdmin::saved, [&] { saved = true; });
    admin.update(update);
    ASSERT_TRUE(waitUntil([&] { return saved && !admin.isBusy(); }));
    EXPECT_TRUE(test(admin, id).ok) << "the password left out was kept";

    saved = false;
    update.fields.password = u"wrong"_s;
    admin.update(update);
    ASSERT_TRUE(waitUntil([&] { return saved && !admin.isBusy(); }));
    const api::MailboxTestResult login = test(admin, id);
    EXPECT_EQ(login.step, u"login"_s);
    EXPECT_TRUE(MailboxAdmin::describeTest(login).startsWith(u"Logging in failed"_s));
}

TEST_P(MailAdminTest, OutgoingMailSaysAPasswordIsStoredWithoutShowingIt)
{
    OutgoingMailAdmin smtp(ada->session);
    AdminRefusals refusals(smtp);
    int loaded = 0;
    QObject::connect(&smtp, &OutgoingMailAdmin::loaded, [&] { ++loaded; });
    smtp.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded == 1; }));
    EXPECT_FALSE(smtp.settings().passwordSet);

    api::SmtpSettings settings;
    settings.host = u"smtp.example.org"_s;
    settings.port = 0;
    settings.username = u"relay"_s;
    settings.password = Secret;
    settings.fromAddress = u"desk@example.org"_s;
    smtp.save(settings);
    EXPECT_EQ(refusals.count, 1);
    EXPECT_EQ(refusals.field, u"port"_s) << "the setting, not value.port";

    settings.port = 587;
    smtp.save(settings);
    ASSERT_TRUE(waitUntil([&] { return loaded == 2 && !smtp.isBusy(); }));
    EXPECT_EQ(refusals.count, 1) << refusals.message.toStdString();
    EXPECT_TRUE(smtp.settings().passwordSet);
    EXPECT_FALSE(smtp.settings().password.has_value());
    EXPECT_EQ(smtp.settings().host, u"smtp.example.org"_s);
    EXPECT_EQ(smtp.settings().fromAddress, u"desk@example.org"_s);
    const Reply raw = admin().call(u"config.get"_s, QJsonObject {{"key"_L1, u"smtp"_s}});
    ASSERT_TRUE(raw.ok());
    EXPECT_FALSE(QJsonDocument(raw.object()).toJson().contains(Secret.toUtf8()));

    // Saved again without a password: the stored one stays; an empty one removes it.
    api::SmtpSettings again = smtp.settings();
    again.fromName = u"IT Service Desk"_s;
    smtp.save(again);
    ASSERT_TRUE(waitUntil([&] { return loaded == 3 && !smtp.isBusy(); }));
    EXPECT_TRUE(smtp.settings().passwordSet);
    EXPECT_EQ(smtp.settings().fromName, u"IT Service Desk"_s);
    again.password = QString();
    smtp.save(again);
    ASSERT_TRUE(waitUntil([&] { return loaded == 4 && !smtp.isBusy(); }));
    EXPECT_FALSE(smtp.settings().passwordSet);
}

INSTANTIATE_TEST_SUITE_P(Backends, MailAdminTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
