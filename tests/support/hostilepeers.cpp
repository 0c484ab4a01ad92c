#include "hostilepeers.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace frontline::test {
namespace {

const QByteArray Ping = R"({"jsonrpc":"2.0","method":"system.ping","id":1})"
                        "\n";

} // namespace

HostilePeers::HostilePeers(quint16 port)
    : m_port(port)
{ }

HostilePeers::~HostilePeers()
{
    stop();
    for (const Peer& peer : m_peers)
        ::close(peer.fd);
}

bool HostilePeers::raiseFileLimit(long files)
{
    rlimit limit {};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < static_cast<rlim_t>(files)) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, static_cast<rlim_t>(files));
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur >= static_cast<rlim_t>(files);
}

int HostilePeers::open(int count, const QString& token)
{
    m_resume = R"({"jsonrpc":"2.0","method":"auth.resume","params":{"token":")" + token.toUtf8()
        + R"("},"id":0})"
          "\n";
    int connected = 0;
    for (int i = 0; i < count; ++i) {
        Peer peer;
        peer.kind = static_cast<Kind>(i % 3);
        peer.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (peer.fd < 0)
            break;
        if (peer.kind == Kind::SlowReader) {
            const int small = 2048;
            ::setsockopt(peer.fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
            peer.pending = m_resume;
        }
        sockaddr_in from {};
        from.sin_family = AF_INET;
        from.sin_addr.s_addr = htonl(INADDR_LOOPBACK + 1 + static_cast<quint32>(i % 8));
        ::bind(peer.fd, reinterpret_cast<sockaddr*>(&from), sizeof from);
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(m_port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(peer.fd, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
            ::close(peer.fd);
            continue;
        }
        ::fcntl(peer.fd, F_SETFL, ::fcntl(peer.fd, F_GETFL) | O_NONBLOCK);
        m_peers.push_back(peer);
        ++connected;
    }
    m_thread = std::thread([this] { run(); });
    return connected;
}

void HostilePeers::stop()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
}

void HostilePeers::run()
{
    while (!m_stopping) {
        const auto next = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
        for (Peer& peer : m_peers) {
            if (!peer.closed)
                tick(peer);
        }
        std::this_thread::sleep_until(next);
    }
}

void HostilePeers::tick(Peer& peer)
{
    ++peer.ticks;
    // Each takes at most eight bytes of its answers per tick, and so sees the server's close.
    char buffer[8];
    const ssize_t got = ::recv(peer.fd, buffer, sizeof buffer, 0);
    if (got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
        peer.closed = true;
        ++m_closed;
        return;
    }
    switch (peer.kind) {
    case Kind::Silent:
        return;
    case Kind::SlowWriter:
        if (peer.sent == peer.pending.size()) {
            peer.pending = Ping;
            peer.sent = 0;
        }
        if (::send(peer.fd, peer.pending.constData() + peer.sent, 1, MSG_NOSIGNAL) == 1)
            ++peer.sent;
        return;
    case Kind::SlowReader:
        if (peer.ticks % 10 == 0)
            peer.pending += Ping;
        if (!peer.pending.isEmpty()) {
            const ssize_t n =
                ::send(peer.fd, peer.pending.constData(), peer.pending.size(), MSG_NOSIGNAL);
            if (n > 0)
                peer.pending.remove(0, n);
        }
        return;
    }
}

} // namespace frontline::test
