// The controllers of the e-mail channel's client screens (issue 19) against a real server:
// MailTemplateAdmin previews the admin's unsaved text through the server's renderer as they
// type, names an unknown placeholder's field, saves and resets; MailOutboxAdmin lists what the
// sender did with a mail whose relay is down, filters by state, and "retry now" tries it again
// at once instead of after the backoff; MailPreferences stores a user's language and the
// notification mails they want.
#include "adminrefusals.h"
#include "client/core/admin/mailoutboxadmin.h"
#include "client/core/admin/mailtemplateadmin.h"
#include "client/core/mailpreferences.h"
#include "client/core/outbox.h"
#include "client/core/ticketdetail.h"
#include "coreclient.h"
#include "mailreader.h"
#include "mailservers.h"
#include "serverfixture.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class MailUiCoreTest : public ServerFixture
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

    QTemporaryDir m_keyDir;
    std::unique_ptr<CoreClient> ada;
};

} // namespace

TEST_P(MailUiCoreTest, TheTemplateEditorPreviewsTheUnsavedTextAsTheAdminTypes)
{
    MailTemplateAdmin templates(ada->session);
    AdminRefusals refusals(templates);
    int loaded = 0;
    int previewed = 0;
    QObject::connect(&templates, &MailTemplateAdmin::loaded, [&] { ++loaded; });
    QObject::connect(&templates, &MailTemplateAdmin::previewed, [&] { ++previewed; });
    templates.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded == 1; }));
    EXPECT_EQ(templates.templates().size(), 36) << "12 kinds in English, German and French";
    EXPECT_TRUE(templates.placeholders().contains(u"ticket.title"_s));

    templates.select(u"public_reply"_s, u"de"_s);
    const auto stored = templates.find(u"public_reply"_s, u"de"_s);
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->custom);
    EXPECT_EQ(templates.body(), stored->body);
    templates.previewNow();
    ASSERT_TRUE(waitUntil([&] { return previewed == 1; }));
    EXPECT_TRUE(templates.preview().subject.startsWith(u"[#1234]"_s))
        << templates.preview().subject.toStdString();

    // Keystrokes in quick succession: one preview, of the last text.
    templates.setPreviewDelay(150);
    templates.edit(u"Antwort"_s, stored->body);
    templates.edit(u"Antwort zu {{ticket"_s, stored->body);
    templates.edit(u"Antwort zu {{ticket.title}}"_s, stored->body);
    ASSERT_TRUE(waitUntil([&] { return previewed == 2 && !templates.isBusy(); }));
    EXPECT_EQ(templates.preview().subject,
              u"[#1234] Antwort zu Printer on the 3rd floor prints blank pages"_s);
    EXPECT_EQ(refusals.count, 0) << refusals.message.toStdString();

    // An unknown placeholder: the field is named, the last good preview stays.
    templates.edit(u"Antwort zu {{ticket.title}}"_s, u"Hallo {{ticket.nope}}"_s);
    ASSERT_TRUE(waitUntil([&] { return refusals.count == 1 && !templates.isBusy(); }));
    EXPECT_EQ(refusals.field, u"body"_s);
    EXPECT_TRUE(refusals.message.contains(u"ticket.nope"_s)) << refusals.message.toStdString();
    EXPECT_EQ(previewed, 2);

    templates.edit(u"Antwort zu {{ticket.title}}"_s, u"Hallo {{recipient.name}}"_s);
    int saved = 0;
    QObject::connect(&templates, &MailTemplateAdmin::saved, [&] { ++saved; });
    templates.save();
    ASSERT_TRUE(waitUntil([&] { return saved == 1 && !templates.isBusy(); }));
    EXPECT_TRUE(templates.find(u"public_reply"_s, u"de"_s)->custom);
    MailTemplateAdmin other(ada->session);
    int otherLoaded = 0;
    QObject::connect(&other, &MailTemplateAdmin::loaded, [&] { ++otherLoaded; });
    other.reload();
    ASSERT_TRUE(waitUntil([&] { return otherLoaded == 1; }));
    EXPECT_EQ(other.find(u"public_reply"_s, u"de"_s)->body, u"Hallo {{recipient.name}}"_s);

    templates.resetToDefault();
    ASSERT_TRUE(waitUntil([&] { return saved == 2 && !templates.isBusy(); }));
    EXPECT_FALSE(templates.find(u"public_reply"_s, u"de"_s)->custom);
    EXPECT_EQ(templates.body(), stored->body) << "the editor shows the default again";
    EXPECT_EQ(refusals.count, 1);
}

