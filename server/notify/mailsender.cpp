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
{ }

int MailSender::connections()
{
    bool set = false;
    const int connections = qEnvironmentVariableIntValue("FRONTLINE_MAIL_CONNECTIONS", &set);
    return set ? std::clamp(connections, 1, 16) : Connections;
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
    m_work.notify_all();
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
    m_relayAway = false;
    {
        std::lock_guard lock(m_mutex);
        m_lanes.assign(std::size_t(m_connections), LaneState {});
        m_busyLanes = 0;
    }
    std::vector<std::thread> lanes;
    for (int i = 0; i < m_connections; ++i)
        lanes.emplace_back([this, i] { lane(i); });
    dispatch();
    m_work.notify_all();
    for (std::thread& lane : lanes)
        lane.join(); // each finished the mail it had in hand
    std::lock_guard lock(m_mutex);
    m_queue.clear(); // left "sending": the next sender sends them
}

void MailSender::dispatch()
{
    bool recovered = false;
    bool warned = false;
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            // Claimed ahead while the lanes send, never far ahead; while no lane has a
            // connection (the first batch, a relay away) only once the last batch is done.
            m_wake.wait(lock, [this] {
                const bool open = std::any_of(m_lanes.begin(), m_lanes.end(),
                                              [](const LaneState& l) { return l.open; });
                return m_stopping || (m_queue.empty() && m_busyLanes == 0)
                    || (open && m_queue.size() < std::size_t(LowWater));
            });
            if (m_stopping)
                return;
            m_nudged = false;
        }
        if (m_relayAway.exchange(false)) {
            // New mail does not make the relay answer: wait a little before trying it again.
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::milliseconds(RelayAwayMs),
                                [this] { return m_stopping; }))
                return;
        }
        const QString attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Result<api::SmtpSettings, QString> settings = api::SmtpSettings {};
        QList<OutboxMail> mails;
        std::map<qint64, std::shared_ptr<const Relay>> relays; // by mailbox (0: outgoing's)
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
            relays.emplace(0, std::make_shared<const Relay>(outgoing));
            for (const OutboxMail& mail : std::as_const(mails)) {
                if (relays.count(mail.mailboxId))
                    continue;
                Relay relay = outgoing;
                // A mailbox that is gone, or whose passwords this key cannot open, answers
                // through the outgoing relay.
                if (auto box = m_sealer ? MailboxRepository(session, *m_sealer).find(mail.mailboxId)
                                        : Result<mail::MailboxConfig, QString>(QString()))
                    relay = relayOf(*box, outgoing);
                relays.emplace(mail.mailboxId, std::make_shared<const Relay>(relay));
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
        if (!mails.isEmpty()) {
            {
                std::lock_guard lock(m_mutex);
                for (OutboxMail& mail : mails) {
                    std::shared_ptr<const Relay> relay = relays.at(mail.mailboxId);
                    m_queue.push_back({std::move(mail), std::move(relay), attemptId});
                }
            }
            m_work.notify_all();
        }
        if (mails.size() < Batch) // nothing more due now
            waitFor(nextDue ? std::clamp<qint64>(*nextDue - m_clock(), 1, PollMs) : PollMs);
    }
}

std::optional<MailSender::Queued> MailSender::take(int index, const Connection& connection)
{
    if (m_queue.empty())
        return std::nullopt;
    auto next = m_queue.begin();
    if (connection.session) {
        // Its own relay's mail first: a lane changes relays only when its relay has none.
        const auto own = std::find_if(m_queue.begin(), m_queue.end(), [&](const Queued& q) {
            return q.relay->endpoint == connection.endpoint;
        });
        if (own != m_queue.end())
            next = own;
        else if (index > 0 && m_queue.size() < std::size_t(LaneShare) * std::size_t(index))
            return std::nullopt;
    } else if (index > 0 && m_queue.size() < std::size_t(LaneShare) * std::size_t(index)) {
        return std::nullopt; // a connection of its own is not worth it for so few
    } else if (std::chrono::steady_clock::now() < connection.refusedUntil) {
        return std::nullopt;
    }
    Queued queued = std::move(*next);
    m_queue.erase(next);
    ++m_busyLanes;
    if (m_queue.size() + 1 == std::size_t(LowWater))
        m_wake.notify_all();
    return queued;
}

void MailSender::lane(int index)
{
    Connection connection;
    while (true) {
        std::optional<Queued> queued;
        {
            std::unique_lock lock(m_mutex);
            while (!m_stopping && !(queued = take(index, connection))) {
                if (!connection.session) {
                    if (std::chrono::steady_clock::now() < connection.refusedUntil)
                        m_work.wait_until(lock, connection.refusedUntil);
                    else
                        m_work.wait(lock);
                    continue;
                }
                // A connection stays open while mail keeps coming, closed once idle (QUIT).
                connection.waited = true;
                const auto closeAt = connection.usedAt + std::chrono::milliseconds(KeepOpenMs);
                if (m_work.wait_until(lock, closeAt) == std::cv_status::timeout
                    && std::chrono::steady_clock::now() >= closeAt) {
                    lock.unlock();
                    connection.session.reset();
                    lock.lock();
                    m_lanes[std::size_t(index)] = {};
                }
            }
            // The lead is gone (or the server stops): hand over nothing more. The rest stay
            // "sending" and go out from the next sender, which may already be running on
            // another server — sending them here too would send them twice.
            if (m_stopping)
                return;
        }
        send(index, *queued, connection);
        laneDone(index, connection);
    }
}

