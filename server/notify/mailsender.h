#pragma once

#include "api/notifyapi.h"
#include "mail/mailendpoint.h"
#include "notify/mailoutbox.h"
#include "services/outcome.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace frontline::server {

class DbJob;
class SqlSession;
namespace mail {
class SecretSealer;
class SmtpSession;
} // namespace mail

namespace notify {

// Where mails go out: the outgoing settings' relay and sender, or for the mails about a ticket
// that came in through a mailbox, that mailbox's address (and its own SMTP relay if it has one).
struct Relay
{
    mail::MailEndpoint endpoint;
    QString fromAddress;
    QString fromName;
};

// The worker that hands queued notification mails to the SMTP relay. SMTP blocks, so it runs on
// threads of its own: a dispatcher and Connections lanes. Its database work goes through the
// writer (`submit`), as everything written does. The dispatcher claims up to Batch due rows
// ("sending", an attempt id, committed before the relay sees them) into a queue in memory, and
// claims the next batch while the lanes still send the last one (below LowWater queued), so the
// relay never waits for a claim. Each lane keeps its own connection open and takes the next
// mail as soon as the relay answered the last one: no lane waits for another, whatever the
// relay's answer times. Each outcome is recorded as its own small job right after the relay
// answered (sent + mail_sent; or queued again with exponential backoff; or failed, with the
// reason, after MailOutbox::MaxAttempts or a permanent refusal). The dispatcher wakes when mail
// is queued (nudge), when the earliest retry is due, and at least every PollMs.
//
// Once per (event, recipient): a mail leaves the outbox once, except in one window — the relay
// took it and the process died before "sent" committed. At the next start such rows ("sending")
// go out again with the same Message-ID, so SMTP gives at-least-once exactly there and mail
// clients that dedupe by Message-ID show one. One sender per database at a time (the cluster's
// "mail-outbox" lock): the first round of a sender queues again what is left "sending", so a
// stopped sender (its lock lost) hands nothing more to the relay once stop() returned.
class MailSender
{
public:
    using Submit = std::function<void(std::unique_ptr<DbJob>)>;
    // Called on the writer's thread after a commit that settled mails of tickets: the
    // ticket.mailed pushes (the mark changes live in the clients that show the ticket).
    using Deliver = std::function<void(QList<PushEvent>)>;
    static constexpr int Batch = 200;
    static constexpr int LowWater = Batch / 2; // the next batch is claimed below this many
    static constexpr int PollMs = 1000;
    // Lanes, each with its connection to the relay (FRONTLINE_MAIL_CONNECTIONS, 1..16). Lane n
    // starts a connection of its own only while at least LaneShare * n mails wait: a few mails
    // go out over one connection, a burst over all of them.
    static constexpr int Connections = 8;
    static constexpr int LaneShare = 10;
    static constexpr int RelayAwayMs = 5000; // the pause after the relay could not be reached
    // A connection stays open from one batch to the next while mail keeps coming: closed once
    // it was idle this long (well inside a relay's idle timeout, Postfix's 300 s).
    static constexpr int KeepOpenMs = 10000;

    MailSender(Submit submit, std::shared_ptr<const mail::SecretSealer> sealer,
               std::function<qint64()> clock);
    ~MailSender();
    MailSender(const MailSender&) = delete;
    MailSender& operator=(const MailSender&) = delete;

    // Before start().
    void setDeliver(Deliver deliver) { m_deliver = std::move(deliver); }

    void start();
    // Finishes the mails the relay has in hand, then stops; the rest of the claimed mails stay
    // "sending" for the next sender (here at the next start, or on the server that leads now).
    void stop();
    // Mail was queued or the settings changed: look now.
    void nudge();

    quint64 sentCount() const { return m_sent.load(); }
    // The lanes this process runs: FRONTLINE_MAIL_CONNECTIONS (1..16), else Connections.
    static int connections();

private:
    // A claimed mail waiting for a lane.
    struct Queued
    {
        OutboxMail mail;
        std::shared_ptr<const Relay> relay;
        QString attemptId;
    };
    // A lane's connection to one relay, kept while mail keeps coming.
    struct Connection
    {
        std::unique_ptr<mail::SmtpSession> session;
        mail::MailEndpoint endpoint;
        std::chrono::steady_clock::time_point usedAt;
        bool waited = false; // idle since its last mail: the relay may have hung up meanwhile
        // The relay refused this lane a connection while it served others: until then the
        // lane leaves the mail to those.
        std::chrono::steady_clock::time_point refusedUntil;
    };

    void run();
    void dispatch();
    void lane(int index);
    // Under m_mutex: the next mail for lane `index` (its own relay's first), if it takes one.
    std::optional<Queued> take(int index, const Connection& connection);
    void send(int index, const Queued& queued, Connection& connection);
    // A relay that refused lane `index` a connection (a limit per client) while it serves
    // other lanes: the mail goes back to the queue for them and the lane waits (true).
    bool refusedBeside(int index, const Queued& queued, Connection& connection,
                       const QString& error);
    // After a lane's mail: its connection as it is now, one lane less busy.
    void laneDone(int index, const Connection& connection);
    // The relay could not be reached: this mail and the others queued for it are tried again
    // after the backoff; the dispatcher pauses (RelayAwayMs).
    void relayAway(const Queued& queued, const QString& error);
    bool runJob(std::function<void(SqlSession&)> work);
    // Records how these attempts ended, in one writer job; their marks are pushed after it.
    void recordFinished(QList<std::pair<OutboxMail, SendResult>> finished,
                        const QString& attemptId);
    void waitFor(qint64 ms);

    Submit m_submit;
    Deliver m_deliver;
    int m_connections = connections();
    std::shared_ptr<const mail::SecretSealer> m_sealer;
    std::function<qint64()> m_clock;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake; // the dispatcher: a nudge, a stop, the queue below LowWater
    std::condition_variable m_work; // the lanes: mail queued, a stop
    std::deque<Queued> m_queue;
    // What each lane's connection is to, as the other threads see it.
    struct LaneState
    {
        std::optional<mail::MailEndpoint> relay; // opening or open
        bool open = false; // established
    };
    std::vector<LaneState> m_lanes;
    int m_busyLanes = 0; // lanes with a mail in hand
    bool m_stopping = false;
    bool m_nudged = false;
    std::atomic<quint64> m_sent {0};
    std::atomic<bool> m_relayAway {false};
};

} // namespace notify
} // namespace frontline::server
