#include "notify/mailsender.h"

#include "mail/outboundmail.h"
#include "mail/smtpsender.h"
#include "notify/historymails.h"
#include "notify/mailoutbox.h"
#include "notify/smtpsettingsstore.h"
#include "storage/dbjob.h"
#include "storage/mailboxrepository.h"
#include "storage/sqlsession.h"

#include <QLoggingCategory>
#include <QMap>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <future>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace frontline::server::notify {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "frontline.server.notify")

// A piece of the sender's database work, run by the writer; `done` learns whether it committed.
class SenderJob final : public DbJob
{
public:
    SenderJob(std::function<void(SqlSession&)> work, std::function<void(bool)> done)
        : m_work(std::move(work))
        , m_done(std::move(done))
    { }

    bool run(SqlSession& session) override
    {
        m_work(session); // may run again if another job broke the transaction: it resets itself
        return true;
    }
    void completed() override { m_done(true); }
    void failed(JobFailure) override { m_done(false); }

private:
    std::function<void(SqlSession&)> m_work;
    std::function<void(bool)> m_done;
};

// A mailbox's relay: its address (or its own sender) and, when it has an SMTP server of its
// own, that server; the outgoing settings for what it leaves empty.
Relay relayOf(const mail::MailboxConfig& box, const Relay& outgoing)
{
    Relay relay = outgoing;
    relay.fromAddress = !box.fromAddress.isEmpty() ? box.fromAddress
        : !box.address.isEmpty()                   ? box.address
                                                   : outgoing.fromAddress;
    if (!box.fromName.isEmpty())
        relay.fromName = box.fromName;
    if (!box.smtp.host.isEmpty())
        relay.endpoint = box.smtp;
    return relay;
}

} // namespace

MailSender::MailSender(Submit submit, std::shared_ptr<const mail::SecretSealer> sealer,
                       std::function<qint64()> clock)
    : m_submit(std::move(submit))
    , m_sealer(std::move(sealer))
    , m_clock(std::move(clock))
{
    bool set = false;
    const int connections = qEnvironmentVariableIntValue("FRONTLINE_MAIL_CONNECTIONS", &set);
    if (set)
        m_connections = std::clamp(connections, 1, 16);
}

MailSender::~MailSender()
{
    stop();
}

void MailSender::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex); // started again after a stop (the lead came back)
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
}

void MailSender::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void MailSender::nudge()
{
    {
        std::lock_guard lock(m_mutex);
        m_nudged = true;
    }
    m_wake.notify_all();
}

bool MailSender::stopping()
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

void MailSender::waitFor(qint64 ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(std::max<qint64>(1, ms)),
                    [this] { return m_stopping || m_nudged; });
    m_nudged = false;
}

bool MailSender::runJob(std::function<void(SqlSession&)> work)
{
    auto promise = std::make_shared<std::promise<bool>>();
    std::future<bool> done = promise->get_future();
    m_submit(std::make_unique<SenderJob>(std::move(work),
                                         [promise](bool ok) { promise->set_value(ok); }));
    return done.get();
}

