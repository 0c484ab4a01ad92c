#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <thread>
#include <vector>

namespace frontline::test {

// Connections that do the server no good, on a thread of their own (raw non-blocking sockets,
// so that a thousand cost the test process little): a third are silent (connect, say nothing),
// a third write slowly (one byte of a ping every 100 ms), a third read slowly (resume a
// session, ping every second, take eight bytes of the answers per 100 ms through a 2 KiB
// receive buffer). They come from 127.0.0.2 to 127.0.0.9, as from a few machines, so the
// per-address limits apply as they would. Used by the hostile-clients test and bench.
class HostilePeers
{
public:
    explicit HostilePeers(quint16 port);
    ~HostilePeers(); // stops and closes every connection
    HostilePeers(const HostilePeers&) = delete;
    HostilePeers& operator=(const HostilePeers&) = delete;

    // Opens `count` connections (slow readers resume `token`) and starts their thread;
    // returns how many connected.
    int open(int count, const QString& token);
    void stop();
    int closedByServer() const { return m_closed.load(); }
    int count() const { return static_cast<int>(m_peers.size()); }

    // Raises this process's open-file limit (the server inherits it) to at least `files`;
    // false if the hard limit is lower.
    static bool raiseFileLimit(long files);

private:
    enum class Kind { Silent, SlowWriter, SlowReader };
    struct Peer
    {
        int fd = -1;
        Kind kind = Kind::Silent;
        QByteArray pending; // what it still has to send
        qsizetype sent = 0;
        int ticks = 0;
        bool closed = false;
    };
    void run();
    void tick(Peer& peer);

    quint16 m_port;
    QByteArray m_resume;
    std::vector<Peer> m_peers;
    std::thread m_thread;
    std::atomic<bool> m_stopping {false};
    std::atomic<int> m_closed {0};
};

} // namespace frontline::test
