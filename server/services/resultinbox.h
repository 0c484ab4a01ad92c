#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace frontline::server {

// Hands results from worker threads (the storage threads, the hashing pool) to the thread the
// inbox lives on (the network thread), where they run in the order they were posted. The data
// crosses only under the inbox's own mutex; the wake-up is one queued call of drain() per batch,
// which carries nothing. So ThreadSanitizer sees every hand-over (Qt's posted-event queue, a
// futex inside an uninstrumented libQt6Core, it cannot), and a burst of results costs one event.
//
// Senders may outlive the inbox: what is posted after it is gone is dropped, on the sender's
// thread, without running.
class ResultInbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultInbox)

public:
    using Call = std::function<void()>;

    // Thread-safe and cheap to copy: what the worker threads keep.
    class Sender
    {
    public:
        void post(Call call) const;

    private:
        friend class ResultInbox;
        struct Shared;
        std::shared_ptr<Shared> m_shared;
    };

    // Lives on the calling thread; results run there.
    explicit ResultInbox(QObject* parent = nullptr);
    ~ResultInbox() override;

    Sender sender() const { return m_sender; }

private:
    Q_INVOKABLE void drain();

    Sender m_sender;
};

} // namespace frontline::server