TEST_P(MailUiCoreTest, TheOutboxShowsAFailedAttemptAndRetryNowTriesAgainAtOnce)
{
    // The relay is down: the requester's "received" mail waits 30 s for its second try.
    const Reply smtp =
        admin().call(u"config.set"_s,
                     QJsonObject {{"key"_L1, u"smtp"_s},
                                  {"value"_L1,
                                   QJsonObject {{"enabled"_L1, true},
                                                {"host"_L1, u"127.0.0.1"_s},
                                                {"port"_L1, int(freePort())},
                                                {"security"_L1, u"none"_s},
                                                {"from_address"_L1, u"desk@example.com"_s}}}});
    ASSERT_TRUE(smtp.ok()) << smtp.describe();
    createUser(u"ann"_s, u"requester"_s);
    auto ann = connectAs(u"ann"_s);
    const QJsonObject ticket =
        createTicket(*ann, {{"title"_L1, u"VPN drops"_s}, {"description"_L1, u"Every hour."_s}});

    MailOutboxAdmin outbox(ada->session);
    QAbstractItemModelTester tester(outbox.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    AdminRefusals refusals(outbox);
    MailOutboxModel& model = *outbox.model();
    outbox.setRefreshInterval(200);
    ASSERT_TRUE(waitUntil(
        [&] {
            return model.rowCount() == 1 && model.entries().at(0).attempts == 1
                && model.entries().at(0).state == u"queued"_s;
        },
        15000));
    const api::MailOutboxEntry first = model.entries().at(0);
    EXPECT_EQ(first.ticketId, ticket.value("id"_L1).toInteger());
    EXPECT_EQ(first.address, u"ann@example.com"_s);
    EXPECT_FALSE(first.lastError.isEmpty());
    EXPECT_EQ(model.data(model.index(0, MailOutboxModel::State), Qt::DisplayRole).toString(),
              u"Queued"_s);
    EXPECT_EQ(model.data(model.index(0, MailOutboxModel::Ticket), Qt::DisplayRole).toString(),
              u"#%1"_s.arg(first.ticketId));
    EXPECT_FALSE(
        model.data(model.index(0, MailOutboxModel::NextTry), Qt::DisplayRole).toString().isEmpty());
    EXPECT_EQ(outbox.counts().queued, 1);

    outbox.setRefreshInterval(0);
    outbox.setStateFilter(u"sent"_s);
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 0 && !outbox.isBusy(); }));
    outbox.setStateFilter(u"queued"_s);
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 1 && !outbox.isBusy(); }));

    std::optional<api::MailOutboxEntry> retried;
    QObject::connect(&outbox, &MailOutboxAdmin::retried,
                     [&](const api::MailOutboxEntry& entry) { retried = entry; });
    outbox.retry(first.id);
    ASSERT_TRUE(waitUntil([&] { return retried.has_value(); }));
    EXPECT_EQ(retried->state, u"queued"_s);
    EXPECT_EQ(retried->attempts, 0) << "the backoff starts over";
    // Tried again within seconds, not after the 30 s backoff.
    outbox.setRefreshInterval(200);
    ASSERT_TRUE(waitUntil(
        [&] { return model.rowCount() == 1 && model.entries().at(0).attempts == 1; }, 10000));
    EXPECT_EQ(refusals.count, 0) << refusals.message.toStdString();

    outbox.setRefreshInterval(0);
    outbox.retry(first.id + 1000);
    ASSERT_TRUE(waitUntil([&] { return refusals.count == 1 && !outbox.isBusy(); }));
}

TEST_P(MailUiCoreTest, AUserChoosesTheirMailLanguageAndWhichMailsTheyGet)
{
    createUser(u"ann"_s, u"requester"_s);
    CoreClient ann(server().port());
    ASSERT_TRUE(ann.login(u"ann"_s));
    MailPreferences prefs(ann.session);
    int loaded = 0;
    int saved = 0;
    QString failure;
    QObject::connect(&prefs, &MailPreferences::loaded, [&] { ++loaded; });
    QObject::connect(&prefs, &MailPreferences::saved, [&] { ++saved; });
    QObject::connect(&prefs, &MailPreferences::failed, [&](const QString& m) { failure = m; });
    prefs.load();
    ASSERT_TRUE(waitUntil([&] { return loaded == 1; }));
    EXPECT_EQ(prefs.language(), u"en"_s);
    EXPECT_EQ(prefs.kinds(), api::requesterMailKindNames()) << "a requester gets no staff mail";
    EXPECT_TRUE(prefs.wants(u"closed"_s));

    QStringList wanted = prefs.kinds();
    wanted.removeAll(u"closed"_s);
    prefs.save(u"fr"_s, wanted);
    ASSERT_TRUE(waitUntil([&] { return saved == 1 && !prefs.isBusy(); }));
    EXPECT_TRUE(failure.isEmpty()) << failure.toStdString();
    EXPECT_EQ(prefs.language(), u"fr"_s);
    EXPECT_FALSE(prefs.wants(u"closed"_s));

    MailPreferences again(ann.session); // another window, or the applet
    int againLoaded = 0;
    QObject::connect(&again, &MailPreferences::loaded, [&] { ++againLoaded; });
    again.load();
    ASSERT_TRUE(waitUntil([&] { return againLoaded == 1; }));
    EXPECT_EQ(again.language(), u"fr"_s);
    EXPECT_FALSE(again.wants(u"closed"_s));
    EXPECT_TRUE(again.wants(u"resolved"_s));

    MailPreferences staff(ada->session);
    int staffLoaded = 0;
    QObject::connect(&staff, &MailPreferences::loaded, [&] { ++staffLoaded; });
    staff.load();
    ASSERT_TRUE(waitUntil([&] { return staffLoaded == 1; }));
    EXPECT_TRUE(staff.kinds().contains(u"sla_breached"_s));
}

