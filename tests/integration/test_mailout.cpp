// Notification mails end to end: the real server (in process, over its socket) queues them in
// the transaction of the change, its sender hands them to a real Postfix, which delivers into
// Dovecot, and the test reads each recipient's mailbox over IMAP — in their language, with the
// Message-ID, In-Reply-To and References that thread replies back, once.
#include "api/eventapi.h"
#include "api/notifyapi.h"
#include "api/ticketresults.h"
#include "harnessfixture.h"
#include "mail/inboundmail.h"
#include "mailreader.h"
#include "mailservers.h"
#include "storage/sqlsession.h"
#include "testserver.h"
#include "testsession.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;
using server::mail::InboundMail;

namespace {

class MailOutTest : public HarnessFixture
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
        m_ann = makeUser(u"ann"_s, u"requester"_s);
        m_bob = makeUser(u"bob"_s, u"agent"_s);
        ann = connectAs(u"ann"_s);
        bob = connectAs(u"bob"_s);
        ASSERT_TRUE(configureSmtp(m_mail->smtpPort()).ok());
    }

    qint64 makeUser(const QString& name, const QString& role)
    {
        const Reply reply = admin().call(
            u"user.create"_s,
            QJsonObject {{"username"_L1, name},
                         {"password"_L1, QString::fromLatin1(Password)},
                         {"display_name"_L1, QString(name.at(0).toUpper() + name.mid(1))},
                         {"email"_L1, MailServers::address(name)},
                         {"role"_L1, role}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    Reply configureSmtp(quint16 port)
    {
        return admin().call(
            u"config.set"_s,
            QJsonObject {{"key"_L1, u"smtp"_s}, {"value"_L1, smtpSettings(*m_mail, port)}});
    }

    // Ann's "VPN down for the office" in a category routed to `group`, under an SLA policy that
    // escalates on breach and whose response target (10 minutes) passes after 15.
    QJsonObject networkTicketOnATightSla(qint64 group)
    {
        EXPECT_TRUE(admin()
                        .call(u"category.create"_s,
                              QJsonObject {{"name"_L1, u"Network"_s}, {"default_group"_L1, group}})
                        .ok());
        EXPECT_TRUE(admin()
                        .call(u"sla.policy.create"_s,
                              QJsonObject {{"name"_L1, u"Tight"_s},
                                           {"response_minutes"_L1, 10},
                                           {"resolve_minutes"_L1, 60},
                                           {"escalate_on_breach"_L1, true}})
                        .ok());
        const Reply created = ann->call(u"ticket.create"_s,
                                        QJsonObject {{"title"_L1, u"VPN down for the office"_s},
                                                     {"description"_L1, u"details"_s},
                                                     {"category"_L1, u"Network"_s}});
        EXPECT_TRUE(created.ok()) << created.describe();
        return created.object();
    }

    api::MailOutboxList outbox(const QString& state = {})
    {
        QJsonObject params {{"limit"_L1, 500}};
        if (!state.isEmpty())
            params.insert("state"_L1, state);
        const Reply reply = admin().call(u"mail.outbox.list"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return api::MailOutboxList::fromJson(reply.result);
    }

    // Every queued mail handed to the relay (none queued, none being sent).
    bool waitAllSent(int expected, int timeoutMs = 30000)
    {
        return waitUntil(
            [&] {
                const auto list = outbox();
                return list.queued == 0 && list.sending == 0 && list.sent >= expected;
            },
            timeoutMs);
    }

    QList<InboundMail> inbox(const QString& name, qsizetype count)
    {
        return readInbox(*m_mail, name, count);
    }

    qint64 create(TestClient& who, const QString& title)
    {
        const Reply reply =
            who.call(u"ticket.create"_s,
                     QJsonObject {{"title"_L1, title}, {"description"_L1, u"It does not work."_s}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    Reply comment(TestClient& who, qint64 ticket, const QString& body, bool internal = false)
    {
        return who.call(
            u"ticket.comment"_s,
            QJsonObject {{"id"_L1, ticket}, {"body"_L1, body}, {"internal"_L1, internal}});
    }

    std::unique_ptr<MailServers> m_mail;
    std::unique_ptr<TestClient> ann, bob;
    qint64 m_ann = 0;
    qint64 m_bob = 0;
};

const QRegularExpression
    MessageIdShape(u"^ticket-(\\d+)\\.event-(\\d+)\\.user-(\\d+)@example\\.test$"_s);

} // namespace

TEST_P(MailOutTest, APublicReplyReachesTheRequesterOnceInTheirLanguageAndThreads)
{
    ASSERT_TRUE(
        ann->call(u"user.notification_prefs.set"_s, QJsonObject {{"language"_L1, u"de"_s}}).ok());
    const qint64 ticket = create(*ann, u"Drucker druckt leere Seiten"_s);
    ASSERT_TRUE(comment(*bob, ticket, u"Internal: probably the toner."_s, true).ok());
    ASSERT_TRUE(comment(*bob, ticket, u"Wir tauschen den Toner heute."_s).ok());
    ASSERT_TRUE(waitAllSent(2));

    // Received (her own receipt) and the reply; not the internal note, nothing to Bob.
    const auto rows = outbox();
    ASSERT_EQ(rows.items.size(), 2);
    for (const auto& row : rows.items) {
        EXPECT_EQ(row.address, MailServers::address(u"ann"_s));
        EXPECT_EQ(row.state, u"sent"_s);
        EXPECT_EQ(row.attempts, 1);
    }
    const QList<InboundMail> mails = inbox(u"ann"_s, 2);
    ASSERT_EQ(mails.size(), 2);
    const auto reply = std::find_if(mails.begin(), mails.end(), [](const InboundMail& m) {
        return m.subject.contains(u"Neue Antwort"_s);
    });
    ASSERT_NE(reply, mails.end());
    EXPECT_TRUE(reply->subject.startsWith(u"[#%1] "_s.arg(ticket)));
    EXPECT_EQ(reply->ticketTag, ticket);
    EXPECT_TRUE(reply->fullText.contains(u"Wir tauschen den Toner heute."_s));
    EXPECT_TRUE(reply->fullText.contains(u"hat auf Ihr Ticket"_s));
    EXPECT_FALSE(reply->fullText.contains(u"probably the toner"_s));
    const auto id = MessageIdShape.match(reply->messageId);
    ASSERT_TRUE(id.hasMatch()) << reply->messageId.toStdString();
    EXPECT_EQ(id.captured(1).toLongLong(), ticket);
    EXPECT_EQ(id.captured(3).toLongLong(), m_ann);
    const QString root = u"ticket-%1@example.test"_s.arg(ticket);
    EXPECT_EQ(reply->inReplyTo, root);
    EXPECT_TRUE(reply->references.contains(root));
    EXPECT_NE(reply->automated, server::mail::Automated::No); // Auto-Submitted: no robot answers
    EXPECT_EQ(reply->fromAddress, MailServers::address(u"desk"_s));
}

TEST_P(MailOutTest, AnAssignmentTellsTheAgentAndAnOptOutIsHonoured)
{
    ASSERT_TRUE(ann->call(u"user.notification_prefs.set"_s,
                          QJsonObject {{"opted_out"_L1, QJsonArray {u"received"_s}}})
                    .ok());
    const Reply prefs = ann->call(u"user.notification_prefs.get"_s);
    ASSERT_TRUE(prefs.ok());
    EXPECT_EQ(api::NotificationPrefs::fromJson(prefs.result).optedOut, QStringList {u"received"_s});

    const qint64 ticket = create(*ann, u"VPN drops every hour"_s);
    const Reply got = admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, ticket}});
    ASSERT_TRUE(got.ok());
    const Reply assigned =
        admin().call(u"ticket.update"_s,
                     QJsonObject {{"id"_L1, ticket},
                                  {"version"_L1, got.object().value("version"_L1)},
                                  {"assignee"_L1, m_bob}});
    ASSERT_TRUE(assigned.ok()) << assigned.describe();
    ASSERT_TRUE(waitAllSent(1));

    const auto rows = outbox();
    ASSERT_EQ(rows.items.size(), 1) << "the opted-out receipt must not be queued";
    EXPECT_EQ(rows.items[0].kind, u"assigned"_s);
    const QList<InboundMail> mails = inbox(u"bob"_s, 1);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails[0].subject, u"[#%1] Assigned to you: VPN drops every hour"_s.arg(ticket));
    EXPECT_TRUE(mails[0].fullText.contains(u"Ann"_s));
}

TEST_P(MailOutTest, AResolutionSendsOneMailWithTheNoteAndTheSurvey)
{
    const qint64 ticket = create(*ann, u"Laptop fan is loud"_s);
    ASSERT_TRUE(waitAllSent(1));
    const Reply resolved = bob->call(u"ticket.transition"_s,
                                     QJsonObject {{"id"_L1, ticket},
                                                  {"status"_L1, u"resolved"_s},
                                                  {"note"_L1, u"Cleaned the fan."_s}});
    ASSERT_TRUE(resolved.ok()) << resolved.describe();
    ASSERT_TRUE(waitAllSent(2));
    const auto rows = outbox();
    ASSERT_EQ(rows.items.size(), 2) << "the note and the status change make one mail";
    EXPECT_EQ(rows.items[0].kind, u"resolved"_s);
    const QList<InboundMail> mails = inbox(u"ann"_s, 2);
    const auto mail = std::find_if(mails.begin(), mails.end(), [](const InboundMail& m) {
        return m.subject.contains(u"Resolved"_s);
    });
    ASSERT_NE(mail, mails.end());
    EXPECT_TRUE(mail->fullText.contains(u"Cleaned the fan."_s));
    EXPECT_TRUE(mail->fullText.contains(u"Rate the ticket"_s));
}

TEST_P(MailOutTest, ARelayThatIsDownIsTriedAgainLaterAndTheMailGoesOutOnce)
{
    // A port where nothing listens: the attempt fails and is planned again after the backoff.
    ASSERT_TRUE(configureSmtp(1).ok());
    const qint64 ticket = create(*ann, u"Monitor flickers"_s);
    ASSERT_TRUE(waitUntil(
        [&] {
            const auto rows = outbox(u"queued"_s);
            return !rows.items.isEmpty() && rows.items[0].attempts == 1
                && !rows.items[0].lastError.isEmpty();
        },
        30000));
    const auto waiting = outbox(u"queued"_s).items.at(0);
    EXPECT_EQ(waiting.ticketId, ticket);
    EXPECT_FALSE(waiting.nextAttemptAt.isEmpty());

    ASSERT_TRUE(configureSmtp(m_mail->smtpPort()).ok());
    const Reply settings = admin().call(u"config.get"_s, QJsonObject {{"key"_L1, u"smtp"_s}});
    ASSERT_TRUE(settings.ok());
    EXPECT_FALSE(settings.object().value("value"_L1).toObject().contains("password"_L1));
    EXPECT_TRUE(settings.object().value("value"_L1).toObject().value("password_set"_L1).toBool());
    clock().advance(31'000); // past the first backoff (30 s)
    ASSERT_TRUE(waitAllSent(1));
    const auto sent = outbox(u"sent"_s).items.at(0);
    EXPECT_EQ(sent.attempts, 2);
    EXPECT_EQ(sent.messageId, waiting.messageId);
    EXPECT_EQ(inbox(u"ann"_s, 1).size(), 1);
}

// The sender keeps its connections open from one batch to the next while mail keeps coming.
// A relay that hung up on the idle connection meanwhile costs nothing: the next mail goes out
// at once over a new connection, on its first attempt, not after a retry's backoff.
TEST_P(MailOutTest, AConnectionTheRelayClosedMeanwhileIsOpenedAgainAtOnce)
{
    ASSERT_TRUE(m_mail->setRelayIdleTimeout(1)) << m_mail->log().toStdString();
    ASSERT_TRUE(configureSmtp(m_mail->smtpPort()).ok());
    create(*ann, u"Keyboard misses keys"_s);
    ASSERT_TRUE(waitAllSent(1));
    QThread::msleep(2500); // the relay hangs up on the kept connection after 1 s
    create(*ann, u"Screen stays dark"_s);
    ASSERT_TRUE(waitAllSent(2, 15000)) << "no retry (its backoff waits for the test's clock)";
    for (const auto& row : outbox().items) {
        EXPECT_EQ(row.state, u"sent"_s);
        EXPECT_EQ(row.attempts, 1) << row.lastError.toStdString();
    }
    EXPECT_EQ(inbox(u"ann"_s, 2).size(), 2);
}

// A relay that takes only so many connections from one client (Postfix's and Exchange's limits
// per client) refuses the sender's other lanes: every mail goes out over the connections it
// took, on its planned attempt — none failed, none waiting for a retry, none twice.
TEST_P(MailOutTest, ARelayThatLimitsConnectionsGetsEveryMailOverThoseItTook)
{
    ASSERT_TRUE(m_mail->setRelayConnectionLimit(2)) << m_mail->log().toStdString();
    // Queued while the relay cannot be reached, so that they are due together after the
    // backoff: the sender then opens all its lanes at once.
    ASSERT_TRUE(configureSmtp(1).ok());
    constexpr int Tickets = 80;
    for (int i = 0; i < Tickets; ++i)
        create(*ann, u"Printer %1 jams"_s.arg(i));
    ASSERT_TRUE(waitUntil(
        [&] {
            const auto list = outbox();
            return list.sending == 0 && list.queued >= Tickets
                && std::all_of(list.items.cbegin(), list.items.cend(),
                               [](const auto& row) { return row.attempts == 1; });
        },
        60000));
    const int total = outbox().queued;

    ASSERT_TRUE(configureSmtp(m_mail->smtpPort()).ok());
    clock().advance(31'000); // past the first backoff (30 s)
    ASSERT_TRUE(waitAllSent(total, 60000));
    int toAnn = 0;
    for (const auto& row : outbox().items) {
        EXPECT_EQ(row.state, u"sent"_s);
        EXPECT_EQ(row.attempts, 2) << row.lastError.toStdString();
        toAnn += row.address == MailServers::address(u"ann"_s) ? 1 : 0;
    }
    const QList<InboundMail> mails = inbox(u"ann"_s, toAnn);
    QSet<QString> ids;
    for (const InboundMail& mail : mails)
        ids.insert(mail.messageId);
    EXPECT_EQ(mails.size(), toAnn);
    EXPECT_EQ(ids.size(), toAnn) << "a mail arrived twice";
    EXPECT_TRUE(m_mail->log().contains(u"Connection concurrency limit exceeded"_s))
        << "the relay refused no connection: nothing was tested";
}

TEST_P(MailOutTest, AdminsEditTemplatesWithAPreviewAndUnknownPlaceholdersAreRefused)
{
    const Reply refused = admin().call(u"mail.template.set"_s,
                                       QJsonObject {{"kind"_L1, u"public_reply"_s},
                                                    {"language"_L1, u"en"_s},
                                                    {"subject"_L1, u"Reply on {{ticket.title}}"_s},
                                                    {"body"_L1, u"Dear {{requester.nmae}}"_s}});
    EXPECT_EQ(refused.code(), -32602);
    EXPECT_EQ(refused.field(), u"body"_s);

    const Reply set = admin().call(
        u"mail.template.set"_s,
        QJsonObject {
            {"kind"_L1, u"public_reply"_s},
            {"language"_L1, u"en"_s},
            {"subject"_L1, u"Reply on {{ticket.title}}"_s},
            {"body"_L1, u"Dear {{requester.name}},\n\n{{comment.text}}\n-- {{agent.name}}"_s}});
    ASSERT_TRUE(set.ok()) << set.describe();
    const qint64 ticket = create(*ann, u"Mouse is slow"_s);
    const Reply preview = admin().call(u"mail.template.preview"_s,
                                       QJsonObject {{"kind"_L1, u"public_reply"_s},
                                                    {"language"_L1, u"en"_s},
                                                    {"ticket_id"_L1, ticket}});
    ASSERT_TRUE(preview.ok()) << preview.describe();
    const auto shown = api::MailPreview::fromJson(preview.result);
    EXPECT_EQ(shown.subject, u"[#%1] Reply on Mouse is slow"_s.arg(ticket));
    EXPECT_TRUE(shown.body.startsWith(u"Dear Ann,"_s));

    const Reply live = admin().call(u"mail.template.preview"_s,
                                    QJsonObject {{"kind"_L1, u"closed"_s},
                                                 {"language"_L1, u"fr"_s},
                                                 {"subject"_L1, u"{{ticket.titel}}"_s}});
    EXPECT_EQ(live.field(), u"subject"_s);

    const Reply list = admin().call(u"mail.template.list"_s);
    ASSERT_TRUE(list.ok());
    const auto templates = api::MailTemplateList::fromJson(list.result);
    EXPECT_EQ(templates.items.size(), 36) << "12 kinds in English, German and French";
    EXPECT_EQ(std::count_if(templates.items.begin(), templates.items.end(),
                            [](const api::MailTemplateItem& t) { return t.custom; }),
              1);

    // The reply goes out with the admins' text.
    ASSERT_TRUE(comment(*bob, ticket, u"Try another USB port."_s).ok());
    ASSERT_TRUE(waitAllSent(2));
    const QList<InboundMail> mails = inbox(u"ann"_s, 2);
    EXPECT_TRUE(std::any_of(mails.begin(), mails.end(), [&](const InboundMail& m) {
        return m.subject == u"[#%1] Reply on Mouse is slow"_s.arg(ticket)
            && m.fullText.contains(u"-- Bob"_s);
    }));
}

TEST_P(MailOutTest, NothingIsQueuedWhileMailIsOff)
{
    // Events while it is off never cause mail, even once it is on again.
    auto settings = admin().call(u"config.get"_s, QJsonObject {{"key"_L1, u"smtp"_s}});
    QJsonObject off = settings.object().value("value"_L1).toObject();
    off.insert("enabled"_L1, false);
    ASSERT_TRUE(
        admin().call(u"config.set"_s, QJsonObject {{"key"_L1, u"smtp"_s}, {"value"_L1, off}}).ok());
    create(*ann, u"Created while mail is off"_s);
    ASSERT_TRUE(configureSmtp(m_mail->smtpPort()).ok());
    const qint64 on = create(*ann, u"Created once it is on"_s);
    ASSERT_TRUE(waitAllSent(1));
    const auto rows = outbox();
    ASSERT_EQ(rows.items.size(), 1);
    EXPECT_EQ(rows.items[0].ticketId, on);
}

// mail.outbox.retry: an admin sends a failed mail again at once (the backoff starts over); it
// goes out once, a sent mail is never sent again, and the history shows staff what went out.
TEST_P(MailOutTest, RetryNowSendsAFailedMailOnceAndNeverASentOne)
{
    ASSERT_TRUE(configureSmtp(1).ok()); // the relay is down
    const qint64 ticket = create(*ann, u"Keyboard types twice"_s);
    ASSERT_TRUE(waitUntil(
        [&] {
            const auto rows = outbox(u"queued"_s);
            return !rows.items.isEmpty() && rows.items[0].attempts == 1;
        },
        30000));
    const qint64 id = outbox(u"queued"_s).items.at(0).id;
    {
        // As after its tenth attempt (each a backoff away): failed, with the relay's words.
        auto session = openSession(database(), u"test-failed"_s);
        ASSERT_TRUE(session);
        server::Statement fail = session->prepare(
            u"UPDATE mail_outbox SET state = 'failed', attempts = 10 WHERE id = ?"_s);
        fail.bind(id);
        fail.exec();
    }
    ASSERT_EQ(outbox(u"failed"_s).items.size(), 1);
    ASSERT_TRUE(configureSmtp(m_mail->smtpPort()).ok());

    const Reply forbidden = ann->call(u"mail.outbox.retry"_s, QJsonObject {{"id"_L1, id}});
    EXPECT_FALSE(forbidden.ok()) << "admins only";
    EXPECT_EQ(outbox(u"failed"_s).items.size(), 1);

    const Reply retried = admin().call(u"mail.outbox.retry"_s, QJsonObject {{"id"_L1, id}});
    ASSERT_TRUE(retried.ok()) << retried.describe();
    const auto entry = api::MailOutboxEntry::fromJson(retried.result);
    EXPECT_EQ(entry.id, id);
    EXPECT_EQ(entry.state, u"queued"_s);
    EXPECT_EQ(entry.attempts, 0) << "the backoff starts over";
    ASSERT_TRUE(waitAllSent(1)) << "sent without the clock moving";
    EXPECT_EQ(outbox(u"sent"_s).items.at(0).attempts, 1);
    EXPECT_EQ(inbox(u"ann"_s, 1).size(), 1);

    const Reply again = admin().call(u"mail.outbox.retry"_s, QJsonObject {{"id"_L1, id}});
    EXPECT_EQ(again.code(), -32004) << again.describe();
    const auto list = outbox();
    EXPECT_EQ(list.sent, 1);
    EXPECT_EQ(list.queued + list.sending, 0) << "a sent mail is never queued again";
    const Reply missing = admin().call(u"mail.outbox.retry"_s, QJsonObject {{"id"_L1, id + 99}});
    EXPECT_FALSE(missing.ok());
    EXPECT_NE(missing.code(), -32004);

    // The history tells staff which mail the ticket's creation caused and how it went; the
    // requester's history has no mail marks.
    const Reply history = admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, ticket}});
    ASSERT_TRUE(history.ok()) << history.describe();
    const auto typed = api::TicketHistory::fromJson(history.result);
    ASSERT_EQ(typed.mails.size(), 1);
    EXPECT_EQ(typed.mails[0].direction, u"out"_s);
    EXPECT_EQ(typed.mails[0].address, MailServers::address(u"ann"_s));
    EXPECT_EQ(typed.mails[0].kind, u"received"_s);
    EXPECT_EQ(typed.mails[0].state, u"sent"_s);
    ASSERT_FALSE(typed.items.isEmpty());
    EXPECT_EQ(typed.mails[0].eventId, typed.items[0].id) << "the creation caused it";
    const Reply own = ann->call(u"ticket.history"_s, QJsonObject {{"id"_L1, ticket}});
    ASSERT_TRUE(own.ok());
    EXPECT_FALSE(own.object().contains("mails"_L1));
}

