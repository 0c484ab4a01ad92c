// JSON-RPC over HTTP (POST /rpc with a bearer API token) and WebSocket (/ws), and the health
// and metrics endpoints (issue 23), against the in-process server with --http-port: the real
// curl binary for HTTP, QWebSocket for /ws, a TCP client beside them.
#include "harnessfixture.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWebSocket>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int MessageLimit = 4096;

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QJsonValue json() const
    {
        return QJsonDocument::fromJson(body).isArray()
            ? QJsonValue(QJsonDocument::fromJson(body).array())
            : QJsonValue(QJsonDocument::fromJson(body).object());
    }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject error() const { return object().value("error"_L1).toObject(); }
    int code() const { return error().value("code"_L1).toInt(); }
    QString field() const
    {
        return error().value("data"_L1).toObject().value("field"_L1).toString();
    }
};

// A WebSocket client that collects every text message it receives.
class WsClient
{
public:
    bool open(quint16 port, const QString& path = u"/ws"_s)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString& message) {
                             m_messages.append(QJsonDocument::fromJson(message.toUtf8()).object());
                         });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket,
                         [this] { m_closed = true; });
        m_socket.open(QUrl(u"ws://127.0.0.1:%1%2"_s.arg(port).arg(path)));
        return waitUntil([this] {
                   return m_socket.state() == QAbstractSocket::ConnectedState || m_closed;
               })
            && !m_closed;
    }
    // Sends a request and waits for the answer with its id.
    QJsonObject call(const QString& method, const QJsonObject& params = {})
    {
        const int id = m_nextId++;
        send(QJsonObject {
            {"jsonrpc"_L1, u"2.0"_s}, {"id"_L1, id}, {"method"_L1, method}, {"params"_L1, params}});
        QJsonObject answer;
        waitUntil([&] {
            for (const QJsonObject& message : std::as_const(m_messages))
                if (message.contains("id"_L1) && message.value("id"_L1).toInt(-1) == id) {
                    answer = message;
                    return true;
                }
            return m_closed;
        });
        return answer;
    }
    void send(const QJsonObject& message)
    {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    bool waitForNotification(const QString& method, QJsonObject* params = nullptr)
    {
        return waitUntil([&] {
            for (const QJsonObject& message : std::as_const(m_messages))
                if (message.value("method"_L1).toString() == method) {
                    if (params)
                        *params = message.value("params"_L1).toObject();
                    return true;
                }
            return false;
        });
    }
    QWebSocket& socket() { return m_socket; }
    bool closed() const { return m_closed; }
    const QList<QJsonObject>& messages() const { return m_messages; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    bool m_closed = false;
    int m_nextId = 1;
};

class HttpTest : public HarnessFixture
{
protected:
    QStringList serverArguments() const override
    {
        return {u"--http-port"_s, u"0"_s, u"--max-message-size"_s, QString::number(MessageLimit)};
    }

    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
            GTEST_SKIP() << "curl is not installed (scripts/setup.sh installs it)";
        ASSERT_NE(server().httpPort(), 0) << "the HTTP listener is on";
    }

    QString url(const QString& path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server->httpPort()).arg(path);
    }

    // The real curl: the status and body of one request.
    HttpAnswer curl(const QStringList& arguments)
    {
        QProcess process;
        process.start(u"curl"_s, QStringList {u"-s"_s, u"-w"_s, u"\n%{http_code}"_s} + arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        QByteArray output = process.readAllStandardOutput();
        const qsizetype newline = output.lastIndexOf('\n');
        HttpAnswer answer;
        answer.status = output.mid(newline + 1).toInt();
        answer.body = output.left(newline);
        return answer;
    }

    HttpAnswer post(const QString& token, const QByteArray& body)
    {
        // "Expect:": no 100-continue round (curl asks for one before bodies over 1 KiB).
        QStringList arguments {u"-H"_s,
                               u"Expect:"_s,
                               u"-H"_s,
                               u"Content-Type: application/json"_s,
                               u"--data-binary"_s,
                               QString::fromUtf8(body),
                               url(u"/rpc"_s)};
        if (!token.isEmpty())
            arguments.prepend(u"Authorization: Bearer "_s + token);
        if (!token.isEmpty())
            arguments.prepend(u"-H"_s);
        return curl(arguments);
    }

    static QByteArray request(const QString& method, const QJsonObject& params, int id = 1)
    {
        return QJsonDocument(QJsonObject {{"jsonrpc"_L1, u"2.0"_s},
                                          {"id"_L1, id},
                                          {"method"_L1, method},
                                          {"params"_L1, params}})
            .toJson(QJsonDocument::Compact);
    }

    QString createToken(const QStringList& scopes)
    {
        const Reply created =
            admin().call(u"token.create"_s,
                         QJsonObject {{"name"_L1, u"script"_s},
                                      {"scopes"_L1, QJsonArray::fromStringList(scopes)}});
        EXPECT_TRUE(created.ok()) << created.describe();
        return created.object().value("secret"_L1).toString();
    }

    static QJsonObject newTicket(const QString& title)
    {
        return {{"title"_L1, title}, {"description"_L1, u"Raised by the monitoring."_s}};
    }
};

} // namespace

