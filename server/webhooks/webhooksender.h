#pragma once

#include "webhooks/webhookstore.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace frontline::server {

class DbJob;
class SqlSession;
namespace mail {
class SecretSealer;
}

namespace webhooks {

// The worker that POSTs queued webhook deliveries (WebhookQueue) to their receivers, on a thread
// of its own with its own QNetworkAccessManager. Its database work goes through the writer
// (`submit`), as everything written does:
// - claim: up to Batch due rows of active hooks are marked "sending" (attempt id, claimed_at)
//   in a transaction that commits before any request leaves;
// - send: all of them at once, each `POST url` with the stored body, Content-Type
//   application/json, X-Frontline-Event, X-Frontline-Delivery (the delivery id, the same on
//   every attempt) and X-Frontline-Signature: sha256=<hex HMAC-SHA256 of the body keyed with
//   the hook's secret>; redirects are not followed; no answer within the timeout is a failure;
// - record: each answer as soon as it comes, in a small job of its own (so the window in which
//   a crash sends a delivery again is one answer wide, not a batch): a 2xx answer is
//   "delivered" (and resets the hook's failure count); anything else is queued again after
//   retryDelay() (exponential, with jitter; the due time is in the row, so it survives a
//   restart), "failed" after MaxAttempts; a hook whose last DisableAfter attempts all failed is
//   turned off, with an audit entry and a notification to every admin.
//
// At least once, with an id: a delivery whose POST was sent but whose answer was not recorded
// (the process died, the answer was lost) is still "sending"; once it is older than the
// timeout it is sent again with the same delivery id, so a receiver that keeps the ids it has
// seen processes each event once. One sender per database at a time (ServerApp starts it; the
// cluster's leadership lock gates it).
class WebhookSender
{
public:
    using Submit = std::function<void(std::unique_ptr<DbJob>)>;
    static constexpr int Batch = 50;
    static constexpr int PollMs = 1000;
    // After a nudge, the sender waits this long for more before it claims: a burst of writes
    // becomes one claim (one writer transaction) instead of one each.
    static constexpr int GatherMs = 20;
    static constexpr int MaxAttempts = 15; // per delivery
    static constexpr int DisableAfter = 10; // consecutive failed attempts of one hook
    static constexpr qint64 FirstRetryMs = 10'000; // doubled each attempt, at most an hour
    static constexpr qint64 LongestRetryMs = 3'600'000;

    WebhookSender(Submit submit, std::shared_ptr<const mail::SecretSealer> sealer,
                  std::function<qint64()> clock, int timeoutMs);
    ~WebhookSender();
    WebhookSender(const WebhookSender&) = delete;
    WebhookSender& operator=(const WebhookSender&) = delete;

    void start();
    // Stops after the requests in hand are answered or abandoned (those stay "sending" and are
    // sent again after the timeout by the next sender).
    void stop();
    // Deliveries were queued, or a hook changed: look now.
    void nudge();

    // Deliveries queued or being sent, as of the last round (for /metrics).
    qint64 backlog() const { return m_backlog.load(); }
    quint64 deliveredCount() const { return m_delivered.load(); }

    // The wait before attempt `attempts + 1`: FirstRetryMs doubled per attempt, at most
    // LongestRetryMs, times a jitter factor in [0.8, 1.2) from `unit` in [0, 1).
    static qint64 retryDelay(int attempts, double unit);
    // "sha256=<hex>" of HMAC-SHA256(secret, body).
    static QByteArray signature(const QByteArray& secret, const QByteArray& body);

private:
    void run();
    // POSTs the batch at once and records each answer as it comes (record()); returns once
    // every answer (or, after a stop, those that came) is on record.
    void post(const QList<ClaimedDelivery>& batch, const QString& attemptId);
    std::future<bool> record(const ClaimedDelivery& delivery, const AttemptResult& result,
                             const QString& attemptId);
    bool runJob(std::function<void(SqlSession&)> work);
    void waitFor(qint64 ms);
    bool stopping();

    Submit m_submit;
    std::shared_ptr<const mail::SecretSealer> m_sealer;
    std::function<qint64()> m_clock;
    int m_timeoutMs;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_nudged = false;
    std::atomic<qint64> m_backlog {0};
    std::atomic<quint64> m_delivered {0};
};

} // namespace webhooks
} // namespace frontline::server
