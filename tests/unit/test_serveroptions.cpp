#include "app/serveroptions.h"
#include "printers.h"
#include "storage/databaseconfig.h"

#include <gtest/gtest.h>

using namespace frontline::server;
using namespace Qt::StringLiterals;

namespace {

auto parse(QStringList arguments)
{
    arguments.prepend(u"frontline-server"_s);
    return ServerOptions::parse(arguments);
}

} // namespace

TEST(ServerOptions, DefaultsToLoopbackAndEmbeddedSqlite)
{
    const auto options = parse({});
    ASSERT_TRUE(options.ok()) << options.error().toStdString();
    EXPECT_EQ(options->listenHost, u"127.0.0.1"_s);
    EXPECT_EQ(options->listenPort, 7415);
    EXPECT_EQ(options->database.backend, Backend::Sqlite);
    EXPECT_TRUE(options->database.sqlitePath.endsWith(u"frontline.db"_s));
    EXPECT_FALSE(options->tlsEnabled());
}

TEST(ServerOptions, RefusesToListenBeyondLoopbackWithoutTls)
{
    const auto refused = parse({u"--listen"_s, u"0.0.0.0:7415"_s});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"TLS"_s));
    EXPECT_TRUE(parse({u"--listen"_s, u"0.0.0.0:7415"_s, u"--allow-insecure-remote"_s}).ok());
    EXPECT_TRUE(parse({u"--listen"_s, u"0.0.0.0:7415"_s, u"--tls-cert"_s, u"c.pem"_s,
                       u"--tls-key"_s, u"k.pem"_s})
                    .ok());
    EXPECT_TRUE(parse({u"--listen"_s, u"[::1]:7500"_s}).ok());
    EXPECT_TRUE(parse({u"--listen"_s, u"localhost:7500"_s}).ok());
}

TEST(ServerOptions, ExplainsBadValues)
{
    EXPECT_FALSE(parse({u"--listen"_s, u"7415"_s}).ok());
    EXPECT_FALSE(parse({u"--listen"_s, u"example.com:7415"_s}).ok());
    EXPECT_FALSE(parse({u"--tls-cert"_s, u"c.pem"_s}).ok()) << "certificate without key";
    EXPECT_FALSE(parse({u"--max-connections"_s, u"many"_s}).ok());
    EXPECT_FALSE(parse({u"--password-hash"_s, u"none"_s}).ok());
    EXPECT_FALSE(parse({u"--db"_s, u"postgresql://host/db?evil=1"_s}).ok());
}

TEST(ServerOptions, LimitsAreConfigurable)
{
    const auto options =
        parse({u"--max-message-size"_s, u"65536"_s, u"--max-connections-per-address"_s, u"50"_s,
               u"--idle-timeout"_s, u"120"_s, u"--login-failures-per-hour"_s, u"5"_s,
               u"--login-deadline"_s, u"30"_s});
    ASSERT_TRUE(options.ok()) << options.error().toStdString();
    EXPECT_EQ(options->limits.maxMessageBytes, 65536);
    EXPECT_EQ(options->limits.maxConnectionsPerAddress, 50);
    EXPECT_EQ(options->limits.authenticatedIdleMs, 120000);
    EXPECT_EQ(options->loginLimits.perAccount, 5);
    EXPECT_EQ(options->limits.loginDeadlineMs, 30000);
}

TEST(DatabaseConfig, ParsesPostgresUrlsWithoutLeakingPasswords)
{
    const auto config = DatabaseConfig::parse(
        u"postgresql://fl:s%40cret@db.example:5433/helpdesk?sslmode=require"_s);
    ASSERT_TRUE(config.ok()) << config.error().toStdString();
    EXPECT_EQ(config->backend, Backend::Postgres);
    EXPECT_EQ(config->host, u"db.example"_s);
    EXPECT_EQ(config->port, 5433);
    EXPECT_EQ(config->databaseName, u"helpdesk"_s);
    EXPECT_EQ(config->user, u"fl"_s);
    EXPECT_EQ(config->password, u"s@cret"_s);
    EXPECT_EQ(config->connectOptions, u"sslmode=require"_s);
    EXPECT_FALSE(config->describe().contains(u"s@cret"_s));
    EXPECT_FALSE(DatabaseConfig::parse(u"postgresql://host"_s).ok()) << "no database name";
}

TEST(ServerOptions, HttpIsOffUnlessAPortIsGivenAndNeedsTlsBeyondLoopbackLikeTcp)
{
    const auto plain = parse({});
    ASSERT_TRUE(plain.ok());
    EXPECT_FALSE(plain->httpPort.has_value());
    const auto on = parse({u"--http-port"_s, u"7416"_s});
    ASSERT_TRUE(on.ok()) << on.error().toStdString();
    EXPECT_EQ(on->httpPort, quint16(7416));
    const auto wrong = parse({u"--http-port"_s, u"70000"_s});
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().contains(u"--http-port"_s)) << wrong.error().toStdString();
    // The HTTP port is on the --listen address: beyond loopback, the same refusal without TLS.
    EXPECT_FALSE(parse({u"--listen"_s, u"0.0.0.0:7415"_s, u"--http-port"_s, u"7416"_s}).ok());
}