TEST_P(HttpTest, CurlWithATicketScopedTokenCreatesATicket)
{
    const QString token = createToken({u"ticket."_s});
    const HttpAnswer created =
        post(token, request(u"ticket.create"_s, newTicket(u"Disk full on db1"_s), 7));
    ASSERT_EQ(created.status, 200) << created.body.constData();
    EXPECT_EQ(created.object().value("id"_L1).toInt(), 7) << "the id is echoed";
    const QJsonObject ticket = created.object().value("result"_L1).toObject();
    ASSERT_GT(ticket.value("id"_L1).toInteger(), 0) << created.body.constData();

    // The same ticket, read over TCP.
    const Reply read = admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, ticket["id"_L1]}});
    ASSERT_TRUE(read.ok()) << read.describe();
    EXPECT_EQ(read.object().value("title"_L1).toString(), u"Disk full on db1"_s);

    // The token's scopes hold over HTTP as over TCP.
    const HttpAnswer users = post(token, request(u"user.list"_s, {}));
    EXPECT_EQ(users.status, 200);
    EXPECT_EQ(users.code(), -32002) << users.body.constData();
}

TEST_P(HttpTest, BadInputGetsTheSameErrorAsOverTcp)
{
    const QString token = createToken({u"ticket."_s});
    const QJsonObject bad {{"title"_L1, 5}, {"description"_L1, u"x"_s}};
    const Reply overTcp = admin().call(u"ticket.create"_s, bad);
    ASSERT_FALSE(overTcp.ok());
    const HttpAnswer overHttp = post(token, request(u"ticket.create"_s, bad));
    EXPECT_EQ(overHttp.status, 200);
    EXPECT_EQ(overHttp.code(), -32602) << overHttp.body.constData();
    EXPECT_EQ(overHttp.code(), overTcp.code());
    EXPECT_EQ(overHttp.field(), u"title"_s);
    EXPECT_EQ(overHttp.field(), overTcp.field());
    EXPECT_EQ(overHttp.error().value("message"_L1).toString(), overTcp.error->message);
}

TEST_P(HttpTest, StatusCodesSayWhatIsWrongWithTheRequest)
{
    const QString token = createToken({u"ticket."_s});
    const QByteArray ping = request(u"system.ping"_s, {});

    const HttpAnswer anonymous = post(QString(), ping);
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(anonymous.code(), -32001) << anonymous.body.constData();
    const HttpAnswer wrongToken = post(u"flt_not-a-token"_s, ping);
    EXPECT_EQ(wrongToken.status, 401);
    EXPECT_EQ(wrongToken.code(), -32001);

    EXPECT_EQ(curl({url(u"/rpc"_s)}).status, 405) << "GET /rpc";
    EXPECT_EQ(
        curl({u"-H"_s, u"Authorization: Bearer "_s + token, u"-H"_s, u"Content-Type: text/plain"_s,
              u"--data-binary"_s, QString::fromUtf8(ping), url(u"/rpc"_s)})
            .status,
        415);
    const QJsonObject huge {{"title"_L1, u"big"_s},
                            {"description"_L1, QString(MessageLimit * 2, u'x')}};
    const HttpAnswer tooLarge = post(token, request(u"ticket.create"_s, huge));
    EXPECT_EQ(tooLarge.status, 413);
    EXPECT_EQ(tooLarge.code(), -32007) << tooLarge.body.constData();

    const QByteArray notification =
        QJsonDocument(QJsonObject {{"jsonrpc"_L1, u"2.0"_s}, {"method"_L1, u"system.ping"_s}})
            .toJson(QJsonDocument::Compact);
    const HttpAnswer noAnswer = post(token, notification);
    EXPECT_EQ(noAnswer.status, 204);
    EXPECT_TRUE(noAnswer.body.isEmpty());

    // Stateless: no login and no subscriptions, each refused with a message that says why.
    const HttpAnswer login = post(
        token, request(u"auth.login"_s, {{"username"_L1, u"admin"_s}, {"password"_L1, u"x"_s}}));
    EXPECT_EQ(login.code(), -32002);
    EXPECT_TRUE(login.error().value("message"_L1).toString().contains(u"Bearer"_s))
        << login.body.constData();
    const HttpAnswer subscribe =
        post(token, request(u"events.subscribe"_s, {{"topics"_L1, QJsonArray {u"tickets"_s}}}));
    EXPECT_EQ(subscribe.code(), -32002);
    EXPECT_TRUE(subscribe.error().value("message"_L1).toString().contains(u"/ws"_s))
        << subscribe.body.constData();
}

