// Slow and hostile clients against the real server: a client that never reads its answers is
// cut off at the documented cap (16 MiB of unread answers) and the server's memory does not
// grow past it; a thousand silent, slow-writing and slow-reading connections leave everyone
// else served; silent and slow-writing connections are closed at their deadlines. (How fast
// the others are served meanwhile is measured by frontline-hostile-bench, not here.)
#include "backend.h"
#include "hostilepeers.h"
#include "testclient.h"
#include "testserver.h"

#include <QFile>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 UnreadCap = 16 * MiB; // docs/protocol.md, "unread answers"

qint64 rssBytes(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(u"VmRSS:\\s+(\\d+) kB"_s);
    return rss.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong() * 1024;
}

class HostileClientsTest : public ::testing::Test
{
protected:
    void startServer(const QStringList& arguments = {})
    {
        // A thousand connections take a thousand descriptors on each side; the server
        // inherits the limit.
        if (!HostilePeers::raiseFileLimit(4096))
            GTEST_SKIP() << "the open-file limit (ulimit -n) is below 4096 and cannot be raised";
        m_database = std::make_unique<TestDatabase>(TestBackend::Sqlite);
        m_server = std::make_unique<TestServer>(*m_database);
        m_server->setArguments(arguments);
        ASSERT_TRUE(m_server->start()) << m_server->error().toStdString();
        m_admin = std::make_unique<TestClient>(m_server->port());
        const Reply login =
            m_admin->login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword));
        ASSERT_TRUE(login.ok()) << login.describe();
        m_token = login.object().value("token"_L1).toString();
    }

    // The work of a client that behaves: a ticket created, read back, listed.
    void expectServed(const QString& what)
    {
        SCOPED_TRACE(what.toStdString());
        const Reply created =
            m_admin->call(u"ticket.create"_s,
                          QJsonObject {{"title"_L1, u"Still served"_s}, {"description"_L1, what}});
        ASSERT_TRUE(created.ok()) << created.describe();
        const qint64 id = created.object().value("id"_L1).toInteger();
        ASSERT_TRUE(m_admin->call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).ok());
        ASSERT_TRUE(m_admin->call(u"ticket.list"_s, QJsonObject {{"limit"_L1, 20}}).ok());
        TestClient newcomer(m_server->port());
        ASSERT_TRUE(newcomer.login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword)).ok())
            << "a new client can still connect and log in";
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_admin;
    QString m_token;
};

// A raw connection that resumes a session, then sends requests and never reads an answer.
class NonReader
{
public:
    NonReader(quint16 port, const QString& token)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int small = 4096; // the kernel holds little for it: the server has to
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr*>(&to), sizeof to) == 0;
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        send(R"({"jsonrpc":"2.0","method":"auth.resume","params":{"token":")" + token.toUtf8()
             + R"("},"id":0})"
               "\n");
    }
    ~NonReader() { ::close(m_fd); }
    bool connected() const { return m_connected; }
    // False once the server has cut the connection.
    bool send(const QByteArray& data)
    {
        const ssize_t n = ::send(m_fd, data.constData(), data.size(), MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            m_cut = true;
        return !m_cut;
    }
    bool cut() const { return m_cut; }

private:
    int m_fd = -1;
    bool m_connected = false;
    bool m_cut = false;
};

} // namespace

TEST_F(HostileClientsTest, ReaderThatNeverReadsIsCutOffAtTheCapWithoutTheServerGrowing)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    if (IsSkipped())
        return;
    // A ticket whose every answer is ~60 KB: 3,000 unread answers would be 180 MB.
    const Reply big = m_admin->call(
        u"ticket.create"_s,
        QJsonObject {{"title"_L1, u"A long log"_s}, {"description"_L1, QString(60000, u'x')}});
    ASSERT_TRUE(big.ok()) << big.describe();
    const QByteArray request = R"({"jsonrpc":"2.0","method":"ticket.get","params":{"id":)"
        + QByteArray::number(big.object().value("id"_L1).toInteger())
        + R"(},"id":1})"
          "\n";
    for (int i = 0; i < 20; ++i) // the server's own buffers for such answers, before measuring
        ASSERT_TRUE(
            m_admin->call(u"ticket.get"_s, QJsonObject {{"id"_L1, big.object().value("id"_L1)}})
                .ok());
    const qint64 before = rssBytes(m_server->pid());

    NonReader hog(m_server->port(), m_token);
    ASSERT_TRUE(hog.connected());
    qint64 peak = before;
    int sent = 0;
    // 25 requests every 10 ms (below the 256 in flight), until the server cuts it off.
    const bool cut = waitUntil(
        [&] {
            for (int i = 0; i < 25 && sent < 3000 && hog.send(request); ++i)
                ++sent;
            peak = std::max(peak, rssBytes(m_server->pid()));
            return hog.cut();
        },
        60000);
    ASSERT_TRUE(cut) << "the server kept a client that read nothing after " << sent
                     << " answers of 60 KB";
    const qint64 growth = peak - before;
    std::cout << "[ hostile  ] cut off after " << sent << " requests; server RSS grew "
              << growth / MiB << " MiB (cap " << UnreadCap / MiB << " MiB)\n";
    EXPECT_GT(sent, UnreadCap / 60000) << "cut off before the cap";
    EXPECT_LT(growth, UnreadCap + 16 * MiB) << "the server's memory grew past the cap";
    ASSERT_NO_FATAL_FAILURE(expectServed(u"after a reader that never reads"_s));
}

TEST_F(HostileClientsTest, ThousandSilentAndSlowConnectionsLeaveOthersServed)
{
    ASSERT_NO_FATAL_FAILURE(startServer());
    if (IsSkipped())
        return;
    const qint64 before = rssBytes(m_server->pid());
    HostilePeers peers(m_server->port());
    ASSERT_EQ(peers.open(1000, m_token), 1000);
    for (int i = 0; i < 10; ++i)
        ASSERT_NO_FATAL_FAILURE(expectServed(u"with 1,000 slow connections, call %1"_s.arg(i)));
    const qint64 growth = rssBytes(m_server->pid()) - before;
    std::cout << "[ hostile  ] 1,000 silent and slow connections: server RSS +" << growth / MiB
              << " MiB\n";
    EXPECT_LT(growth, 64 * MiB) << "a thousand idle connections cost the server little memory";
    EXPECT_EQ(peers.closedByServer(), 0) << "none was over a limit yet";
}

TEST_F(HostileClientsTest, SilentAndSlowWritingConnectionsAreClosedAtTheirDeadlines)
{
    // Short deadlines (the defaults are 30 s and 60 s): a slow writer's message is never
    // complete within one second, a silent connection never logs in within two.
    ASSERT_NO_FATAL_FAILURE(
        startServer({u"--message-timeout"_s, u"1000"_s, u"--login-idle-timeout"_s, u"2"_s,
                     u"--login-deadline"_s, u"2"_s}));
    if (IsSkipped())
        return;
    HostilePeers peers(m_server->port());
    ASSERT_EQ(peers.open(300, m_token), 300);
    // The silent and the slow-writing third each; the slow readers are logged in and ping.
    EXPECT_TRUE(waitUntil([&] { return peers.closedByServer() >= 200; }, 20000))
        << peers.closedByServer() << " of 200 closed";
    processEventsFor(1500);
    EXPECT_EQ(peers.closedByServer(), 200) << "the slow readers are served, however slowly";
    ASSERT_NO_FATAL_FAILURE(expectServed(u"after the deadlines"_s));
}
