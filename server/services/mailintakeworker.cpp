#include "mailintakeworker.h"

#include "logging.h"
#include "mail/imapmailbox.h"

#include <algorithm>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace frontline::server {

struct MailIntakeWorker::Loop
{
    explicit Loop(mail::MailboxConfig config)
        : mailbox(std::move(config))
        , wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    { }
    ~Loop()
    {
        if (thread.joinable())
            thread.join();
        if (wakeFd >= 0)
            ::close(wakeFd);
    }
    void requestStop()
    {
        stopping = true;
        const quint64 one = 1;
        [[maybe_unused]] const auto written = ::write(wakeFd, &one, sizeof one);
    }
    // Waits for `ms` or until told to stop; true when it should go on.
    bool pause(int ms) const
    {
        pollfd wake {wakeFd, POLLIN, 0};
        ::poll(&wake, 1, ms);
        return !stopping;
    }

    mail::MailboxConfig mailbox;
    int wakeFd = -1;
    std::atomic<bool> stopping {false};
    std::atomic<bool> finished {false};
    std::thread thread;
};

MailIntakeWorker::MailIntakeWorker(MailFilerService::Wiring wiring, Timing timing)
    : m_wiring(std::move(wiring))
    , m_timing(timing)
{ }

MailIntakeWorker::~MailIntakeWorker()
{
    stop();
}

void MailIntakeWorker::replace(const QList<mail::MailboxConfig>& enabled)
{
    std::lock_guard lock(m_mutex);
    // A mailbox whose settings did not change keeps its loop (and its connection, and the
    // IDLE it waits in): creating a second mailbox does not make the first reconnect.
    std::vector<std::unique_ptr<Loop>> kept;
    for (auto& loop : m_loops) {
        if (enabled.contains(loop->mailbox) && !loop->finished) {
            kept.push_back(std::move(loop));
            continue;
        }
        loop->requestStop();
        m_retired.push_back(std::move(loop));
    }
    m_loops = std::move(kept);
    reap();
    for (const mail::MailboxConfig& mailbox : enabled) {
        if (std::any_of(m_loops.begin(), m_loops.end(),
                        [&](const auto& loop) { return loop->mailbox == mailbox; }))
            continue;
        auto loop = std::make_unique<Loop>(mailbox);
        Loop* raw = loop.get();
        loop->thread = std::thread([this, raw] { run(*raw); });
        m_loops.push_back(std::move(loop));
    }
}

void MailIntakeWorker::reap()
{
    std::erase_if(m_retired,
                  [](const std::unique_ptr<Loop>& loop) { return loop->finished.load(); });
}

void MailIntakeWorker::stop()
{
    std::vector<std::unique_ptr<Loop>> all;
    {
        std::lock_guard lock(m_mutex);
        for (auto& loop : m_loops)
            all.push_back(std::move(loop));
        for (auto& loop : m_retired)
            all.push_back(std::move(loop));
        m_loops.clear();
        m_retired.clear();
    }
    for (auto& loop : all)
        loop->requestStop();
    all.clear(); // joins
}

int MailIntakeWorker::running() const
{
    std::lock_guard lock(m_mutex);
    return int(m_loops.size());
}

void MailIntakeWorker::run(Loop& loop)
{
    const mail::MailboxConfig& config = loop.mailbox;
    MailFilerService filer(m_wiring, config);
    int backoffMs = 1000;
    auto backOff = [&] {
        const bool goOn = loop.pause(backoffMs);
        backoffMs = std::min(backoffMs * 2, m_timing.maxBackoffSeconds * 1000);
        return goOn;
    };
    while (!loop.stopping) {
        mail::ImapMailbox box(config.imap, config.folder);
        if (const auto opened = box.open(); !opened) {
            qCWarning(lcServer).noquote()
                << "mailbox" << config.name << "cannot be read:" << opened.error();
            if (!backOff())
                break;
            continue;
        }
        qCInfo(lcServer).noquote() << "mailbox" << config.name << "open,"
                                   << (box.supportsIdle() ? "waiting with IDLE" : "polling");
        backoffMs = 1000;
        while (!loop.stopping) {
            const mail::MailIntakeRound round = mail::takeIn(box, filer, config.quarantineFolder);
            const int handled = round.filed + round.duplicates + round.ignored + round.quarantined;
            if (!round.lastError.isEmpty()) {
                qCWarning(lcServer).noquote()
                    << "mailbox" << config.name << "round:" << handled << "handled,"
                    << round.deferred << "left for later:" << round.lastError;
                // The connection or the database failed: try again after a pause, and
                // reconnect when nothing at all went through.
                if (!backOff() || handled == 0)
                    break;
                continue;
            }
            backoffMs = 1000;
            // Mail that arrived while this round fetched and filed was announced to those
            // commands, not to the IDLE that follows: look again before waiting.
            if (handled > 0)
                continue;
            const int waitMs =
                box.supportsIdle() ? m_timing.idleSeconds * 1000 : m_timing.pollSeconds * 1000;
            if (!box.waitForChange(waitMs, loop.wakeFd))
                break; // the connection is gone: reconnect
        }
    }
    loop.finished = true;
}

} // namespace frontline::server
