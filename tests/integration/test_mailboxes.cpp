// The e-mail channel's tables on both backends: mailbox passwords stored sealed, a Message-ID
// filed at most once, replies traced to their ticket through the Message-IDs sent (recorded, or
// for a ticket mail the outbox row its Message-ID names).
#include "backend.h"
#include "mail/secretsealer.h"
#include "notify/mailoutbox.h"
#include "storage/mailboxrepository.h"
#include "storage/sqlsession.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testsession.h"

using namespace Qt::StringLiterals;
using namespace frontline;
using namespace frontline::server;
using namespace frontline::test;

namespace {

class MailboxStoreTest : public ::testing::TestWithParam<TestBackend>
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<TestDatabase>(GetParam());
        FRONTLINE_REQUIRE_DATABASE(*m_database);
        m_session = openMigrated(*m_database, u"mailbox-test"_s);
        ASSERT_TRUE(m_session);
    }

    mail::MailboxConfig desk() const
    {
        mail::MailboxConfig box;
        box.name = u"IT Service Desk"_s;
        box.address = u"desk@example.test"_s;
        box.imap = {u"imap.example.test"_s,
                    993,
                    mail::MailEndpoint::Security::Tls,
                    u"desk@example.test"_s,
                    u"imap-pässword"_s,
                    "-----BEGIN CERTIFICATE-----"};
        box.smtp = {u"smtp.example.test"_s,
                    587,
                    mail::MailEndpoint::Security::StartTls,
                    u"desk@example.test"_s,
                    u"smtp-password"_s,
                    {}};
        return box;
    }

    qint64 newTicket()
    {
        const qint64 requester =
            UserRepository(*m_session)
                .insert(u"ann"_s, u"Ann"_s, u"ann@example.test"_s, Role::Requester, "hash", 1);
        TicketRecord record;
        record.ticket.title = u"Printer"_s;
        record.ticket.status = u"new"_s;
        record.ticket.priority = 3;
        record.ticket.requester = UserRef {requester, {}, {}};
        return TicketRepository(*m_session).insert(record);
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<SqlSession> m_session;
    mail::SecretSealer m_sealer = mail::SecretSealer::withRandomKey();
};

} // namespace

TEST_P(MailboxStoreTest, PasswordsAreStoredSealedAndReadBackWithTheKey)
{
    MailboxRepository mailboxes(*m_session, m_sealer);
    const qint64 id = mailboxes.save(desk());
    const auto found = mailboxes.find(id);
    ASSERT_TRUE(found.ok()) << found.error().toStdString();
    EXPECT_EQ(found->imap.password, u"imap-pässword"_s);
    EXPECT_EQ(found->smtp.password, u"smtp-password"_s);
    EXPECT_EQ(found->imap.security, mail::MailEndpoint::Security::Tls);
    EXPECT_EQ(found->imap.pinnedCertificatePem, QByteArray("-----BEGIN CERTIFICATE-----"));
    EXPECT_EQ(found->folder, u"INBOX"_s);
    EXPECT_EQ(mailboxes.enabledIds(), QList<qint64> {id});

    Statement raw = m_session->prepare(u"SELECT imap_password, smtp_password FROM mailboxes"_s);
    raw.exec();
    ASSERT_TRUE(raw.next());
    EXPECT_FALSE(raw.value(0).toByteArray().contains("pässword"));
    EXPECT_FALSE(raw.value(1).toByteArray().contains("smtp-password"));

    // Another server's key (or a stolen database without the key file) opens nothing.
    const mail::SecretSealer otherKey = mail::SecretSealer::withRandomKey();
    EXPECT_FALSE(MailboxRepository(*m_session, otherKey).find(id).ok());

    mail::MailboxConfig changed = *found;
    changed.enabled = false;
    changed.imap.password = u"new"_s;
    EXPECT_EQ(mailboxes.save(changed), id);
    EXPECT_EQ(mailboxes.find(id)->imap.password, u"new"_s);
    EXPECT_TRUE(mailboxes.enabledIds().isEmpty());
}

