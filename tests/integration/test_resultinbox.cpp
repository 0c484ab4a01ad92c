// The hand-over of results from worker threads to the network thread (ResultInbox), which the
// job runner and the hashing pool answer through: everything posted arrives, on the inbox's
// thread, in each sender's order, with the data the worker built; nothing runs once the inbox
// is gone. The "threaded" label runs these under ThreadSanitizer too.
#include "services/resultinbox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <thread>
#include <vector>

using namespace frontline::server;

namespace {

// Runs the event loop of this thread until `done` holds or 30 s have passed.
template<typename Done> bool processUntil(Done done)
{
    const QDeadlineTimer deadline(30000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

TEST(ResultInbox, EverySendersResultsArriveInOrderOnTheInboxThread)
{
    constexpr int Senders = 4;
    constexpr int PerSender = 2000;
    ResultInbox inbox;
    const ResultInbox::Sender sender = inbox.sender();
    std::map<int, std::vector<int>> received; // touched on this thread only
    int offThread = 0;
    int corrupt = 0;

    std::vector<std::thread> workers;
    for (int s = 0; s < Senders; ++s) {
        workers.emplace_back([&, s] {
            for (int i = 0; i < PerSender; ++i) {
                // Built on the worker, read on the inbox's thread.
                auto payload = std::make_unique<std::vector<int>>(16, i);
                sender.post([&, s, i, payload = std::shared_ptr(std::move(payload))] {
                    if (QThread::currentThread() != inbox.thread())
                        ++offThread;
                    if (payload->size() != 16 || payload->front() != i || payload->back() != i)
                        ++corrupt;
                    received[s].push_back(i);
                });
            }
        });
    }
    const auto total = [&] {
        size_t n = 0;
        for (const auto& [s, values] : received)
            n += values.size();
        return n;
    };
    const bool all = processUntil([&] { return total() == size_t(Senders * PerSender); });
    for (std::thread& worker : workers)
        worker.join();

    ASSERT_TRUE(all) << total() << " of " << Senders * PerSender << " results arrived";
    EXPECT_EQ(offThread, 0);
    EXPECT_EQ(corrupt, 0);
    for (const auto& [s, values] : received) {
        ASSERT_EQ(values.size(), size_t(PerSender)) << "sender " << s;
        for (int i = 0; i < PerSender; ++i)
            ASSERT_EQ(values[i], i) << "sender " << s << " out of order";
    }
}

TEST(ResultInbox, NothingRunsOnceTheInboxIsGone)
{
    auto inbox = std::make_unique<ResultInbox>();
    const ResultInbox::Sender sender = inbox->sender();
    int ran = 0;
    auto queuedBefore = std::make_shared<int>(1);
    std::thread([&] { sender.post([&ran, queuedBefore] { ++ran; }); }).join();
    inbox.reset(); // the queued result and its wake-up go with it
    auto postedAfter = std::make_shared<int>(2);
    std::thread([&] { sender.post([&ran, postedAfter] { ++ran; }); }).join();
    QCoreApplication::processEvents();

    EXPECT_EQ(ran, 0);
    // Both callbacks were destroyed, not kept: their captures have no other owner now.
    EXPECT_EQ(queuedBefore.use_count(), 1);
    EXPECT_EQ(postedAfter.use_count(), 1);
}

} // namespace
