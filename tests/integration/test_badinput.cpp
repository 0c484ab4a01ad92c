// Bad input and misbehaving peers, against the in-process server: each gets a clear JSON-RPC error
// or a closed connection, never a crash, a partial write, or a stall for the other clients.
// Malformed lines are a scenario table: what is sent, what comes back.
#include "harnessfixture.h"
#include "rpc/errorcodes.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>

#include <memory>
#include <optional>
#include <vector>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

// A raw socket speaking bytes, for inputs no well-behaved client would send.
class RawConnection
{
public:
    explicit RawConnection(quint16 port)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, port);
        m_socket.waitForConnected(5000);
    }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray& bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
        m_socket.waitForBytesWritten(5000);
    }
    // The next line from the server, parsed; a null object on timeout or close.
    QJsonObject readObject(int timeoutMs = 5000)
    {
        const QByteArray line = readLine(timeoutMs);
        return QJsonDocument::fromJson(line).object();
    }
    QByteArray readLine(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_socket.canReadLine() && timer.elapsed() < timeoutMs) {
            if (!m_socket.waitForReadyRead(50)
                && m_socket.state() != QAbstractSocket::ConnectedState)
                break;
        }
        return m_socket.canReadLine() ? m_socket.readLine() : QByteArray();
    }
    // True once the server closed the connection (within the timeout).
    bool waitForClose(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return true;
            m_socket.waitForReadyRead(50);
            m_socket.readAll();
        }
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    // Without waiting: the line the server sent, parsed, once it has arrived (events processed
    // by the caller); a null object until then.
    QJsonObject takeObject()
    {
        return m_socket.canReadLine() ? QJsonDocument::fromJson(m_socket.readLine()).object()
                                      : QJsonObject();
    }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }

private:
    QTcpSocket m_socket;
};

int errorCode(const QJsonObject& response)
{
    return response.value("error"_L1).toObject().value("code"_L1).toInt();
}

QString errorField(const QJsonObject& response)
{
    return response.value("error"_L1)
        .toObject()
        .value("data"_L1)
        .toObject()
        .value("field"_L1)
        .toString();
}

class BadInputTest : public HarnessFixture
{
protected:
    QStringList serverArguments() const override
    {
        return {u"--max-message-size"_s,
                u"65536"_s,
                u"--message-timeout"_s,
                u"1500"_s,
                u"--login-idle-timeout"_s,
                u"3"_s,
                u"--max-unauthenticated-per-address"_s,
                u"1100"_s};
    }

    // Another client's round trip, to show that nobody else is held up.
    qint64 pingMs()
    {
        TestClient probe(server().port());
        QElapsedTimer timer;
        timer.start();
        EXPECT_TRUE(probe.call(u"system.ping"_s, {}, 5000).ok());
        return timer.elapsed();
    }
};

} // namespace

namespace {

// One raw line and its answer: an error code (none: a result), the field the error names, and the
// id echoed (unset: not checked).
struct LineScenario
{
    const char* what;
    QByteArray line;
    std::optional<rpc::ErrorCode> code;
    const char* field = nullptr;
    std::optional<QJsonValue> id;
};

const QList<LineScenario>& malformedLines()
{
    using rpc::ErrorCode;
    const QJsonValue null(QJsonValue::Null);
    static const QList<LineScenario> table {
        {"a line cut inside an object is a parse error", "{\"jsonrpc\": \"2.0\", \"method\": \n",
         ErrorCode::ParseError, nullptr, null},
        {"a bare value is an Invalid Request, not a parse error", "1\n", ErrorCode::InvalidRequest,
         nullptr, null},
        {"\"id\": null is a request and is answered",
         "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":null}\n", std::nullopt, nullptr,
         null},
        {"invalid UTF-8", "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":\"\xC3\x28\"}\n",
         ErrorCode::ParseError, nullptr, null},
        {"nesting past the parser's limit", QByteArray(5000, '[') + QByteArray(5000, ']') + '\n',
         ErrorCode::ParseError, nullptr, null},
        {"unknown fields are named",
         "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"params\":{"
         "\"verbose\":true},\"id\":7}\n",
         ErrorCode::InvalidParams, "verbose", QJsonValue(7)},
        {"wrong types are named",
         "{\"jsonrpc\":\"2.0\",\"method\":\"auth.login\",\"params\":{"
         "\"username\":5,\"password\":"
         "\"x\"},\"id\":8}\n",
         ErrorCode::InvalidParams, "username", QJsonValue(8)},
    };
    return table;
}

} // namespace

TEST_P(BadInputTest, MalformedMessagesGetTheRightErrorAndTheConnectionLives)
{
    RawConnection c(server().port());
    int ping = 100;
    for (const LineScenario& row : malformedLines()) {
        SCOPED_TRACE(row.what);
        c.send(row.line);
        const QJsonObject answer = c.readObject();
        const int expectedCode = row.code ? static_cast<int>(*row.code) : 0;
        EXPECT_EQ(errorCode(answer), expectedCode) << ::testing::PrintToString(answer);
        EXPECT_EQ(answer.contains("result"_L1), !row.code) << "a result exactly when no error";
        if (row.field) {
            EXPECT_EQ(errorField(answer), QString::fromLatin1(row.field));
        }
        if (row.id) {
            EXPECT_EQ(answer.value("id"_L1), *row.id);
        }
        // After each: the same connection is still served.
        c.send("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":"
               + QByteArray::number(++ping) + "}\n");
        EXPECT_EQ(c.readObject().value("id"_L1).toInt(), ping) << "still serving this connection";
    }
}