TEST_P(MailboxStoreTest, AMessageIdIsFiledOnceAndRepliesFindTheirTicket)
{
    MailboxRepository mailboxes(*m_session, m_sealer);
    const qint64 box = mailboxes.save(desk());
    const qint64 ticket = newTicket();
    EXPECT_FALSE(mailboxes.wasFiled(u"a1@example.org"_s));
    mailboxes.recordFiled(u"a1@example.org"_s, box, ticket, u"ticket"_s, 1);
    EXPECT_TRUE(mailboxes.wasFiled(u"a1@example.org"_s));
    try {
        mailboxes.recordFiled(u"a1@example.org"_s, box, ticket, u"ticket"_s, 2);
        ADD_FAILURE() << "a second row for the same Message-ID was accepted";
    } catch (const DbException& error) {
        EXPECT_TRUE(error.isUniqueViolation()) << error.describe().toStdString();
    }

    mailboxes.recordSent(u"ticket-1-1@frontline.example.test"_s, ticket, 3);
    EXPECT_EQ(
        mailboxes.ticketForReferences({u"unknown@x"_s, u"ticket-1-1@frontline.example.test"_s}),
        ticket);
    EXPECT_FALSE(mailboxes.ticketForReferences({u"unknown@x"_s}).has_value());
    EXPECT_GT(mailboxes.quarantine(box, u"no sender address"_s, "raw bytes", 4), 0);
}

// A ticket mail's Message-ID names its event and recipient (mail/ticketmailids.h): a reply finds
// its ticket through the outbox row it names, which must have gone out with exactly that ID; no
// mail_sent row is written for it. The thread's root ("ticket-N@domain") counts once a mail
// of that ticket carrying it went out.
TEST_P(MailboxStoreTest, ARepliedTicketMailIsFoundThroughTheOutboxRowItNames)
{
    MailboxRepository mailboxes(*m_session, m_sealer);
    const qint64 ticket = newTicket();
    const auto number = [&](const QString& sql) {
        Statement query = m_session->prepare(sql);
        query.exec();
        return query.next() ? query.int64(0) : qint64(-1);
    };
    const qint64 ann = number(u"SELECT id FROM users WHERE username = 'ann'"_s);
    Statement event = m_session->prepareInsert(
        u"INSERT INTO ticket_events (ticket_id, actor_id, at, kind) VALUES (?, ?, 1, 'created')"_s);
    event.bind(ticket).bind(ann);
    event.exec();
    const qint64 eventId = event.insertedId();
    const QString sentId =
        u"ticket-%1.event-%2.user-%3@desk.example.test"_s.arg(ticket).arg(eventId).arg(ann);
    const QString root = u"ticket-%1@desk.example.test"_s.arg(ticket);
    Statement queued = m_session->prepare(
        u"INSERT INTO mail_outbox (event_id, recipient_id, ticket_id, kind, address, subject, "
        "body, message_id, in_reply_to, state, next_attempt_at, created_at) "
        "VALUES (?, ?, ?, 'received', 'ann@example.test', 's', 'b', ?, ?, 'queued', 1, 1)"_s);
    queued.bind(eventId).bind(ann).bind(ticket).bind(sentId).bind(root);
    queued.exec();

    EXPECT_FALSE(mailboxes.ticketForReferences({sentId}).has_value()) << "not sent yet";
    EXPECT_FALSE(mailboxes.ticketForReferences({root}).has_value()) << "not sent yet";
    // The sender's way: claimed, handed to the relay, finished as sent.
    notify::MailOutbox outbox(*m_session);
    const QList<notify::OutboxMail> claimed = outbox.claim(2, 10, u"attempt-1"_s);
    ASSERT_EQ(claimed.size(), 1);
    notify::SendResult result;
    result.id = claimed.constFirst().id;
    result.sent = true;
    ASSERT_TRUE(outbox.finish(result, claimed.constFirst(), u"attempt-1"_s, 3).has_value());
    EXPECT_EQ(mailboxes.ticketForReferences({u"unknown@x"_s, sentId}), ticket);
    EXPECT_EQ(mailboxes.ticketForReferences({root}), ticket);
    EXPECT_EQ(number(u"SELECT COUNT(*) FROM mail_sent"_s), 0) << "the outbox row is the record";

    // The 32 newest references are looked at, no more (a mail may carry thousands).
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many << u"ticket-%1@desk.example.test"_s.arg(ticket + 1 + i);
    EXPECT_FALSE(mailboxes.ticketForReferences(many + QStringList {sentId}).has_value());
    many[31] = sentId;
    EXPECT_EQ(mailboxes.ticketForReferences(many), ticket);

    // Only exactly what went out: another domain, recipient, event or ticket is not ours.
    for (const QString& other :
         {u"ticket-%1.event-%2.user-%3@elsewhere.example"_s.arg(ticket).arg(eventId).arg(ann),
          u"ticket-%1.event-%2.user-%3@desk.example.test"_s.arg(ticket).arg(eventId).arg(ann + 1),
          u"ticket-%1.event-%2.user-%3@desk.example.test"_s.arg(ticket).arg(eventId + 1).arg(ann),
          u"ticket-%1@elsewhere.example"_s.arg(ticket),
          u"ticket-%1@desk.example.test"_s.arg(ticket + 1)})
        EXPECT_FALSE(mailboxes.ticketForReferences({other}).has_value()) << other.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, MailboxStoreTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
