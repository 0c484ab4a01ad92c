#include "webhooks/webhooksender.h"

#include "auth/principal.h"
#include "mail/secretsealer.h"
#include "services/auditlog.h"
#include "storage/dbjob.h"
#include "storage/notificationrepository.h"
#include "storage/sqlsession.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <future>

using namespace Qt::StringLiterals;

namespace frontline::server::webhooks {

namespace {

Q_LOGGING_CATEGORY(lcWebhooks, "frontline.server.webhooks")

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

// The hook is off: on record, and every admin hears of it.
void recordDisabled(SqlSession& session, const ClaimedDelivery& delivery, int failures, qint64 now)
{
    const Principal server {};
    AuditLog(session, server, now)
        .via(u"system"_s)
        .record({u"webhook.disabled"_s, u"webhook"_s, delivery.webhookId, delivery.url,
                 QJsonObject {{"active"_L1, QJsonObject {{"before"_L1, true}, {"after"_L1, false}}},
                              {"failures"_L1, failures}}});
    Statement admins =
        session.prepare(u"SELECT id FROM users WHERE role = 'admin' AND disabled = 0"_s);
    admins.exec();
    QList<qint64> ids;
    while (admins.next())
        ids << admins.int64(0);
    NotificationRepository notifications(session);
    for (const qint64 id : std::as_const(ids))
        notifications.add(id, std::nullopt, u"webhook_disabled"_s,
                          u"The webhook %1 was turned off after %2 failed deliveries in a row; "
                          "turn it on again under Administration > Webhooks once the receiver "
                          "answers."_s.arg(delivery.url)
                              .arg(failures),
                          now);
}

} // namespace

WebhookSender::WebhookSender(Submit submit, std::shared_ptr<const mail::SecretSealer> sealer,
                             std::function<qint64()> clock, int timeoutMs)
    : m_submit(std::move(submit))
    , m_sealer(std::move(sealer))
    , m_clock(std::move(clock))
    , m_timeoutMs(timeoutMs)
{ }

WebhookSender::~WebhookSender()
{
    stop();
}

qint64 WebhookSender::retryDelay(int attempts, double unit)
{
    qint64 delay = FirstRetryMs;
    for (int i = 1; i < attempts && delay < LongestRetryMs; ++i)
        delay *= 2;
    delay = std::min(delay, LongestRetryMs);
    return qint64(double(delay) * (0.8 + 0.4 * std::clamp(unit, 0.0, 0.999999)));
}

QByteArray WebhookSender::signature(const QByteArray& secret, const QByteArray& body)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

void WebhookSender::start()
{
    m_thread = std::thread([this] { run(); });
}

void WebhookSender::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WebhookSender::nudge()
{
    {
        std::lock_guard lock(m_mutex);
        m_nudged = true;
    }
    m_wake.notify_all();
}

bool WebhookSender::stopping()
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

void WebhookSender::waitFor(qint64 ms)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(std::max<qint64>(1, ms)),
                    [this] { return m_stopping || m_nudged; });
    if (m_nudged && !m_stopping)
        m_wake.wait_for(lock, std::chrono::milliseconds(GatherMs), [this] { return m_stopping; });
    m_nudged = false;
}

bool WebhookSender::runJob(std::function<void(SqlSession&)> work)
{
    auto promise = std::make_shared<std::promise<bool>>();
    std::future<bool> done = promise->get_future();
    m_submit(std::make_unique<SenderJob>(std::move(work),
                                         [promise](bool ok) { promise->set_value(ok); }));
    return done.get();
}

void WebhookSender::run()
{
    while (!stopping()) {
        {
            std::lock_guard lock(m_mutex);
            m_nudged = false;
        }
        const QString attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QList<ClaimedDelivery> batch;
        std::optional<qint64> nextDue;
        qint64 backlog = 0;
        const qint64 now = m_clock();
        const bool ok = runJob([&](SqlSession& session) {
            WebhookStore store(session);
            if (const int again = store.recover(now, m_timeoutMs))
                qCWarning(lcWebhooks) << again
                                      << "webhook deliveries were sent without a recorded answer; "
                                         "sending them again (same delivery id)";
            batch = store.claim(now, Batch, attemptId);
            nextDue = store.nextDue();
            backlog = store.backlog();
        });
        if (!ok) {
            waitFor(PollMs);
            continue;
        }
        m_backlog = backlog;
        if (batch.isEmpty()) {
            waitFor(nextDue ? std::clamp<qint64>(*nextDue - m_clock(), 1, PollMs) : PollMs);
            continue;
        }
        post(batch, attemptId);
    }
}

