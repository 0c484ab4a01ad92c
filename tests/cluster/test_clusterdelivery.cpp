// Nothing sent twice across servers (issue 23, point 4): three real servers on one PostgreSQL
// send notification mails through a real Postfix (delivering into Dovecot's Maildirs, counted
// here by Message-ID) and webhooks to a real HTTP receiver (counted by delivery id). Clients
// create and answer tickets on all three; the server that leads the mail outbox and the webhook
// sender is killed (SIGKILL) in the middle of a burst; another one takes both over. Afterwards
// every mail and every delivery the database holds arrived, and arrived once — except those
// the dead server had handed over without living to record it (the documented at-least-once
// window: the same Message-ID or delivery id again), which are counted and bounded. Every
// acknowledged create and reply has its mail and its webhook.
#include "mailservers.h"
#include "provisioning.h"
#include "storage/databaseconfig.h"
#include "storage/sqlsession.h"
#include "testserver.h"
#include "testsession.h"
#include "webhookreceiver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <array>
#include <iostream>
#include <memory>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

bool leads(const TestServer& server, const QString& role)
{
    return server.output().contains(u"leading %1 for this database"_s.arg(role));
}

// The Message-ID of a delivered mail file (without the angle brackets).
QString messageIdOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression header(u"^Message-ID:\\s*<([^>]+)>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::MultilineOption);
    const QString head = QString::fromUtf8(file.read(64 * 1024)).section(u"\r\n\r\n"_s, 0, 0);
    return header.match(head).captured(1);
}

struct Row
{
    QString key; // Message-ID or delivery id
    QString state;
    int attempts = 0;
};

class ClusterDeliveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_database.available())
            GTEST_SKIP() << "several servers share a PostgreSQL database: set "
                            "FRONTLINE_TEST_PG_URL ("
                         << m_database.unavailableReason().toStdString() << ")";
        QString why;
        bool isError = false;
        m_mail = MailServers::start(&why, &isError);
        if (!m_mail && isError)
            FAIL() << why.toStdString();
        if (!m_mail)
            GTEST_SKIP() << why.toStdString();
        m_receiver = WebhookReceiver::start(&why);
        if (!m_receiver)
            GTEST_SKIP() << why.toStdString();

        // One mail key for all (each opens the SMTP password and the hook's secret the first
        // one sealed); a short webhook timeout, so that a delivery the dead server left
        // "sending" goes out again within the test.
        for (auto& server : m_servers) {
            server = std::make_unique<TestServer>(m_database);
            server->setArguments({u"--mail-key-file"_s, m_keyDir.filePath(u"mail.key"_s),
                                  u"--webhook-timeout"_s, u"3"_s});
            ASSERT_TRUE(server->start()) << server->error().toStdString();
        }
        ASSERT_TRUE(waitUntil(
            [&] { return leads(server(0), u"mail-outbox"_s) && leads(server(0), u"webhooks"_s); },
            5000))
            << server(0).output().toStdString();

        m_admin = std::make_unique<TestClient>(server(2).port());
        ASSERT_TRUE(
            m_admin->login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword)).ok());
        const QJsonObject smtp {{"host"_L1, m_mail->host()},
                                {"port"_L1, int(m_mail->smtpPort())},
                                {"security"_L1, u"starttls"_s},
                                {"username"_L1, MailServers::address(u"desk"_s)},
                                {"password"_L1, QLatin1String(MailServers::Password)},
                                {"certificate"_L1, QString::fromLatin1(m_mail->certificatePem())},
                                {"from_address"_L1, MailServers::address(u"desk"_s)},
                                {"from_name"_L1, u"IT Service Desk"_s}};
        const Reply configured =
            m_admin->call(u"config.set"_s, QJsonObject {{"key"_L1, u"smtp"_s}, {"value"_L1, smtp}});
        ASSERT_TRUE(configured.ok()) << configured.describe();
        const Reply hook = m_admin->call(
            u"webhook.create"_s,
            QJsonObject {{"url"_L1, m_receiver->url()}, {"events"_L1, QJsonArray {u"*"_s}}});
        ASSERT_TRUE(hook.ok()) << hook.describe();
        for (const QString& name : m_requesters) {
            const Reply made =
                m_admin->call(u"user.create"_s,
                              QJsonObject {{"username"_L1, name},
                                           {"password"_L1, QString::fromLatin1(UserPassword)},
                                           {"display_name"_L1, name},
                                           {"email"_L1, MailServers::address(name)},
                                           {"role"_L1, u"requester"_s}});
            ASSERT_TRUE(made.ok()) << made.describe();
        }
    }

    TestServer& server(int i) { return *m_servers[std::size_t(i)]; }

    // The outbox or the delivery queue as the database holds it.
    QList<Row> rows(const QString& sql)
    {
        QList<Row> found;
        auto session = openSession(m_database, u"delivery-check"_s);
        EXPECT_TRUE(session);
        if (!session)
            return found;
        server::Statement query = session->prepare(sql);
        query.exec();
        while (query.next())
            found.append({query.text(0), query.text(1), query.integer(2)});
        return found;
    }
    QList<Row> mails()
    {
        return rows(u"SELECT message_id, state, attempts FROM mail_outbox ORDER BY id"_s);
    }
    QList<Row> deliveries()
    {
        return rows(u"SELECT delivery_id, state, attempts FROM webhook_deliveries ORDER BY id"_s);
    }
    static bool settled(const QList<Row>& list, const QString& done)
    {
        return std::all_of(list.begin(), list.end(),
                           [&](const Row& row) { return row.state == done; });
    }

    // How often each Message-ID arrived in the requesters' Maildirs.
    QHash<QString, int> deliveredMail() const
    {
        QHash<QString, int> count;
        for (const QString& name : m_requesters)
            for (const QString& file : m_mail->maildirFiles(name))
                ++count[messageIdOf(file)];
        return count;
    }

    TestDatabase m_database {TestBackend::Postgres};
    QTemporaryDir m_keyDir;
    std::unique_ptr<MailServers> m_mail;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::array<std::unique_ptr<TestServer>, 3> m_servers;
    std::unique_ptr<TestClient> m_admin; // on the third server, which lives
    // Mailboxes MailServers has.
    const QStringList m_requesters {u"ann"_s, u"bob"_s, u"support"_s};
};

} // namespace

