// The client connection the desktop client and the tray applet use: calls time out instead of
// hanging, and a lost server is found again when it comes back.
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

bool waitFor(rpc::RpcClient& client, rpc::RpcClient::State state, int timeoutMs)
{
    if (client.state() == state)
        return true;
    QEventLoop loop;
    QObject::connect(&client, &rpc::RpcClient::stateChanged, &loop, [&](rpc::RpcClient::State now) {
        if (now == state)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return client.state() == state;
}

} // namespace

TEST(RpcClient, ACallTimesOutWhenTheServerDoesNotAnswer)
{
    QTcpServer silent; // accepts, never answers
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    rpc::RpcClient client;
    client.setEndpoint({u"127.0.0.1"_s, silent.serverPort(), false});
    client.open();
    ASSERT_TRUE(waitFor(client, rpc::RpcClient::State::Connected, 5000));
    rpc::RpcReply* reply = client.call(u"system.ping"_s, {}, 300);
    QEventLoop loop;
    QObject::connect(reply, &rpc::RpcReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_TRUE(reply->isFinished());
    ASSERT_TRUE(reply->isError());
    EXPECT_TRUE(reply->error().is(rpc::ErrorCode::ClientTimeout));
}

TEST(RpcClient, CallsFailAtOnceWhenNotConnected)
{
    rpc::RpcClient client;
    rpc::RpcReply* reply = client.call(u"system.ping"_s);
    QEventLoop loop;
    QObject::connect(reply, &rpc::RpcReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_TRUE(reply->isError());
    EXPECT_TRUE(reply->error().is(rpc::ErrorCode::ClientDisconnected));
}

TEST(RpcClient, ReconnectsWhenTheServerComesBack)
{
    TestDatabase database(TestBackend::Sqlite);
    TestServer first(database);
    ASSERT_TRUE(first.start()) << first.error().toStdString();
    const quint16 port = first.port();

    rpc::RpcClient client;
    client.setEndpoint({u"127.0.0.1"_s, port, false});
    client.open();
    ASSERT_TRUE(waitFor(client, rpc::RpcClient::State::Connected, 5000));
    int connections = 0;
    QObject::connect(&client, &rpc::RpcClient::connected, &client,
                     [&connections] { ++connections; });

    first.stop();
    ASSERT_TRUE(waitFor(client, rpc::RpcClient::State::WaitingToReconnect, 5000))
        << "the loss is noticed";
    TestServer second(database);
    second.setArguments({u"--listen"_s, u"127.0.0.1:"_s + QString::number(port)});
    ASSERT_TRUE(second.start()) << second.error().toStdString();
    ASSERT_TRUE(waitFor(client, rpc::RpcClient::State::Connected, 15000))
        << "and the server found again";
    EXPECT_EQ(connections, 1);
    TestClient check(port);
    EXPECT_TRUE(check.call(u"system.ping"_s).ok());
}

TEST(RpcClient, TriesTheServersOfADeskInOrderAndGoesOnToTheNextWhenOneIsLost)
{
    quint16 deadPort = 0;
    {
        QTcpServer gone; // a server that is down: its port refuses
        ASSERT_TRUE(gone.listen(QHostAddress::LocalHost));
        deadPort = gone.serverPort();
    }
    QTcpServer first;
    QTcpServer second;
    ASSERT_TRUE(first.listen(QHostAddress::LocalHost));
    ASSERT_TRUE(second.listen(QHostAddress::LocalHost));
    rpc::RpcClient client;
    client.setEndpoints({{u"127.0.0.1"_s, deadPort, false},
                         {u"127.0.0.1"_s, first.serverPort(), false},
                         {u"127.0.0.1"_s, second.serverPort(), false}});
    int changes = 0;
    QObject::connect(&client, &rpc::RpcClient::endpointChanged, [&] { ++changes; });
    QElapsedTimer timer;
    timer.start();
    client.open();
    ASSERT_TRUE(waitFor(client, rpc::RpcClient::State::Connected, 5000));
    EXPECT_EQ(client.endpoint().port, first.serverPort()) << "the first that answers";
    EXPECT_LT(timer.elapsed(), 1000) << "no backoff before the next server";
    EXPECT_EQ(changes, 1);

    // The server in use goes away: the next one at once.
    if (!first.hasPendingConnections()) {
        ASSERT_TRUE(first.waitForNewConnection(2000));
    }
    QTcpSocket* accepted = first.nextPendingConnection();
    first.close();
    timer.restart();
    accepted->abort();
    delete accepted;
    ASSERT_TRUE(waitFor(client, rpc::RpcClient::State::WaitingToReconnect, 5000));
    ASSERT_TRUE(waitFor(client, rpc::RpcClient::State::Connected, 5000));
    EXPECT_EQ(client.endpoint().port, second.serverPort());
    EXPECT_LT(timer.elapsed(), 1000);
    client.close();
}