// The relay took a mail: staff who see the ticket hear it at once (ticket.mailed, its mark as
// ticket.history shows it, with the comment it answers); requesters never hear of mail marks.
TEST_P(MailOutTest, ASentMailsMarkIsPushedToStaffWhoSeeTheTicket)
{
    for (TestClient* who : {ann.get(), bob.get()})
        ASSERT_TRUE(
            who->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
                .ok());
    const qint64 ticket = create(*ann, u"Beamer flackert"_s);
    const Reply answered = comment(*bob, ticket, u"Kabel getauscht."_s);
    ASSERT_TRUE(answered.ok()) << answered.describe();
    const qint64 commentId = answered.object().value("id"_L1).toInteger();

    std::optional<api::MailMark> replyMark;
    const bool heard = waitUntil(
        [&] {
            test::Notification mailed;
            while (bob->waitForNotification(u"ticket.mailed"_s, 0, &mailed)) {
                const auto event = api::TicketMailedEvent::fromJson(mailed.params);
                EXPECT_EQ(event.ticketId, ticket);
                for (const api::MailMark& mark : event.mails) {
                    if (mark.mail.kind == u"public_reply"_s)
                        replyMark = mark;
                }
            }
            return replyMark.has_value();
        },
        30000);
    ASSERT_TRUE(heard);
    EXPECT_EQ(replyMark->commentId, commentId);
    EXPECT_EQ(replyMark->mail.direction, u"out"_s);
    EXPECT_EQ(replyMark->mail.state, u"sent"_s);
    EXPECT_EQ(replyMark->mail.address, MailServers::address(u"ann"_s));
    const Reply history = bob->call(u"ticket.history"_s, QJsonObject {{"id"_L1, ticket}});
    ASSERT_TRUE(history.ok()) << history.describe();
    EXPECT_TRUE(api::TicketHistory::fromJson(history.result).mails.contains(replyMark->mail))
        << "the pushed mark is the one ticket.history shows";

    // Pushes keep their order: Ann hearing a later comment and no mark before it never will.
    ASSERT_TRUE(comment(*bob, ticket, u"Geht es jetzt?"_s).ok());
    test::Notification later;
    ASSERT_TRUE(waitUntil([&] {
        return ann->waitForNotification(u"ticket.commented"_s, 0, &later)
            && later.params.value("comment"_L1)["body"_L1].toString() == u"Geht es jetzt?"_s;
    }));
    for (const test::Notification& pushed : std::as_const(ann->notifications()))
        EXPECT_NE(pushed.method, u"ticket.mailed"_s);
}

