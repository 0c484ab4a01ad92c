#include "notify/mailsender.h"

#include "mail/outboundmail.h"
#include "mail/smtpsender.h"
#include "notify/mailoutbox.h"
#include "notify/smtpsettingsstore.h"
#include "storage/dbjob.h"
#include "storage/sqlsession.h"

#include <QLoggingCategory>
#include <QUuid>

#include <future>

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

} // namespace

MailSender::MailSender(Submit submit, std::shared_ptr<const mail::SecretSealer> sealer,
                       std::function<qint64()> clock)
    : m_submit(std::move(submit))
    , m_sealer(std::move(sealer))
    , m_clock(std::move(clock))
{ }

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
            waitFor(nextDue ? std::clamp<qint64>(*nextDue - m_clock(), 1, PollMs) : PollMs);
            continue;
        }

        // Up to Connections at once: the relay commits each message to its queue before it
        // answers, so one connection waits on that most of the time.
        const int parallel = int(std::min<qsizetype>(Connections, (mails.size() + 9) / 10));
        std::vector<QList<OutboxMail>> slices(std::size_t(std::max(1, parallel)));
        for (qsizetype i = 0; i < mails.size(); ++i)
            slices[std::size_t(i) % slices.size()].append(mails[i]);
        std::vector<std::thread> helpers;
        for (std::size_t i = 1; i < slices.size(); ++i)
            helpers.emplace_back([&, i] { sendSlice(*settings, slices[i], attemptId); });
        sendSlice(*settings, slices[0], attemptId);
        for (std::thread& helper : helpers)
            helper.join();
        if (m_relayAway.exchange(false)) {
            // New mail does not make the relay answer: wait a little before trying it again.
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(RelayAwayMs),
                            [this] { return m_stopping; });
        }
    }
}

void MailSender::sendSlice(const api::SmtpSettings& settings, const QList<OutboxMail>& mails,
                           const QString& attemptId)
{
    const mail::MailEndpoint endpoint = SmtpSettingsStore::endpoint(settings);
    std::unique_ptr<mail::SmtpSession> smtp;
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
        m_submit(std::make_unique<SenderJob>(
            [result, mail, attemptId, clock = m_clock](SqlSession& session) {
                MailOutbox(session).finish(result, mail, attemptId, clock());
            },
            [](bool) {}));
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
        message.fromAddress = settings.fromAddress;
        message.fromName = settings.fromName;
        message.to = {queued.address};
        message.subject = queued.subject;
        message.text = queued.body;
        message.messageId = queued.messageId;
        message.inReplyTo = queued.inReplyTo;
        if (!queued.inReplyTo.isEmpty())
            message.references = {queued.inReplyTo};
        const auto sent = smtp->send(settings.fromAddress, {queued.address}, message.toBytes());
        if (sent.ok())
            record(queued, {queued.id, true, false, {}});
        else
            record(queued, {queued.id, false, sent.error().permanent(), sent.error().text});
    }
    if (!failures.isEmpty()) {
        m_submit(std::make_unique<SenderJob>(
            [failures, attemptId, clock = m_clock](SqlSession& session) {
                MailOutbox outbox(session);
                for (const auto& [mail, result] : failures)
                    outbox.finish(result, mail, attemptId, clock());
            },
            [](bool) {}));
    }
    if (!openError.isEmpty()) {
        qCWarning(lcNotify).noquote() << "cannot reach the SMTP relay:" << openError;
        m_relayAway = true;
    }
}

} // namespace frontline::server::notify
