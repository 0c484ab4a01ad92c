#include "resultinbox.h"

#include <QMetaObject>
#include <QPointer>

namespace frontline::server {

struct ResultInbox::Sender::Shared
{
    std::mutex mutex; // guards everything below
    ResultInbox* inbox = nullptr; // null once the inbox is gone
    std::vector<Call> calls;
    bool wakePending = false; // a drain() is queued and has not taken the calls yet
};

ResultInbox::ResultInbox(QObject* parent)
    : QObject(parent)
{
    m_sender.m_shared = std::make_shared<Sender::Shared>();
    m_sender.m_shared->inbox = this;
}

ResultInbox::~ResultInbox()
{
    std::vector<Call> dropped;
    {
        const std::lock_guard lock(m_sender.m_shared->mutex);
        m_sender.m_shared->inbox = nullptr;
        dropped.swap(m_sender.m_shared->calls);
    }
    // A drain() still queued is removed with this QObject; `dropped` dies here, unlocked.
}

void ResultInbox::Sender::post(Call call) const
{
    const std::lock_guard lock(m_shared->mutex);
    if (!m_shared->inbox)
        return; // `call` is destroyed on return, after the lock
    m_shared->calls.push_back(std::move(call));
    if (m_shared->wakePending)
        return;
    m_shared->wakePending = true;
    // By name: the queued event is built and delivered inside Qt and holds no data of ours.
    // Under the lock, so the inbox cannot be destroyed in between.
    QMetaObject::invokeMethod(m_shared->inbox, "drain", Qt::QueuedConnection);
}

void ResultInbox::drain()
{
    std::vector<Call> batch;
    {
        const std::lock_guard lock(m_sender.m_shared->mutex);
        batch.swap(m_sender.m_shared->calls);
        m_sender.m_shared->wakePending = false;
    }
    const QPointer<ResultInbox> alive(this);
    for (Call& call : batch) {
        if (!alive)
            return; // a result stopped the server: the rest are dropped
        call();
    }
}

} // namespace frontline::server