TEST_P(BadInputTest, AnOversizedMessageIsRefusedBeforeItIsBuffered)
{
    RawConnection c(server().port());
    c.send("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"params\":{\"x\":\""
           + QByteArray(200 * 1024, 'a'));
    const QJsonObject answer = c.readObject();
    EXPECT_EQ(errorCode(answer), -32007);
    EXPECT_EQ(
        answer.value("error"_L1).toObject().value("data"_L1).toObject().value("limit"_L1).toInt(),
        65536);
    EXPECT_TRUE(c.waitForClose(5000));
    EXPECT_LT(pingMs(), 1000);
}

TEST_P(BadInputTest, OversizedBatchesAreRefused)
{
    RawConnection c(server().port());
    QByteArray batch = "[";
    for (int i = 0; i < 1001; ++i)
        batch += (i ? "," : "")
            + QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}");
    c.send(batch + "]\n");
    EXPECT_EQ(errorCode(c.readObject()), -32007);
}

TEST_P(BadInputTest, AClientThatSendsHalfALineAndStallsIsCutOff)
{
    RawConnection stalled(server().port());
    stalled.send("{\"jsonrpc\":\"2.0\",\"method\":\"sys");
    EXPECT_LT(pingMs(), 1000) << "others are served meanwhile";
    const QJsonObject answer = stalled.readObject(5000);
    EXPECT_EQ(errorCode(answer), -32600);
    EXPECT_TRUE(stalled.waitForClose(3000));
}

TEST_P(BadInputTest, SilentConnectionsAreClosedAndStallNobody)
{
    std::vector<std::unique_ptr<RawConnection>> silent;
    for (int i = 0; i < 1000; ++i) {
        silent.push_back(std::make_unique<RawConnection>(server().port()));
        if (i % 3 == 0)
            silent.back()->send("{\"jsonrpc\":"); // and some slowloris halves
    }
    int connected = 0;
    for (const auto& c : silent)
        connected += c->isConnected() ? 1 : 0;
    EXPECT_EQ(connected, 1000);
    qint64 worst = 0;
    for (int i = 0; i < 20; ++i)
        worst = std::max(worst, pingMs());
    EXPECT_LT(worst, 1000) << "1,000 silent peers hold up nobody";
    EXPECT_TRUE(silent.front()->waitForClose(8000)) << "closed after the login idle timeout";
    EXPECT_TRUE(silent.back()->waitForClose(8000));
}

TEST_P(BadInputTest, UnauthenticatedConnectionsPerAddressAreCapped)
{
    // The fixture's own admin connection is logged in and does not count.
    std::vector<std::unique_ptr<RawConnection>> peers;
    for (int i = 0; i < 1150; ++i)
        peers.push_back(std::make_unique<RawConnection>(server().port()));
    for (const auto& peer : peers)
        peer->send("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}\n");
    // Every connection ends one way or the other: answered, or closed by the server as over the
    // cap. However loaded the machine, that takes as long as it takes (bounded generously).
    int answered = 0;
    int refused = 0;
    std::vector<bool> settled(peers.size(), false);
    QElapsedTimer waited;
    waited.start();
    while (answered + refused < int(peers.size()) && waited.elapsed() < 120000) {
        processEventsFor(50);
        for (size_t i = 0; i < peers.size(); ++i) {
            if (settled[i])
                continue;
            if (peers[i]->takeObject().contains("result"_L1)) {
                settled[i] = true;
                ++answered;
            } else if (peers[i]->isClosed()) {
                settled[i] = true;
                ++refused;
            }
        }
    }
    EXPECT_EQ(answered, 1100) << "the cap of 1,100 not-logged-in connections per address holds";
    EXPECT_EQ(refused, 50) << "the connections over the cap are closed";
    EXPECT_TRUE(admin().call(u"system.ping"_s).ok()) << "logged-in clients are unaffected";
}

namespace {

// A short login deadline, and a long idle timeout that pings would keep resetting.
class LoginDeadlineTest : public HarnessFixture
{
protected:
    QStringList serverArguments() const override
    {
        return {u"--login-deadline"_s, u"2"_s, u"--login-idle-timeout"_s, u"600"_s};
    }
};

} // namespace

TEST_P(LoginDeadlineTest, AConnectionThatNeverLogsInIsClosedWhateverItSends)
{
    createUser(u"mona"_s, u"requester"_s);
    RawConnection pinger(server().port());
    ASSERT_TRUE(pinger.isConnected());
    QElapsedTimer timer;
    timer.start();
    bool closed = false;
    // A ping every 200 ms: never silent, never logged in.
    while (!closed && timer.elapsed() < 15000) {
        pinger.send("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}\n");
        closed = pinger.waitForClose(200);
    }
    EXPECT_TRUE(closed) << "pinging does not keep a connection that never logs in";
    EXPECT_GE(timer.elapsed(), 1500) << "not before the deadline";
    EXPECT_TRUE(admin().call(u"system.ping"_s).ok()) << "logged-in connections stay";

    // Logging in within the deadline ends it.
    TestClient member(server().port());
    ASSERT_TRUE(member.call(u"system.ping"_s).ok());
    processEventsFor(1000);
    ASSERT_TRUE(member.login(u"mona"_s, QString::fromLatin1(Password)).ok());
    processEventsFor(2500);
    EXPECT_TRUE(member.call(u"system.ping"_s).ok()) << "a connection that logged in stays";
}

INSTANTIATE_TEST_SUITE_P(Backends, LoginDeadlineTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

INSTANTIATE_TEST_SUITE_P(Backends, BadInputTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