TEST_P(MailOutTest, ABouncedAddressGetsNothing)
{
    const qint64 other = makeUser(u"support"_s, u"requester"_s);
    ASSERT_GT(other, 0);
    {
        // What the inbound filer does with a bounce: the address is marked undeliverable.
        auto session = openSession(database(), u"test-bounce"_s);
        ASSERT_TRUE(session);
        server::Statement mark = session->prepare(
            u"INSERT INTO mail_undeliverable (address, reason, marked_at) VALUES (?, ?, ?)"_s);
        mark.bind(MailServers::address(u"support"_s)).bind(u"550 no such user"_s).bind(qint64(1));
        mark.exec();
    }
    auto bounced = connectAs(u"support"_s);
    create(*bounced, u"From a bounced address"_s);
    const qint64 sentinel = create(*ann, u"From a good address"_s);
    ASSERT_TRUE(waitAllSent(1));
    const auto rows = outbox();
    ASSERT_EQ(rows.items.size(), 1);
    EXPECT_EQ(rows.items[0].ticketId, sentinel);
    EXPECT_EQ(rows.items[0].address, MailServers::address(u"ann"_s));
}

TEST_P(MailOutTest, AnSlaBreachTellsTheGroupAndAnEscalationTheNextTiersManager)
{
    const qint64 manager = makeUser(u"support"_s, u"manager"_s);
    const qint64 l2 = createGroup(u"Network L2"_s, 2);
    const qint64 l1 = createGroup(u"Service Desk"_s, 1);
    addMember(l1, m_bob);
    ASSERT_TRUE(
        admin().call(u"group.update"_s, QJsonObject {{"id"_L1, l2}, {"manager"_L1, manager}}).ok());
    const QJsonObject created = networkTicketOnATightSla(l1);
    const qint64 ticket = created.value("id"_L1).toInteger();
    ASSERT_GT(ticket, 0);
    clock().advance(15 * 60 * 1000); // past the response target

    const auto has = [&](const QString& kind, const QString& address) {
        const auto rows = outbox(u"sent"_s).items;
        return std::any_of(rows.begin(), rows.end(), [&](const api::MailOutboxEntry& row) {
            return row.kind == kind && row.address == address && row.ticketId == ticket;
        });
    };
    ASSERT_TRUE(
        waitUntil([&] { return has(u"sla_breached"_s, MailServers::address(u"bob"_s)); }, 30000))
        << "the SLA breach reaches the group's agent; "
        << QJsonDocument(
               admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, ticket}}).result.toObject())
               .toJson()
               .toStdString()
        << [&] {
               std::string rows;
               for (const auto& row : outbox().items)
                   rows += QString(row.kind + u' ' + row.address + u' ' + row.state + u"; "_s)
                               .toStdString();
               return rows;
           }();
    const Reply got = bob->call(u"ticket.get"_s, QJsonObject {{"id"_L1, ticket}});
    ASSERT_TRUE(got.ok()) << got.describe();
    const Reply escalated = bob->call(u"ticket.escalate"_s,
                                      QJsonObject {{"id"_L1, ticket},
                                                   {"version"_L1, got.object().value("version"_L1)},
                                                   {"group"_L1, l2},
                                                   {"note"_L1, u"Needs the network team."_s}});
    ASSERT_TRUE(escalated.ok()) << escalated.describe();
    ASSERT_TRUE(
        waitUntil([&] { return has(u"escalated"_s, MailServers::address(u"support"_s)); }, 30000))
        << "the escalation reaches the next tier's manager";
    const QList<InboundMail> mails = inbox(u"support"_s, 1);
    ASSERT_FALSE(mails.isEmpty());
    EXPECT_EQ(mails.constLast().subject,
              u"[#%1] Escalated to Network L2: VPN down for the office"_s.arg(ticket));
}

