#pragma once

#include "app/clock.h"
#include "backend.h"

#include <QMutex>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace frontline::server {
class ResultInbox;
class ServerApp;
} // namespace frontline::server

namespace frontline::test {

// The real server (ServerApp, the same library frontline-server runs) inside the test process,
// on its own thread, on a free loopback port, against a test database, with a clock the test
// moves. Tests talk to it over a real socket (TestClient). It can be stopped and started again
// on the same database, the clock keeping its offset: a timer across a restart is one advance()
// away. One at a time per process (the server's database connections have fixed names); where
// the process itself matters (durability, TLS, signals, kills) use TestServer.
class InProcessServer
{
public:
    explicit InProcessServer(const TestDatabase& database, qint64 clockOffsetMs = 0);
    ~InProcessServer();
    InProcessServer(const InProcessServer&) = delete;
    InProcessServer& operator=(const InProcessServer&) = delete;

    // frontline-server's own options (parsed by the same parser), e.g. {"--message-timeout",
    // "1500"}.
    void setArguments(const QStringList& extra) { m_extra = extra; }

    // Starts and returns once it listens; on failure, error() says why.
    bool start();
    // Stops as frontline-server does on SIGTERM: connections closed, queued writes committed.
    void stop();
    bool isRunning() const { return m_app != nullptr; }

    quint16 port() const { return m_port; }
    quint16 httpPort() const { return m_httpPort; } // with --http-port, else 0
    QString error() const { return m_error; }
    QStringList notices() const { return m_notices; }
    server::ManualClock& clock() { return m_clock; }
    // Scheduler rounds finished since start(), and how many tickets and timers they handled.
    int schedulerRounds() const { return m_rounds.load(); }
    int scheduledItems() const { return m_processed.load(); }

private:
    const TestDatabase& m_database;
    QStringList m_extra;
    server::ManualClock m_clock;
    std::unique_ptr<QThread> m_thread;
    // Runs `work` in m_thread and waits for it.
    void runInThread(const std::function<void()>& work);

    // In m_thread: what runs there is posted to it (a hand-over ThreadSanitizer sees, unlike a
    // lambda queued through Qt's event queue).
    std::unique_ptr<server::ResultInbox> m_anchor;
    server::ServerApp* m_app = nullptr; // made, started, stopped and deleted in m_thread
    quint16 m_port = 0;
    quint16 m_httpPort = 0;
    QString m_error;
    QStringList m_notices;
    std::atomic<int> m_rounds {0};
    std::atomic<int> m_processed {0};
};

} // namespace frontline::test
