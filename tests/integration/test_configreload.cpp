// server.conf on a running server: SIGHUP (systemctl reload) re-reads it, applies what can
// change live, names what needs a restart, and keeps the running settings when the file is bad.
#include "serverfixture.h"

#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

// A fresh connection's system.ping answered? (A connection over the cap is closed unanswered.)
bool pingsOnNewConnection(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write(R"({"jsonrpc":"2.0","id":1,"method":"system.ping"})"
                 "\n");
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer.contains("\"version\"");
}

class ConfigReload : public ::testing::Test
{
protected:
    void writeConfig(const QByteArray& text)
    {
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }
    // Sends SIGHUP and waits for the server to say it read the file again.
    void reload(const char* expected)
    {
        const qsizetype before = m_server.output().count(QString::fromLatin1(expected));
        ::kill(static_cast<pid_t>(m_server.pid()), SIGHUP);
        ASSERT_TRUE(waitUntil(
            [&] { return m_server.output().count(QString::fromLatin1(expected)) > before; }, 20000))
            << m_server.output().toStdString();
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(u"server.conf"_s);
    TestDatabase m_database {TestBackend::Sqlite};
    TestServer m_server {m_database};
};

} // namespace

TEST_F(ConfigReload, SighupAppliesLiveSettingsAndNamesTheOthers)
{
    writeConfig("max-connections = 50\nreaders = 2\n");
    m_server.setArguments({u"--config"_s, m_path});
    ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();

    TestClient first(m_server.port());
    ASSERT_TRUE(first.open());
    ASSERT_TRUE(first.call(u"system.ping"_s).ok());
    EXPECT_TRUE(pingsOnNewConnection(m_server.port()));

    // One connection at most, live; the reader threads only at the next start.
    writeConfig("max-connections = 1\nreaders = 3\n");
    reload("configuration reloaded: max-connections");
    EXPECT_TRUE(m_server.output().contains(u"needs a restart: readers"_s));
    EXPECT_FALSE(pingsOnNewConnection(m_server.port())) << "the cap of one is in effect";
    EXPECT_TRUE(first.call(u"system.ping"_s).ok()) << "the connection already open stays";

    // A mistake in the file: refused with the key named, the running settings stay.
    writeConfig("max-connections = 50\nmax-conections = 5\n");
    reload("configuration not reloaded");
    EXPECT_TRUE(m_server.output().contains(u"unknown key max-conections"_s));
    EXPECT_FALSE(pingsOnNewConnection(m_server.port()));

    writeConfig("max-connections = 50\nreaders = 2\n");
    reload("configuration reloaded: max-connections");
    EXPECT_TRUE(pingsOnNewConnection(m_server.port()));
}

TEST_F(ConfigReload, TheLogLevelChangesLive)
{
    // A refused connection is logged at info level: seen at "info", not at "warning".
    writeConfig("max-connections = 1\n");
    m_server.setArguments({u"--config"_s, m_path});
    ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
    TestClient first(m_server.port());
    ASSERT_TRUE(first.open());
    ASSERT_TRUE(first.call(u"system.ping"_s).ok());
    const auto refusals = [this] { return m_server.output().count(u"refusing a connection"_s); };

    EXPECT_FALSE(pingsOnNewConnection(m_server.port()));
    ASSERT_TRUE(waitUntil([&] { return refusals() == 1; })) << m_server.output().toStdString();

    writeConfig("max-connections = 1\nlog-level = warning\n");
    reload("configuration reloaded: log-level");
    EXPECT_FALSE(pingsOnNewConnection(m_server.port()));
    EXPECT_TRUE(first.call(u"system.ping"_s).ok()) << "the server is still there";
    EXPECT_EQ(refusals(), 1) << "info messages are off";

    writeConfig("max-connections = 1\nlog-level = info\n");
    reload("configuration reloaded: log-level");
    EXPECT_FALSE(pingsOnNewConnection(m_server.port()));
    EXPECT_TRUE(waitUntil([&] { return refusals() == 2; })) << "and on again";
}

TEST_F(ConfigReload, ABadFileStopsTheStartNamingTheKey)
{
    writeConfig("max-connections = lots\n");
    m_server.setArguments({u"--config"_s, m_path});
    ASSERT_FALSE(m_server.start());
    EXPECT_TRUE(m_server.output().contains(u"max-connections in "_s))
        << m_server.output().toStdString();
}