void MailSender::run()
{
    bool recovered = false;
    bool warned = false;
    struct Kept
    {
        mail::MailEndpoint endpoint;
        std::unique_ptr<mail::SmtpSession> session;
        std::chrono::steady_clock::time_point usedAt;
    };
    std::vector<Kept> kept; // the connections the last batch left open
    while (true) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            m_nudged = false;
        }
        const QString attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Result<api::SmtpSettings, QString> settings = api::SmtpSettings {};
        QList<OutboxMail> mails;
        std::map<qint64, Relay> relays; // by mailbox (0: the outgoing settings')
        std::optional<qint64> nextDue;
        const qint64 now = m_clock();
        const bool ok = runJob([&](SqlSession& session) {
            MailOutbox outbox(session);
            mails.clear();
            if (!recovered) {
                if (const int again = outbox.recover(now))
                    qCWarning(lcNotify) << again
                                        << "notification mails were being sent when the server "
                                           "stopped; sending them again (same Message-ID)";
            }
            settings = SmtpSettingsStore(session, m_sealer.get()).loadForSending();
            if (settings && settings->enabled && !settings->host.isEmpty())
                mails = outbox.claim(now, Batch, attemptId);
            nextDue = outbox.nextDue();
            relays.clear();
            if (mails.isEmpty())
                return;
            const Relay outgoing {SmtpSettingsStore::endpoint(*settings), settings->fromAddress,
                                  settings->fromName};
            relays.emplace(0, outgoing);
            for (const OutboxMail& mail : std::as_const(mails)) {
                if (relays.count(mail.mailboxId))
                    continue;
                Relay relay = outgoing;
                // A mailbox that is gone, or whose passwords this key cannot open, answers
                // through the outgoing relay.
                if (auto box = m_sealer ? MailboxRepository(session, *m_sealer).find(mail.mailboxId)
                                        : Result<mail::MailboxConfig, QString>(QString()))
                    relay = relayOf(*box, outgoing);
                relays.emplace(mail.mailboxId, relay);
            }
        });
        if (!ok) {
            waitFor(PollMs);
            continue;
        }
        recovered = true;
        if (!settings && !warned) {
            qCWarning(lcNotify).noquote() << "notification mails wait:" << settings.error();
            warned = true;
        }
        if (mails.isEmpty()) {
            const auto idleSince = std::chrono::steady_clock::now();
            std::erase_if(kept, [&](const Kept& k) {
                return idleSince - k.usedAt >= std::chrono::milliseconds(KeepOpenMs);
            });
            waitFor(nextDue ? std::clamp<qint64>(*nextDue - m_clock(), 1, PollMs) : PollMs);
            continue;
        }

        // Each relay's mails, over up to m_connections at once (shared among the relays): the
        // relay commits each message to its queue before it answers, so one connection waits
        // on that most of the time.
        std::map<qint64, QList<OutboxMail>> byRelay;
        for (const OutboxMail& mail : std::as_const(mails))
            byRelay[mail.mailboxId].append(mail);
        const qsizetype share = std::max<qsizetype>(1, m_connections / qsizetype(byRelay.size()));
        std::vector<std::pair<const Relay*, QList<OutboxMail>>> slices;
        for (const auto& [mailbox, queued] : byRelay) {
            const qsizetype parallel = std::clamp<qsizetype>((queued.size() + 9) / 10, 1, share);
            const std::size_t first = slices.size();
            for (qsizetype i = 0; i < parallel; ++i)
                slices.emplace_back(&relays.at(mailbox), QList<OutboxMail> {});
            for (qsizetype i = 0; i < queued.size(); ++i)
                slices[first + std::size_t(i % parallel)].second.append(queued[i]);
        }
        // The connections of the last batch go on with the slices to the same relay: a burst
        // of mail pays the TCP, TLS and AUTH round trips once per connection, not per batch.
        std::vector<std::unique_ptr<mail::SmtpSession>> connections(slices.size());
        const auto batchStart = std::chrono::steady_clock::now();
        for (std::size_t i = 0; i < slices.size(); ++i) {
            const auto same = std::find_if(kept.begin(), kept.end(), [&](const Kept& k) {
                return k.session && k.endpoint == slices[i].first->endpoint;
            });
            if (same != kept.end()
                && batchStart - same->usedAt < std::chrono::milliseconds(KeepOpenMs))
                connections[i] = std::move(same->session);
        }
        kept.clear(); // the rest: closed (QUIT)
        std::vector<std::thread> helpers;
        for (std::size_t i = 1; i < slices.size(); ++i)
            helpers.emplace_back([&, i] {
                sendSlice(*slices[i].first, slices[i].second, attemptId, connections[i]);
            });
        sendSlice(*slices[0].first, slices[0].second, attemptId, connections[0]);
        for (std::thread& helper : helpers)
            helper.join();
        for (std::size_t i = 0; i < slices.size(); ++i) {
            if (connections[i] && connections[i]->usable())
                kept.push_back({slices[i].first->endpoint, std::move(connections[i]),
                                std::chrono::steady_clock::now()});
        }
        if (m_relayAway.exchange(false)) {
            // New mail does not make the relay answer: wait a little before trying it again.
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(RelayAwayMs),
                            [this] { return m_stopping; });
        }
    }
}

