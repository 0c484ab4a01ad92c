// TLS: encrypted sessions, certificate pinning (trust on first use, a changed certificate is
// refused), stalled handshakes that hold up nobody, and no clear text beyond loopback.
#include "serverfixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

// A fresh self-signed certificate per test run (openssl), never committed.
struct Certificate
{
    QTemporaryDir dir;
    QString certificate;
    QString key;
    QByteArray fingerprint;

    bool create(const QString& name)
    {
        certificate = dir.filePath(name + u".pem"_s);
        key = dir.filePath(name + u".key"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                       u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                       u"-subj"_s, u"/CN=frontline-test"_s, u"-keyout"_s, key, u"-out"_s,
                       certificate});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return false;
        QFile file(certificate);
        file.open(QIODevice::ReadOnly);
        const QList<QSslCertificate> parsed = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (parsed.isEmpty())
            return false;
        fingerprint = QCryptographicHash::hash(parsed.first().toDer(), QCryptographicHash::Sha256);
        return true;
    }
};

class TlsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_first.create(u"first"_s)) << "openssl could not make a certificate";
        ASSERT_TRUE(m_second.create(u"second"_s));
    }

    bool startServer(TestServer& server, const Certificate& certificate)
    {
        server.setArguments({u"--tls-cert"_s, certificate.certificate, u"--tls-key"_s,
                             certificate.key, u"--handshake-timeout"_s, u"1000"_s});
        return server.start();
    }

    // Connects with TLS; returns whether it connected, and what the client saw.
    bool connectTls(rpc::RpcClient& client, QByteArray* firstSeen, bool* mismatch)
    {
        QEventLoop loop;
        QObject::connect(&client, &rpc::RpcClient::connected, &loop, &QEventLoop::quit);
        QObject::connect(&client, &rpc::RpcClient::certificateFirstSeen, &loop,
                         [firstSeen](const QByteArray& fingerprint) { *firstSeen = fingerprint; });
        QObject::connect(&client, &rpc::RpcClient::certificateMismatch, &loop, [&loop, mismatch] {
            *mismatch = true;
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        client.open();
        loop.exec();
        return client.isConnected();
    }

    Certificate m_first;
    Certificate m_second;
};

} // namespace

TEST_F(TlsTest, SessionsAreEncryptedAndTheCertificateIsPinnedOnFirstUse)
{
    TestDatabase database(TestBackend::Sqlite);
    TestServer server(database);
    ASSERT_TRUE(startServer(server, m_first)) << server.error().toStdString();

    rpc::RpcClient client;
    client.setEndpoint({u"127.0.0.1"_s, server.port(), true});
    client.setAutoReconnect(false);
    QByteArray seen;
    bool mismatch = false;
    ASSERT_TRUE(connectTls(client, &seen, &mismatch));
    EXPECT_EQ(seen, m_first.fingerprint) << "the client learns the fingerprint to pin";
    EXPECT_FALSE(mismatch);

    TestClient session(server.port(), true);
    EXPECT_TRUE(session.login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword)).ok());
}

TEST_F(TlsTest, AChangedCertificateIsRefusedUntilAccepted)
{
    TestDatabase database(TestBackend::Sqlite);
    TestServer server(database);
    ASSERT_TRUE(startServer(server, m_second)) << server.error().toStdString();

    rpc::RpcClient client;
    client.setEndpoint({u"127.0.0.1"_s, server.port(), true});
    client.setTrustedFingerprint(m_first.fingerprint); // pinned earlier, against the first server
    QByteArray seen;
    bool mismatch = false;
    EXPECT_FALSE(connectTls(client, &seen, &mismatch));
    EXPECT_TRUE(mismatch);
    EXPECT_EQ(client.peerFingerprint(), m_second.fingerprint);
    EXPECT_EQ(client.state(), rpc::RpcClient::State::Disconnected)
        << "no retry behind the user's back";

    client.setTrustedFingerprint(m_second.fingerprint); // the user accepted the new certificate
    mismatch = false;
    EXPECT_TRUE(connectTls(client, &seen, &mismatch));
}

TEST_F(TlsTest, StalledHandshakesHoldUpNobodyAndAreDropped)
{
    TestDatabase database(TestBackend::Sqlite);
    TestServer server(database);
    ASSERT_TRUE(startServer(server, m_first)) << server.error().toStdString();
    std::vector<std::unique_ptr<QTcpSocket>> stalled;
    for (int i = 0; i < 200; ++i) {
        stalled.push_back(std::make_unique<QTcpSocket>());
        stalled.back()->connectToHost(u"127.0.0.1"_s, server.port());
        stalled.back()->waitForConnected(2000);
    }
    QElapsedTimer timer;
    timer.start();
    TestClient client(server.port(), true);
    EXPECT_TRUE(client.call(u"system.ping"_s).ok());
    EXPECT_LT(timer.elapsed(), 2000);
    QElapsedTimer wait;
    wait.start();
    while (stalled.front()->state() != QAbstractSocket::UnconnectedState && wait.elapsed() < 5000)
        stalled.front()->waitForReadyRead(100);
    EXPECT_EQ(stalled.front()->state(), QAbstractSocket::UnconnectedState)
        << "dropped after the handshake timeout";
}

TEST(Listening, RefusesClearTextBeyondLoopback)
{
    TestDatabase database(TestBackend::Sqlite);
    TestServer server(database);
    server.setArguments({u"--listen"_s, u"0.0.0.0:0"_s});
    EXPECT_FALSE(server.start());
    EXPECT_TRUE(server.error().contains(u"without TLS"_s)) << server.error().toStdString();
}