void MailSender::laneDone(int index, const Connection& connection)
{
    {
        std::lock_guard lock(m_mutex);
        m_lanes[std::size_t(index)] =
            connection.session ? LaneState {connection.endpoint, true} : LaneState {};
        if (--m_busyLanes > 0 || !m_queue.empty())
            return;
    }
    m_wake.notify_all(); // the batch is done
}

bool MailSender::refusedBeside(int index, const Queued& queued, Connection& connection,
                               const QString& error)
{
    {
        std::lock_guard lock(m_mutex);
        m_lanes[std::size_t(index)] = {};
        bool served = false;
        for (std::size_t i = 0; i < m_lanes.size(); ++i)
            served =
                served || (i != std::size_t(index) && m_lanes[i].relay == queued.relay->endpoint);
        if (!served)
            return false;
        m_queue.push_front(queued);
        connection.refusedUntil =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(RelayAwayMs);
    }
    m_work.notify_all();
    qCDebug(lcNotify).noquote() << "the SMTP relay refused one more connection; going on over"
                                   " those it took:"
                                << error;
    return true;
}

void MailSender::send(int index, const Queued& queued, Connection& connection)
{
    const OutboxMail& mail = queued.mail;
    const Relay& relay = *queued.relay;
    if (connection.session
        && (!(connection.endpoint == relay.endpoint) || !connection.session->usable()))
        connection.session.reset();
    // A kept connection the relay closed meanwhile fails on its first message: that message
    // goes again at once over a new connection.
    const bool reused = connection.session && connection.waited;
    connection.waited = false;
    const auto open = [&]() -> bool {
        // Counted as the relay's while it opens: a lane the relay refuses meanwhile leaves its
        // mail to this one.
        connection.endpoint = relay.endpoint;
        {
            std::lock_guard lock(m_mutex);
            m_lanes[std::size_t(index)] = {relay.endpoint, false};
        }
        auto opened = mail::SmtpSession::open(relay.endpoint);
        if (!opened) {
            if (!refusedBeside(index, queued, connection, opened.error().text))
                relayAway(queued, opened.error().text);
            return false;
        }
        connection.session = std::move(opened).value();
        connection.endpoint = relay.endpoint;
        return true;
    };
    if (!connection.session && !open())
        return;

    mail::OutboundMail message;
    message.fromAddress = relay.fromAddress;
    message.fromName = relay.fromName;
    message.to = {mail.address};
    message.subject = mail.subject;
    message.text = mail.body;
    message.messageId = mail.messageId;
    message.inReplyTo = mail.inReplyTo;
    if (!mail.inReplyTo.isEmpty())
        message.references = {mail.inReplyTo};
    const QByteArray bytes = message.toBytes();
    auto sent = connection.session->send(relay.fromAddress, {mail.address}, bytes);
    // No reply, or 421: the relay closes the connection (Postfix says so on its idle timeout)
    // and took nothing.
    if (reused && !sent.ok() && (sent.error().replyCode == 0 || sent.error().replyCode == 421)) {
        connection.session.reset();
        if (!open())
            return;
        sent = connection.session->send(relay.fromAddress, {mail.address}, bytes);
    }
    connection.usedAt = std::chrono::steady_clock::now();
    // Recorded at once: the window in which a crash repeats a mail stays as narrow as the
    // writer's next commit.
    if (sent.ok()) {
        ++m_sent;
        recordFinished({{mail, {mail.id, true, false, {}}}}, queued.attemptId);
    } else {
        recordFinished({{mail, {mail.id, false, sent.error().permanent(), sent.error().text}}},
                       queued.attemptId);
    }
}

void MailSender::relayAway(const Queued& queued, const QString& error)
{
    qCWarning(lcNotify).noquote() << "cannot reach the SMTP relay:" << error;
    // The relay's other queued mails wait too, each attempt counted, instead of each trying
    // (and waiting for) a connection of its own.
    std::map<QString, QList<std::pair<OutboxMail, SendResult>>> failed; // by attempt
    failed[queued.attemptId].append({queued.mail, {queued.mail.id, false, false, error}});
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            if (it->relay->endpoint == queued.relay->endpoint) {
                failed[it->attemptId].append({it->mail, {it->mail.id, false, false, error}});
                it = m_queue.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (auto& [attemptId, mails] : failed)
        recordFinished(std::move(mails), attemptId);
    m_relayAway = true;
    m_wake.notify_all();
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

} // namespace frontline::server::notify
