#pragma once

#include "backend.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace frontline::test {

// The real frontline-server binary, started on a free loopback port against a test database:
// integration tests talk to it over a real socket, and can kill it.
class TestServer
{
public:
    static constexpr const char* AdminPassword = "test-admin-password";

    explicit TestServer(const TestDatabase& database);
    ~TestServer();

    void setArguments(const QStringList& extra) { m_extra = extra; }
    void setEnvironment(const QString& name, const QString& value) { m_env.insert(name, value); }

    // Starts and waits for "listening on HOST:PORT". On failure, error() says why.
    bool start(int timeoutMs = 120000);
    void stop(); // SIGTERM, then wait
    void kill(); // SIGKILL: no chance to clean up
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString output() const; // everything the server printed so far
    qint64 pid() const;

private:
    const TestDatabase& m_database;
    QStringList m_extra;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QProcess m_process;
    QTemporaryDir m_logDir; // the server's output goes to a file: a full pipe would block it
    quint16 m_port = 0;
    QString m_error;
};

} // namespace frontline::test