TEST_F(ClusterDeliveryTest, KillingTheSenderUnderLoadLosesNothingAndRepeatsOnlyWhatWasInFlight)
{
    // A requester on each server; the admin answers on the third. Each create queues a
    // receipt mail and a ticket.created webhook, each public answer a mail and a
    // ticket.commented webhook, in the transaction of the change.
    std::array<std::unique_ptr<TestClient>, 3> requesters;
    for (int i = 0; i < 3; ++i)
        requesters[std::size_t(i)] = connectAs(server(i).port(), m_requesters[i]);
    QList<qint64> created;
    QList<qint64> answered;
    const auto create = [&](int on, int round) {
        const Reply reply = requesters[std::size_t(on)]->call(
            u"ticket.create"_s,
            QJsonObject {{"title"_L1, u"Load %1 on server %2"_s.arg(round).arg(on)},
                         {"description"_L1, u"details"_s}},
            5000);
        if (reply.ok())
            created.append(reply.object().value("id"_L1).toInteger());
    };
    const auto answer = [&](qint64 ticket) {
        const Reply reply = m_admin->call(
            u"ticket.comment"_s, QJsonObject {{"id"_L1, ticket}, {"body"_L1, u"On our way"_s}});
        if (reply.ok())
            answered.append(ticket);
    };

    QElapsedTimer sinceKill;
    qint64 takeoverMs = -1;
    for (int round = 0; round < 60; ++round) {
        if (round == 30) {
            // A burst on the leader, then it dies while it hands the burst over.
            for (int i = 0; i < 15; ++i)
                create(0, 1000 + i);
            const auto sentBefore = m_receiver->requests().size();
            waitUntil([&] { return m_receiver->requests().size() > sentBefore; }, 2000);
            server(0).kill();
            sinceKill.start();
        }
        for (int on = sinceKill.isValid() ? 1 : 0; on < 3; ++on)
            create(on, round);
        if (!created.isEmpty())
            answer(created.at(created.size() / 2));
        if (sinceKill.isValid() && takeoverMs < 0) {
            for (int i = 1; i < 3; ++i)
                if (leads(server(i), u"mail-outbox"_s))
                    for (int j = 1; j < 3; ++j)
                        if (leads(server(j), u"webhooks"_s))
                            takeoverMs = sinceKill.elapsed();
        }
    }
    ASSERT_TRUE(waitUntil(
        [&] {
            for (int i = 1; i < 3; ++i)
                if (leads(server(i), u"mail-outbox"_s))
                    for (int j = 1; j < 3; ++j)
                        if (leads(server(j), u"webhooks"_s))
                            return true;
            return false;
        },
        10000))
        << "nobody took over the mail outbox and the webhooks";
    if (takeoverMs < 0)
        takeoverMs = sinceKill.elapsed();

    // Everything queued leaves: the mails are sent, the deliveries delivered (those the dead
    // server left "sending" after the webhook timeout).
    ASSERT_TRUE(waitUntil([&] { return settled(mails(), u"sent"_s); }, 60000));
    ASSERT_TRUE(waitUntil([&] { return settled(deliveries(), u"delivered"_s); }, 60000));
    const QList<Row> mailRows = mails();
    const QList<Row> deliveryRows = deliveries();
    ASSERT_GE(mailRows.size(), created.size() + answered.size());
    ASSERT_GE(deliveryRows.size(), created.size() + answered.size());

    // The relay delivers what it accepted (Postfix -> Dovecot's LMTP takes a moment).
    QHash<QString, int> inMaildir;
    ASSERT_TRUE(waitUntil(
        [&] {
            inMaildir = deliveredMail();
            return std::all_of(mailRows.begin(), mailRows.end(),
                               [&](const Row& row) { return inMaildir.contains(row.key); });
        },
        30000))
        << m_mail->log().toStdString();
    QHash<QString, int> atReceiver;
    QHash<qint64, int> createdHooks;
    for (const ReceivedHook& hook : m_receiver->requests()) {
        ++atReceiver[hook.deliveryId()];
        if (hook.event() == u"ticket.created"_s)
            ++createdHooks[QJsonDocument::fromJson(hook.body)
                               .object()
                               .value("data"_L1)
                               .toObject()
                               .value("ticket"_L1)
                               .toObject()
                               .value("id"_L1)
                               .toInteger()];
    }

    // Each once; again only what the dead server handed over unrecorded (its second attempt
    // is in the row), and then with the same id.
    int mailAgain = 0;
    for (const Row& row : mailRows) {
        const int times = inMaildir.value(row.key);
        if (row.attempts == 1)
            EXPECT_EQ(times, 1) << "mail " << row.key.toStdString();
        else
            EXPECT_LE(times, 2) << "mail " << row.key.toStdString();
        mailAgain += times - 1;
    }
    EXPECT_EQ(inMaildir.size(), mailRows.size()) << "no mail the outbox does not hold";
    int hooksAgain = 0;
    for (const Row& row : deliveryRows) {
        const int times = atReceiver.value(row.key);
        EXPECT_GE(times, 1) << "delivery " << row.key.toStdString() << " never arrived";
        if (row.attempts == 1)
            EXPECT_EQ(times, 1) << "delivery " << row.key.toStdString();
        else
            EXPECT_LE(times, 2) << "delivery " << row.key.toStdString();
        hooksAgain += std::max(0, times - 1);
    }
    EXPECT_EQ(atReceiver.size(), deliveryRows.size()) << "no delivery the queue does not hold";

    // Nothing acknowledged is lost: each create reached the receiver.
    for (qint64 id : std::as_const(created))
        EXPECT_GE(createdHooks.value(id), 1) << "acknowledged ticket " << id << " has no webhook";

    RecordProperty("takeover_ms", int(takeoverMs));
    RecordProperty("mail_again", mailAgain);
    RecordProperty("webhooks_again", hooksAgain);
    std::cout << "[ cluster  ] " << created.size() << " creates and " << answered.size()
              << " answers acknowledged; " << mailRows.size() << " mails and "
              << deliveryRows.size()
              << " webhook deliveries, sent again after the kill: " << mailAgain << " mails, "
              << hooksAgain << " deliveries; the mail outbox and webhooks moved in " << takeoverMs
              << " ms\n";
}
