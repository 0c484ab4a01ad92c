#include "privatepostgres.h"

#include "testhelpers.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace frontline::test {
PrivatePostgres::PrivatePostgres()
{
    QStringList versions =
        QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    if (!versions.isEmpty())
        m_bin = u"/usr/lib/postgresql/"_s + versions.constLast() + u"/bin"_s;
}

PrivatePostgres::~PrivatePostgres()
{
    if (m_started)
        stopImmediately();
    if (!m_folder.isEmpty())
        QDir(m_folder).removeRecursively();
}

bool PrivatePostgres::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString binary = m_bin + u'/' + program;
    if (::geteuid() == 0) // PostgreSQL refuses to run as root
        process.start(u"runuser"_s,
                      QStringList {u"-u"_s, u"postgres"_s, u"--"_s, binary} + arguments);
    else
        process.start(binary, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0) {
        m_error =
            program + u": "_s + QString::fromLocal8Bit(process.readAll()) + process.errorString();
        return false;
    }
    return true;
}

bool PrivatePostgres::start()
{
    if (m_bin.isEmpty() || !QFile::exists(m_bin + u"/pg_ctl"_s)) {
        m_error = u"PostgreSQL server binaries are not installed"_s;
        return false;
    }
    QTemporaryDir dir(QDir::tempPath() + u"/frontline-pg-private-XXXXXX"_s);
    dir.setAutoRemove(false);
    m_folder = dir.path();
    if (::geteuid() == 0
        && QProcess::execute(u"chown"_s, {u"postgres:postgres"_s, m_folder}) != 0) {
        m_error = u"cannot give the cluster folder to the postgres account"_s;
        return false;
    }
    if (!run(u"initdb"_s,
             {u"-D"_s, m_folder + u"/data"_s, u"-A"_s, u"trust"_s, u"-U"_s, u"frontline"_s,
              u"--no-sync"_s}))
        return false;
    // A port found free can be taken by another test before the postmaster binds it, which
    // then exits: started again on another port, three attempts at most.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        m_port = freePort();
        if (restart())
            return true;
    }
    return false;
}

bool PrivatePostgres::restart()
{
    m_started =
        run(u"pg_ctl"_s,
            {u"-D"_s, m_folder + u"/data"_s, u"-l"_s, m_folder + u"/log"_s, u"-w"_s, u"-o"_s,
             u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=50"_s.arg(m_port).arg(
                 m_folder),
             u"start"_s});
    return m_started;
}

bool PrivatePostgres::stopImmediately()
{
    const bool stopped =
        run(u"pg_ctl"_s, {u"-D"_s, m_folder + u"/data"_s, u"-m"_s, u"immediate"_s, u"stop"_s});
    if (stopped)
        m_started = false;
    return stopped;
}

QString PrivatePostgres::adminUrl() const
{
    return u"postgresql://frontline@127.0.0.1:%1/postgres"_s.arg(m_port);
}

} // namespace frontline::test