void WebhookSender::post(const QList<ClaimedDelivery>& batch, const QString& attemptId)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    QList<QNetworkReply*> replies;
    std::vector<std::future<bool>> recorded;
    int pending = 0;
    bool abandoned = false;
    for (const ClaimedDelivery& delivery : batch) {
        const std::optional<QString> secret = m_sealer->open(delivery.sealedSecret);
        if (!secret) {
            recorded.push_back(record(delivery,
                                      {false, std::nullopt,
                                       u"the hook's secret does not open with this server's mail "
                                       "key: set a new secret"_s},
                                      attemptId));
            continue;
        }
        QNetworkRequest request {QUrl(delivery.url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setHeader(QNetworkRequest::UserAgentHeader, "Frontline-Webhooks/1"_ba);
        request.setRawHeader("X-Frontline-Event", delivery.event.toUtf8());
        request.setRawHeader("X-Frontline-Delivery", delivery.deliveryId.toUtf8());
        request.setRawHeader("X-Frontline-Signature", signature(secret->toUtf8(), delivery.body));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_timeoutMs);
        QNetworkReply* reply = network.post(request, delivery.body);
        replies << reply;
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, delivery] {
            AttemptResult result;
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (status.isValid()) {
                result.httpStatus = status.toInt();
                result.delivered = *result.httpStatus >= 200 && *result.httpStatus < 300;
                if (!result.delivered)
                    result.error = u"HTTP %1 %2"_s.arg(*result.httpStatus)
                                       .arg(QString::fromUtf8(reply->read(200)).simplified());
            } else {
                result.error = reply->errorString();
            }
            // Recorded as soon as it is answered, not with the rest of the batch: a sender that
            // dies now sends again only what was in flight, not everything the batch had.
            recorded.push_back(record(delivery, result, attemptId));
            reply->deleteLater();
            if (--pending == 0)
                loop.quit();
        });
    }
    // A stop does not wait for slow receivers: what is in flight stays "sending".
    QTimer stopCheck;
    stopCheck.setInterval(100);
    QObject::connect(&stopCheck, &QTimer::timeout, &loop, [&] {
        if (!stopping())
            return;
        abandoned = true;
        loop.quit();
    });
    stopCheck.start();
    if (pending > 0)
        loop.exec();
    if (abandoned) {
        for (QNetworkReply* reply : std::as_const(replies)) {
            if (!reply->isFinished()) {
                reply->disconnect(&loop);
                reply->abort();
            }
        }
    }
    // The batch is on record before the next claim.
    for (std::future<bool>& done : recorded)
        done.wait();
}

std::future<bool> WebhookSender::record(const ClaimedDelivery& delivery,
                                        const AttemptResult& result, const QString& attemptId)
{
    const double jitter = QRandomGenerator::global()->generateDouble();
    const qint64 now = m_clock();
    auto promise = std::make_shared<std::promise<bool>>();
    std::future<bool> done = promise->get_future();
    auto delivered = std::make_shared<bool>(false);
    m_submit(std::make_unique<SenderJob>(
        [delivery, result, attemptId, jitter, now, delivered](SqlSession& session) {
            WebhookStore store(session);
            const bool giveUp = !result.delivered && delivery.attempts >= MaxAttempts;
            const int failures = store.finish(delivery, result, attemptId, now,
                                              now + retryDelay(delivery.attempts, jitter), giveUp);
            *delivered = result.delivered && failures >= 0;
            if (failures >= DisableAfter
                && store.disable(delivery.webhookId,
                                 u"%1 failed deliveries in a row; the last: %2"_s.arg(failures).arg(
                                     result.error),
                                 now)) {
                qCWarning(lcWebhooks).noquote() << "webhook" << delivery.url << "turned off after"
                                                << failures << "failed deliveries in a row";
                recordDisabled(session, delivery, failures, now);
            }
        },
        [this, promise, delivered](bool ok) {
            if (ok && *delivered)
                ++m_delivered;
            promise->set_value(ok);
        }));
    return done;
}

} // namespace frontline::server::webhooks