void MailSender::recordFinished(QList<std::pair<OutboxMail, SendResult>> finished,
                                const QString& attemptId)
{
    auto pushes = std::make_shared<QList<PushEvent>>();
    m_submit(std::make_unique<SenderJob>(
        [finished = std::move(finished), attemptId, pushes, clock = m_clock,
         live = bool(m_deliver)](SqlSession& session) {
            pushes->clear(); // (run again when another job broke the transaction)
            MailOutbox outbox(session);
            QMap<qint64, QList<api::HistoryMail>> marks; // by ticket
            for (const auto& [mail, result] : finished) {
                if (auto mark = outbox.finish(result, mail, attemptId, clock()))
                    marks[mail.ticketId].append(*mark);
            }
            if (!live)
                return;
            for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
                if (auto event = mailedEvent(session, it.key(), it.value()))
                    pushes->append(std::move(*event));
            }
        },
        [pushes, deliver = m_deliver](bool committed) {
            if (committed && deliver && !pushes->isEmpty())
                deliver(std::move(*pushes));
        }));
}

void MailSender::sendSlice(const Relay& relay, const QList<OutboxMail>& mails,
                           const QString& attemptId, std::unique_ptr<mail::SmtpSession>& smtp)
{
    const mail::MailEndpoint& endpoint = relay.endpoint;
    // A kept connection the relay closed meanwhile fails on its first message: that message
    // goes again at once over a new connection.
    bool reused = bool(smtp);
    QString openError;
    // A mail the relay took is recorded at once (the window in which a crash repeats it stays
    // one mail wide); failures are recorded together at the end of the slice.
    QList<std::pair<OutboxMail, SendResult>> failures;
    const auto record = [&](const OutboxMail& mail, SendResult result) {
        if (!result.sent) {
            failures.append({mail, result});
            return;
        }
        ++m_sent;
        recordFinished({{mail, result}}, attemptId);
    };
    for (const OutboxMail& queued : mails) {
        if (stopping()) {
            // The lead is gone (or the server stops): hand over nothing more. The rest stay
            // "sending" and go out from the next sender, which may already be running on
            // another server — sending them here too would send them twice.
            break;
        }
        if (!smtp || !smtp->usable()) {
            smtp.reset();
            if (openError.isEmpty()) {
                auto opened = mail::SmtpSession::open(endpoint);
                if (opened)
                    smtp = std::move(opened).value();
                else
                    openError = opened.error().text; // the rest of the slice waits too
            }
        }
        if (!smtp) {
            record(queued, {queued.id, false, false, openError});
            continue;
        }
        mail::OutboundMail message;
        message.fromAddress = relay.fromAddress;
        message.fromName = relay.fromName;
        message.to = {queued.address};
        message.subject = queued.subject;
        message.text = queued.body;
        message.messageId = queued.messageId;
        message.inReplyTo = queued.inReplyTo;
        if (!queued.inReplyTo.isEmpty())
            message.references = {queued.inReplyTo};
        const QByteArray bytes = message.toBytes();
        auto sent = smtp->send(relay.fromAddress, {queued.address}, bytes);
        // No reply, or 421: the relay closes the connection (Postfix says so on its idle
        // timeout) and took nothing.
        const auto hungUp = [&] {
            return !sent.ok() && (sent.error().replyCode == 0 || sent.error().replyCode == 421);
        };
        if (reused && hungUp()) {
            smtp.reset();
            auto opened = mail::SmtpSession::open(endpoint);
            if (opened) {
                smtp = std::move(opened).value();
                sent = smtp->send(relay.fromAddress, {queued.address}, bytes);
            } else {
                openError = opened.error().text; // the rest of the slice waits too
            }
        }
        reused = false;
        if (sent.ok())
            record(queued, {queued.id, true, false, {}});
        else
            record(queued, {queued.id, false, sent.error().permanent(), sent.error().text});
    }
    if (!failures.isEmpty())
        recordFinished(std::move(failures), attemptId);
    if (!openError.isEmpty()) {
        qCWarning(lcNotify).noquote() << "cannot reach the SMTP relay:" << openError;
        m_relayAway = true;
    }
}

} // namespace frontline::server::notify
