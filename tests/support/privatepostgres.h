#pragma once

#include <QString>

namespace frontline::test {

// A PostgreSQL cluster of one test's own, in a temporary folder on a free port: the tests that
// stop PostgreSQL abruptly (`pg_ctl stop -m immediate`) must not take down the cluster that
// every other suite shares. Needs the server binaries (/usr/lib/postgresql/*/bin); as root, it
// runs them as the `postgres` account, as scripts/setup.sh does.
class PrivatePostgres
{
public:
    PrivatePostgres();
    ~PrivatePostgres(); // stops the cluster and removes its folder
    PrivatePostgres(const PrivatePostgres&) = delete;
    PrivatePostgres& operator=(const PrivatePostgres&) = delete;

    // initdb and start; false with error() when PostgreSQL is not installed or will not start.
    bool start();
    bool stopImmediately(); // pg_ctl stop -m immediate: no checkpoint, as a crash or power cut
    bool restart(); // pg_ctl start again on the same port and data
    bool isAvailable() const { return m_started; }

    QString adminUrl() const; // postgresql://frontline@127.0.0.1:PORT/postgres
    QString error() const { return m_error; }

private:
    bool run(const QString& program, const QStringList& arguments, int timeoutMs = 60000);

    QString m_bin;
    QString m_folder;
    quint16 m_port = 0;
    bool m_started = false;
    QString m_error;
};

} // namespace frontline::test
