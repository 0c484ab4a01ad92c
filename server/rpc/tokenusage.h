#pragma once

#include <QHash>
#include <QString>

namespace frontline::server {

struct Principal;

// When each session and API token was last used, and from where: noted in memory on the
// network thread for every call (a hash insert, no write), written in one batch by the
// server every few seconds (TokenService::recordUsage) and at shutdown. Lists overlay what is
// not written yet, so they are never behind.
class TokenUsage
{
public:
    struct Seen
    {
        qint64 at = 0;
        QString peer;
        bool apiToken = false;
    };
    using Pending = QHash<QString, Seen>; // by token hash

    void record(const Principal& principal, const QString& peer, qint64 now);
    // What was noted since the last take, for the batch write.
    Pending take();
    // Noted and not taken yet (the lists overlay it), or noted and being written.
    const Seen* find(const QString& tokenHash) const;
    // The batch written: drop it from what the lists overlay.
    void written(const Pending& batch);

private:
    Pending m_pending;
    Pending m_writing;
};

} // namespace frontline::server