// The breach of an unassigned ticket escalates it into a group that assigns on arrival: the
// breach is told to the group that had the ticket when its SLA moved, not to the agent the
// escalation chose (who hears of the escalation instead).
TEST_P(MailOutTest, ABreachOnAnUnassignedTicketTellsTheGroupThatHadIt)
{
    const qint64 carl = makeUser(u"carl"_s, u"agent"_s);
    const qint64 l2 = createGroup(u"Network L2"_s, 2);
    const qint64 l1 = createGroup(u"Service Desk"_s, 1);
    addMember(l1, m_bob);
    addMember(l2, carl);
    ASSERT_TRUE(admin()
                    .call(u"group.update"_s,
                          QJsonObject {{"id"_L1, l2}, {"assignment"_L1, u"round_robin"_s}})
                    .ok());
    ASSERT_TRUE(
        admin()
            .call(u"group.update"_s, QJsonObject {{"id"_L1, l1}, {"escalation_group"_L1, l2}})
            .ok());
    const QJsonObject created = networkTicketOnATightSla(l1);
    const qint64 ticket = created.value("id"_L1).toInteger();
    ASSERT_GT(ticket, 0);
    ASSERT_TRUE(created.value("assignee"_L1).isNull()) << "L1 assigns by hand";
    clock().advance(15 * 60 * 1000); // past the response target

    const auto kindsTo = [&](const QString& name) {
        QStringList kinds;
        for (const api::MailOutboxEntry& row : outbox().items) {
            if (row.ticketId == ticket && row.address == MailServers::address(name))
                kinds.append(row.kind);
        }
        return kinds;
    };
    ASSERT_TRUE(waitUntil([&] { return !kindsTo(u"carl"_s).isEmpty(); }, 30000))
        << "the escalation reaches L2; "
        << QJsonDocument(
               admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, ticket}}).result.toObject())
               .toJson(QJsonDocument::Compact)
               .toStdString();
    ASSERT_TRUE(waitUntil([&] { return kindsTo(u"bob"_s).contains(u"sla_breached"_s); }, 10000))
        << "L1, which had the ticket, hears of the breach; bob got: "
        << kindsTo(u"bob"_s).join(u", "_s).toStdString();
    const Reply got = admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, ticket}});
    ASSERT_TRUE(got.ok()) << got.describe();
    EXPECT_EQ(got.object().value("assignee"_L1).toObject().value("id"_L1).toInteger(), carl)
        << "L2 assigned it on arrival";
    EXPECT_FALSE(kindsTo(u"carl"_s).contains(u"sla_breached"_s))
        << "carl got: " << kindsTo(u"carl"_s).join(u", "_s).toStdString();
}

