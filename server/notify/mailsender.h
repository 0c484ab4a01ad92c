#pragma once

#include "api/notifyapi.h"
#include "mail/mailendpoint.h"
#include "notify/mailoutbox.h"
#include "services/outcome.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

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

// The worker that hands queued notification mails to the SMTP relay, on a thread of its own
// (SMTP blocks). Its database work goes through the writer (`submit`), as everything written
// does: it claims up to Batch due rows ("sending", an attempt id, committed before the relay
// sees them), sends them over up to Connections kept open for the batch, and records each
// outcome as its own small job right after the relay answered (sent + mail_sent; or queued
// again with exponential backoff; or failed, with the reason, after MailOutbox::MaxAttempts or
// a permanent refusal). It wakes when mail is queued (nudge), when the earliest retry is due,
// and at least every PollMs.
//
// Once per (event, recipient): a mail leaves the outbox once, except in one window — the relay
// took it and the process died before "sent" committed. At the next start such rows ("sending")
// go out again with the same Message-ID, so SMTP gives at-least-once exactly there and mail
// clients that dedupe by Message-ID show one. One sender per database at a time (the cluster's
// "mail-outbox" lock): the first round of a sender queues again what is left "sending", so a
// stopped sender (its lock lost) hands nothing more to the relay once stop() is called.
class MailSender
{
public:
    using Submit = std::function<void(std::unique_ptr<DbJob>)>;
    // Called on the writer's thread after a commit that settled mails of tickets: the
    // ticket.mailed pushes (the mark changes live in the clients that show the ticket).
    using Deliver = std::function<void(QList<PushEvent>)>;
    static constexpr int Batch = 200;
    static constexpr int PollMs = 1000;
    // To the relay at once, each with a slice of a batch (FRONTLINE_MAIL_CONNECTIONS, 1..16).
    static constexpr int Connections = 4;
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
    // Finishes the mails the relay has in hand, then stops; the rest of a batch stays
    // "sending" for the next sender (here at the next start, or on the server that leads now).
    void stop();
    // Mail was queued or the settings changed: look now.
    void nudge();

    quint64 sentCount() const { return m_sent.load(); }

private:
    void run();
    // `smtp`: a connection to the relay kept from the last batch, or null; left open (or null)
    // for the next batch.
    void sendSlice(const Relay& relay, const QList<OutboxMail>& mails, const QString& attemptId,
                   std::unique_ptr<mail::SmtpSession>& smtp);
    bool runJob(std::function<void(SqlSession&)> work);
    // Records how these attempts ended, in one writer job; their marks are pushed after it.
    void recordFinished(QList<std::pair<OutboxMail, SendResult>> finished,
                        const QString& attemptId);
    void waitFor(qint64 ms);
    bool stopping();

    Submit m_submit;
    Deliver m_deliver;
    int m_connections = Connections;
    std::shared_ptr<const mail::SecretSealer> m_sealer;
    std::function<qint64()> m_clock;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_nudged = false;
    std::atomic<quint64> m_sent {0};
    std::atomic<bool> m_relayAway {false};
};

} // namespace notify
} // namespace frontline::server