TEST_P(HttpTest, ABatchIsAnsweredAsOneArray)
{
    const QString token = createToken({u"ticket."_s});
    const QByteArray batch = '[' + request(u"ticket.create"_s, newTicket(u"First"_s), 1) + ','
        + request(u"ticket.get"_s, {{"id"_L1, 999999}}, 2) + ','
        + R"({"jsonrpc":"2.0","method":"system.ping"})" + ']';
    const HttpAnswer answer = post(token, batch);
    ASSERT_EQ(answer.status, 200);
    const QJsonArray answers = answer.json().toArray();
    ASSERT_EQ(answers.size(), 2) << answer.body.constData();
    QHash<int, QJsonObject> byId;
    for (const QJsonValue& item : answers)
        byId.insert(item.toObject().value("id"_L1).toInt(), item.toObject());
    EXPECT_TRUE(byId[1].contains("result"_L1));
    EXPECT_EQ(byId[2].value("error"_L1).toObject().value("code"_L1).toInt(), -32003);
}

TEST_P(HttpTest, AWebSocketClientReceivesThePushOfATicketCreatedOverTcp)
{
    WsClient ws;
    ASSERT_TRUE(ws.open(m_server->httpPort()));
    const QJsonObject login =
        ws.call(u"auth.login"_s,
                {{"username"_L1, u"admin"_s},
                 {"password"_L1, QString::fromLatin1(TestServer::AdminPassword)}});
    ASSERT_TRUE(login.contains("result"_L1)) << QJsonDocument(login).toJson().constData();
    const QJsonObject subscribed =
        ws.call(u"events.subscribe"_s, {{"topics"_L1, QJsonArray {u"tickets"_s}}});
    ASSERT_TRUE(subscribed.contains("result"_L1)) << QJsonDocument(subscribed).toJson().constData();

    const QJsonObject ticket = createTicket(admin(), newTicket(u"Printer on fire"_s));
    QJsonObject pushed;
    ASSERT_TRUE(ws.waitForNotification(u"ticket.created"_s, &pushed))
        << ws.messages().size() << " messages";
    EXPECT_EQ(pushed.value("ticket"_L1).toObject().value("id"_L1), ticket.value("id"_L1))
        << QJsonDocument(pushed).toJson().constData();
}

TEST_P(HttpTest, WebSocketLimitsHoldAsOnTcp)
{
    // Before logging in only a few methods answer.
    WsClient anonymous;
    ASSERT_TRUE(anonymous.open(m_server->httpPort()));
    EXPECT_EQ(anonymous.call(u"ticket.list"_s).value("error"_L1).toObject()["code"_L1].toInt(),
              -32001);

    // A message over the limit: the protocol's error, then the socket closes.
    WsClient large;
    ASSERT_TRUE(large.open(m_server->httpPort()));
    large.send(QJsonObject {{"jsonrpc"_L1, u"2.0"_s},
                            {"id"_L1, 1},
                            {"method"_L1, u"system.ping"_s},
                            {"params"_L1, QJsonObject {{"pad"_L1, QString(MessageLimit, u'x')}}}});
    ASSERT_TRUE(waitUntil([&] { return large.closed(); }));
    ASSERT_FALSE(large.messages().isEmpty());
    EXPECT_EQ(large.messages().constFirst().value("error"_L1).toObject()["code"_L1].toInt(),
              -32007);

    // Another path than /ws is refused.
    WsClient elsewhere;
    elsewhere.open(m_server->httpPort(), u"/other"_s);
    EXPECT_TRUE(waitUntil([&] {
        return elsewhere.closed()
            || elsewhere.socket().state() == QAbstractSocket::UnconnectedState;
    }));
}

