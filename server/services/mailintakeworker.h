#pragma once

#include "mail/mailboxconfig.h"
#include "services/mailfiler.h"

#include <QList>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace frontline::server {

// Runs one intake loop per enabled mailbox, each on a thread of its own: connect (backing off
// after failures, up to five minutes), take in what is unseen (mail::takeIn with a
// MailFilerService), then wait for the server's IDLE report - or the poll interval where IDLE
// is not offered - and again. Without mailboxes no thread runs. replace() swaps the loops for
// the mailboxes as they are now (after mailbox.create/update/delete): a loop whose mailbox is
// unchanged goes on undisturbed; the others are told to stop and joined later, so the caller
// never waits for a mail server.
class MailIntakeWorker final
{
public:
    struct Timing
    {
        int pollSeconds = 60; // without IDLE
        int idleSeconds = 600; // IDLE is renewed at least this often (RFC 2177: < 29 min)
        int maxBackoffSeconds = 300;
    };

    MailIntakeWorker(MailFilerService::Wiring wiring, Timing timing);
    ~MailIntakeWorker();
    MailIntakeWorker(const MailIntakeWorker&) = delete;
    MailIntakeWorker& operator=(const MailIntakeWorker&) = delete;

    void replace(const QList<mail::MailboxConfig>& enabled);
    void stop(); // every loop stops (a filing in progress ends first) and is joined
    int running() const;

private:
    struct Loop;
    void run(Loop& loop);
    void reap(); // joins loops that stopped

    MailFilerService::Wiring m_wiring;
    Timing m_timing;
    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<Loop>> m_loops;
    std::vector<std::unique_ptr<Loop>> m_retired;
};

} // namespace frontline::server
