// The e-mail channel's tables on both backends: mailbox passwords stored sealed, a Message-ID
// filed at most once, replies traced to their ticket through the Message-IDs sent.
#include "backend.h"
#include "mail/secretsealer.h"
#include "storage/databaseconfig.h"
#include "storage/mailboxrepository.h"
#include "storage/migrations.h"
#include "storage/sqlsession.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"

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
        auto config = DatabaseConfig::parse(m_database->spec());
        ASSERT_TRUE(config.ok());
        auto session = SqlSession::open(*config, u"mailbox-test"_s);
        ASSERT_TRUE(session.ok()) << session.error().toStdString();
        m_session = std::move(session).value();
        ASSERT_TRUE(migrate(*m_session).ok());
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

INSTANTIATE_TEST_SUITE_P(Backends, MailboxStoreTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