// SIGKILL while a batch is being sent: after the restart every queued mail is delivered, and
// none twice except those the relay took in the one documented window (claimed "sending",
// handed over, killed before "sent" committed), which keep their Message-ID.
class MailOutKillTest : public ::testing::TestWithParam<TestBackend>
{ };

TEST_P(MailOutKillTest, AKilledServerSendsEveryMailAndRepeatsOnlyWhatWasInFlight)
{
    TestDatabase database(GetParam());
    FRONTLINE_REQUIRE_DATABASE(database);
    QString why;
    bool isError = false;
    auto mail = MailServers::start(&why, &isError);
    if (!mail && isError)
        FAIL() << why.toStdString();
    if (!mail)
        GTEST_SKIP() << why.toStdString();

    constexpr int Tickets = 400; // acknowledged before the kill
    TestServer server(database);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    {
        TestClient admin(server.port());
        ASSERT_TRUE(admin.open());
        ASSERT_TRUE(admin.login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword)).ok());
        ASSERT_TRUE(admin
                        .call(u"user.create"_s,
                              QJsonObject {{"username"_L1, u"ann"_s},
                                           {"password"_L1, QString::fromLatin1(UserPassword)},
                                           {"display_name"_L1, u"Ann"_s},
                                           {"email"_L1, MailServers::address(u"ann"_s)},
                                           {"role"_L1, u"requester"_s}})
                        .ok());
        ASSERT_TRUE(admin
                        .call(u"config.set"_s,
                              QJsonObject {{"key"_L1, u"smtp"_s},
                                           {"value"_L1, smtpSettings(*mail, mail->smtpPort())}})
                        .ok());
        auto ann = connectAs(server.port(), u"ann"_s);
        // Killed in the middle: their mails queued, some being sent, some sent. The tickets are
        // created 100 at a time on the connection, so that the writer takes them in a few group
        // commits and the sender (a mail at a time per lane, each outcome a write of its own)
        // cannot have sent them all by the last acknowledgement (one by one it sometimes had).
        int answered = 0;
        int refused = 0;
        std::function<void(int)> create = [&](int i) {
            ann->client().call(
                u"ticket.create"_s,
                QJsonObject {{"title"_L1, u"Ticket %1"_s.arg(i)}, {"description"_L1, u"x"_s}},
                &ann->client(), [&, i](const rpc::RpcReply& reply) {
                    ++answered;
                    refused += reply.isError() ? 1 : 0;
                    if (i + 100 < Tickets)
                        create(i + 100);
                });
        };
        for (int i = 0; i < 100; ++i)
            create(i);
        ASSERT_TRUE(waitUntil([&] { return answered == Tickets; }, 60000)) << answered;
        // Some already sent, too: killed once the relay has taken the first 50.
        ASSERT_TRUE(waitUntil(
            [&] {
                return api::MailOutboxList::fromJson(
                           admin.call(u"mail.outbox.list"_s, QJsonObject {{"limit"_L1, 1}}).result)
                           .sent
                    >= 50;
            },
            30000));
        server.kill();
        ASSERT_EQ(refused, 0) << "every ticket acknowledged";
    }

    // What the database says was in flight: the only rows that may arrive twice.
    QSet<QString> inFlight;
    int sentBefore = 0;
    {
        auto session = openSession(database, u"test-kill"_s);
        ASSERT_TRUE(session);
        server::Statement rows = session->prepare(u"SELECT message_id, state FROM mail_outbox"_s);
        rows.exec();
        int total = 0;
        while (rows.next()) {
            ++total;
            if (rows.text(1) == u"sending"_s)
                inFlight.insert(rows.text(0));
            sentBefore += rows.text(1) == u"sent"_s ? 1 : 0;
        }
        EXPECT_EQ(total, Tickets) << "every acknowledged ticket has its receipt queued";
    }
    EXPECT_LT(sentBefore, Tickets) << "the kill came too late to test anything";
    RecordProperty("sent_before_kill", sentBefore);
    RecordProperty("in_flight_at_kill", int(inFlight.size()));

    ASSERT_TRUE(server.start()) << server.error().toStdString();
    TestClient admin(server.port());
    ASSERT_TRUE(admin.open());
    ASSERT_TRUE(admin.login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword)).ok());
    ASSERT_TRUE(waitUntil(
        [&] {
            const auto list = api::MailOutboxList::fromJson(
                admin.call(u"mail.outbox.list"_s, QJsonObject {{"limit"_L1, 1}}).result);
            return list.sent == Tickets;
        },
        60000));

    // Counted by Message-ID: a repeated in-flight mail may arrive before the last new one.
    const auto distinct = [](const QList<InboundMail>& got) {
        QSet<QString> ids;
        for (const InboundMail& m : got)
            ids.insert(m.messageId);
        return ids.size();
    };
    const QList<InboundMail> mails = readInboxUntil(
        *mail, u"ann"_s, [&](const QList<InboundMail>& got) { return distinct(got) >= Tickets; });
    QHash<QString, int> seen;
    for (const InboundMail& m : mails)
        ++seen[m.messageId];
    EXPECT_EQ(seen.size(), Tickets)
        << "every mail delivered (" << mails.size() << " messages read)";
    RecordProperty("delivered_messages", int(mails.size()));
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        EXPECT_EQ(MessageIdShape.match(it.key()).hasMatch(), true) << it.key().toStdString();
        if (it.value() > 1) {
            EXPECT_TRUE(inFlight.contains(it.key()))
                << it.key().toStdString() << " arrived " << it.value()
                << " times but was not in flight at the kill";
        }
    }
    server.stop();
}

INSTANTIATE_TEST_SUITE_P(Backends, MailOutKillTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

INSTANTIATE_TEST_SUITE_P(Backends, MailOutTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
