#include "testserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace frontline::test {

TestServer::TestServer(const TestDatabase& database)
    : m_database(database)
{
    m_env.insert(u"FRONTLINE_ADMIN_PASSWORD"_s, QString::fromLatin1(AdminPassword));
    m_env.insert(u"LC_ALL"_s,
                 u"C.UTF-8"_s); // the server's messages in English, whatever the machine's
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(int timeoutMs)
{
    // The binary this build made, unless FRONTLINE_SERVER_BIN points at another.
    QString binary = qEnvironmentVariable("FRONTLINE_SERVER_BIN");
    if (binary.isEmpty())
        binary = QStringLiteral(FRONTLINE_SERVER_BIN_DEFAULT);
    m_process.setProcessEnvironment(m_env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    const QString log = m_logDir.filePath(u"server.log"_s);
    QFile::remove(log);
    m_process.setStandardOutputFile(log);
    QStringList arguments {u"--db"_s,        m_database.spec(),    u"--listen"_s,
                           u"127.0.0.1:0"_s, u"--password-hash"_s, u"minimal"_s};
    // A test's server reads no configuration file unless the test gives one: an
    // /etc/frontline/server.conf on the machine must not change what the tests start.
    const bool ownConfig = std::any_of(m_extra.cbegin(), m_extra.cend(), [](const QString& a) {
        return a == u"--config"_s || a.startsWith(u"--config="_s);
    });
    if (!ownConfig)
        arguments.append(u"--config="_s);
    m_process.start(binary, arguments + m_extra);
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start "_s + binary + u": "_s + m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(u"listening on [^\\s]+:(\\d+)"_s);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error = u"server exited: "_s + output();
            return false;
        }
        m_process.waitForFinished(50);
        const auto match = listening.match(output());
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            return true;
        }
    }
    m_error = u"server did not start in time: "_s + output();
    kill();
    return false;
}

void TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(30000))
        kill();
}

void TestServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
    m_process.waitForFinished(30000);
}

QString TestServer::output() const
{
    QFile file(m_logDir.filePath(u"server.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool TestServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

qint64 TestServer::pid() const
{
    return m_process.processId();
}

} // namespace frontline::test