// The conversation's mail marks change live: an agent has the ticket open while the real
// Postfix takes the notification mails ("queued" becomes "sent" without reloading), and a
// reply the requester sends by mail shows as one ("via e-mail from") when it lands.
TEST_P(MailUiCoreTest, TheConversationsMailMarksChangeLiveAsTheOutboxSendsAndMailArrives)
{
    QString why;
    bool isError = false;
    const auto mail = MailServers::start(&why, &isError);
    if (!mail && isError)
        FAIL() << why.toStdString();
    if (!mail)
        GTEST_SKIP() << why.toStdString();
    const QString annAddress = MailServers::address(u"ann"_s);
    ASSERT_TRUE(admin()
                    .call(u"user.create"_s,
                          QJsonObject {{"username"_L1, u"ann"_s},
                                       {"password"_L1, QString::fromLatin1(Password)},
                                       {"display_name"_L1, u"Ann"_s},
                                       {"email"_L1, annAddress},
                                       {"role"_L1, u"requester"_s}})
                    .ok());
    createUser(u"alex"_s, u"agent"_s);
    auto ann = connectAs(u"ann"_s);
    const qint64 id =
        createTicket(*ann, {{"title"_L1, u"Toner leer"_s}, {"description"_L1, u"Grau."_s}})
            .value("id"_L1)
            .toInteger();

    CoreClient alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    TicketDetail detail(alex.session, alex.outbox, alex.directory);
    ConversationModel& conversation = detail.conversation();
    detail.open(id);
    ASSERT_TRUE(waitUntil([&] { return detail.isLoaded(); }));
    ASSERT_EQ(conversation.rowCount(), 1);
    const auto marks = [&](int row) {
        return conversation.data(conversation.index(row), ConversationModel::MailsOutRole)
            .toString();
    };
    EXPECT_EQ(marks(0), QString()) << "mail is off: nothing was queued";

    // The relay from now on; the agent's public reply queues a mail to Ann.
    ASSERT_TRUE(admin()
                    .call(u"config.set"_s,
                          QJsonObject {{"key"_L1, u"smtp"_s},
                                       {"value"_L1, smtpSettings(*mail, mail->smtpPort())}})
                    .ok());
    detail.reply(u"Neuer Toner kommt heute."_s, false);
    ASSERT_TRUE(waitUntil([&] { return conversation.rowCount() >= 2; }, 10000));
    int reply = -1;
    for (int row = 0; row < conversation.rowCount(); ++row) {
        if (conversation.entryAt(row).comment)
            reply = row;
    }
    ASSERT_GE(reply, 0);
    const QString sent = u"Mailed to %1 (sent)"_s.arg(annAddress);
    EXPECT_TRUE(waitUntil([&] { return marks(reply) == sent; }, 30000))
        << marks(reply).toStdString();
    EXPECT_GT(conversation.entryAt(reply).id, 0) << "the pushed comment learnt its event id";
    ASSERT_EQ(readInbox(*mail, u"ann"_s, 1).size(), 1) << "and the mail is in her mailbox";

    // Ann answers by mail; the desk's mailbox files it while the agent looks at the ticket.
    const Reply box =
        admin().call(u"mailbox.create"_s,
                     QJsonObject {{"name"_L1, u"IT Service Desk"_s},
                                  {"host"_L1, mail->host()},
                                  {"port"_L1, mail->imapPort()},
                                  {"security"_L1, u"starttls"_s},
                                  {"username"_L1, MailServers::address(u"desk"_s)},
                                  {"password"_L1, QLatin1String(MailServers::Password)},
                                  {"certificate"_L1, QString::fromLatin1(mail->certificatePem())}});
    ASSERT_TRUE(box.ok()) << box.describe();
    const QByteArray answer = (u"From: Ann <%1>\r\nTo: %2\r\nSubject: Re: [#%3] Toner leer\r\n"
                               "Message-ID: <ann-toner@example.test>\r\n\r\nDanke!\r\n"_s)
                                  .arg(annAddress, MailServers::address(u"desk"_s))
                                  .arg(id)
                                  .toUtf8();
    ASSERT_EQ(sendMail(*mail, u"ann"_s, {MailServers::address(u"desk"_s)}, answer), QString());
    int filed = -1;
    ASSERT_TRUE(waitUntil(
        [&] {
            for (int row = 0; row < conversation.rowCount(); ++row) {
                const auto& entry = conversation.entryAt(row);
                if (entry.comment && entry.comment->body == u"Danke!"_s)
                    filed = row;
            }
            return filed >= 0
                && conversation.data(conversation.index(filed), ConversationModel::MailFromRole)
                == annAddress;
        },
        30000))
        << "row " << filed;
}

INSTANTIATE_TEST_SUITE_P(Backends, MailUiCoreTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