TEST_P(HttpTest, HealthReadinessAndMetrics)
{
    const HttpAnswer health = curl({url(u"/healthz"_s)});
    EXPECT_EQ(health.status, 200);
    const HttpAnswer ready = curl({url(u"/readyz"_s)});
    EXPECT_EQ(ready.status, 200) << ready.body.constData();

    const QString token = createToken({u"ticket."_s});
    ASSERT_EQ(post(token, request(u"ticket.create"_s, newTicket(u"Counted"_s))).status, 200);
    ASSERT_EQ(post(token, request(u"ticket.create"_s, newTicket(u"Counted too"_s))).status, 200);
    WsClient ws;
    ASSERT_TRUE(ws.open(m_server->httpPort()));

    const HttpAnswer metrics = curl({url(u"/metrics"_s)});
    ASSERT_EQ(metrics.status, 200);
    const QByteArray& text = metrics.body;
    EXPECT_TRUE(text.contains(
        R"(frontline_rpc_requests_total{method="ticket.create",transport="http",outcome="ok"} 2)"))
        << text.constData();
    EXPECT_TRUE(text.contains(
        R"(frontline_rpc_requests_total{method="token.create",transport="tcp",outcome="ok"} 1)"));
    EXPECT_TRUE(
        text.contains(R"(frontline_rpc_request_duration_seconds_count{method="ticket.create"} 2)"));
    EXPECT_TRUE(text.contains(R"(frontline_connected_clients{transport="ws"} 1)"));
    EXPECT_TRUE(text.contains("frontline_writer_batch_size_count "));
    EXPECT_TRUE(text.contains("frontline_writer_commit_duration_seconds_bucket{le=\"+Inf\"} "));
    EXPECT_TRUE(text.contains("frontline_mail_outbox_backlog "));
    EXPECT_TRUE(text.contains("frontline_writer_queue_depth 0"));

    EXPECT_EQ(curl({u"-X"_s, u"POST"_s, url(u"/metrics"_s)}).status, 405);
}

INSTANTIATE_TEST_SUITE_P(Backends, HttpTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

// With --tls-cert the HTTP port speaks only TLS (https, wss), with the TCP listener's
// certificate.
TEST(HttpTls, TheHttpPortUsesTheSameCertificate)
{
    QTemporaryDir dir;
    const QString certificate = dir.filePath(u"server.pem"_s);
    const QString key = dir.filePath(u"server.key"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=frontline-test"_s, u"-keyout"_s, key, u"-out"_s, certificate});
    ASSERT_TRUE(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        GTEST_SKIP() << "curl is not installed";

    TestDatabase database(TestBackend::Sqlite);
    InProcessServer server(database);
    server.setArguments(
        {u"--http-port"_s, u"0"_s, u"--tls-cert"_s, certificate, u"--tls-key"_s, key});
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    const auto status = [](const QString& url) {
        QProcess curl;
        curl.start(u"curl"_s,
                   {u"-s"_s, u"-k"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, url});
        curl.waitForFinished(30000);
        return curl.readAllStandardOutput().toInt();
    };
    EXPECT_EQ(status(u"https://127.0.0.1:%1/healthz"_s.arg(server.httpPort())), 200);
    EXPECT_EQ(status(u"http://127.0.0.1:%1/healthz"_s.arg(server.httpPort())), 0)
        << "no clear-text HTTP on a TLS port";

    // wss: the TCP protocol over an encrypted WebSocket.
    QWebSocket socket;
    QObject::connect(&socket, &QWebSocket::sslErrors, &socket,
                     [&socket](const QList<QSslError>&) { socket.ignoreSslErrors(); });
    QString answer;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                     [&answer](const QString& message) { answer = message; });
    socket.open(QUrl(u"wss://127.0.0.1:%1/ws"_s.arg(server.httpPort())));
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.sendTextMessage(uR"({"jsonrpc":"2.0","id":1,"method":"system.ping"})"_s);
    ASSERT_TRUE(waitUntil([&] { return !answer.isEmpty(); }));
    EXPECT_TRUE(answer.contains(u"\"version\""_s)) << answer.toStdString();
    socket.close();
    server.stop();
}
