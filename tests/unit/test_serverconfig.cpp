#include "app/serverconfigfile.h"
#include "app/serveroptions.h"
#include "printers.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline::server;
using namespace Qt::StringLiterals;

namespace {

// server.conf files written into a temporary folder, parsed with the command line given.
class ServerConfig : public ::testing::Test
{
protected:
    QString write(const QByteArray& text)
    {
        const QString path = m_dir.filePath(u"server.conf"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        return path;
    }
    auto parse(const QByteArray& text, QStringList arguments = {})
    {
        arguments.prepend(write(text));
        arguments.prepend(u"--config"_s);
        arguments.prepend(u"frontline-server"_s);
        return ServerOptions::parse(arguments);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ServerConfig, TheFileSetsOptionsAndTheCommandLineWins)
{
    const QByteArray text = "# the service's settings\n"
                            "db = /var/lib/frontline/frontline.db\n"
                            "listen = 127.0.0.1:7500\n"
                            "\n"
                            "; limits\n"
                            "max-connections = 300\n"
                            "idle-timeout=120\n"
                            "log-level = \"warning\"\n"
                            "demo = yes\n";
    const auto options = parse(text);
    ASSERT_TRUE(options.ok()) << options.error().toStdString();
    EXPECT_EQ(options->database.sqlitePath, u"/var/lib/frontline/frontline.db"_s);
    EXPECT_EQ(options->listenPort, 7500);
    EXPECT_EQ(options->limits.maxConnections, 300);
    EXPECT_EQ(options->limits.authenticatedIdleMs, 120000);
    EXPECT_EQ(options->logLevel, u"warning"_s);
    EXPECT_TRUE(options->demo);
    EXPECT_EQ(options->configFile, m_dir.filePath(u"server.conf"_s));

    const auto overridden =
        parse(text, {u"--max-connections"_s, u"40"_s, u"--listen"_s, u"127.0.0.1:7600"_s});
    ASSERT_TRUE(overridden.ok()) << overridden.error().toStdString();
    EXPECT_EQ(overridden->limits.maxConnections, 40);
    EXPECT_EQ(overridden->listenPort, 7600);
    EXPECT_EQ(overridden->limits.authenticatedIdleMs, 120000) << "the rest still from the file";
}

TEST_F(ServerConfig, EveryOptionCanBeSetInTheFile)
{
    // The effective settings of a plain start, written back as a file, are all accepted.
    const auto defaults = parse("");
    ASSERT_TRUE(defaults.ok()) << defaults.error().toStdString();
    ASSERT_GE(defaults->settings.size(), 25);
    QByteArray text;
    for (auto it = defaults->settings.cbegin(); it != defaults->settings.cend(); ++it)
        text += it.key().toUtf8() + " = " + it.value().toUtf8() + '\n';
    const auto again = parse(text);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(again->settings, defaults->settings);
}

TEST_F(ServerConfig, RefusesUnknownKeysAndBadValuesNamingThem)
{
    const auto unknown = parse("max-connections = 10\nmax-conections = 5\n");
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(u"unknown key max-conections"_s))
        << unknown.error().toStdString();

    const auto notANumber = parse("max-connections = many\n");
    ASSERT_FALSE(notANumber.ok());
    EXPECT_TRUE(notANumber.error().startsWith(u"max-connections in "_s))
        << notANumber.error().toStdString();

    const auto badFlag = parse("allow-insecure-remote = maybe\n");
    ASSERT_FALSE(badFlag.ok());
    EXPECT_TRUE(badFlag.error().contains(u"allow-insecure-remote"_s));

    const auto badLevel = parse("log-level = chatty\n");
    ASSERT_FALSE(badLevel.ok());
    EXPECT_TRUE(badLevel.error().contains(u"log-level"_s));

    const auto notAnOption = parse("config = /etc/other.conf\n");
    ASSERT_FALSE(notAnOption.ok()) << "--config itself is not a setting of the file";

    const auto badListen = parse("listen = 0.0.0.0:7415\n");
    ASSERT_FALSE(badListen.ok()) << "the file obeys the same rules (no TLS beyond loopback)";
    EXPECT_TRUE(badListen.error().contains(u"TLS"_s));
}

TEST_F(ServerConfig, SyntaxErrorsNameTheLine)
{
    const auto noEquals = parse("listen = 127.0.0.1:7415\nmax-connections 10\n");
    ASSERT_FALSE(noEquals.ok());
    EXPECT_TRUE(noEquals.error().contains(u"server.conf:2"_s)) << noEquals.error().toStdString();

    const auto twice = parse("readers = 2\nreaders = 3\n");
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().contains(u"readers is given twice"_s));

    const auto missing = ServerOptions::parse(
        {u"frontline-server"_s, u"--config"_s, m_dir.filePath(u"absent.conf"_s)});
    ASSERT_FALSE(missing.ok()) << "a file named on the command line must exist";
    EXPECT_TRUE(missing.error().contains(u"absent.conf"_s));
}

TEST_F(ServerConfig, AValueKeepsItsHashAndEqualsSigns)
{
    const auto options = parse("db = /srv/help#desk/a=b/frontline.db\n");
    ASSERT_TRUE(options.ok()) << options.error().toStdString();
    EXPECT_EQ(options->database.sqlitePath, u"/srv/help#desk/a=b/frontline.db"_s);
}

TEST_F(ServerConfig, AReloadAdoptsLiveKeysAndListsTheRest)
{
    auto running = parse("max-connections = 100\nlogin-deadline = 60\nreaders = 2\n");
    ASSERT_TRUE(running.ok()) << running.error().toStdString();
    const auto next = parse("max-connections = 5\nlogin-deadline = 10\nreaders = 4\n"
                            "log-level = debug\nmax-attachment-size = 1000\n");
    ASSERT_TRUE(next.ok()) << next.error().toStdString();

    const auto reload = running->adoptLive(*next);
    EXPECT_EQ(reload.applied,
              (QStringList {u"log-level"_s, u"login-deadline"_s, u"max-connections"_s}));
    EXPECT_EQ(reload.needRestart, (QStringList {u"max-attachment-size"_s, u"readers"_s}));
    EXPECT_EQ(running->limits.maxConnections, 5);
    EXPECT_EQ(running->limits.loginDeadlineMs, 10000);
    EXPECT_EQ(running->readerThreads, 2) << "a restart setting stays as started";
    EXPECT_NE(running->limits.maxAttachmentBytes, 1000);
    EXPECT_TRUE(running->adoptLive(*next).applied.isEmpty()) << "nothing changed the second time";

    ServerOptions quiet = *running;
    quiet.logLevel = u"info"_s;
    quiet.applyLogLevel(); // leave the process as the other tests expect it
}

TEST(ServerConfigFile, ThePackagedDefaultIsValid)
{
    const QString path = QStringLiteral(FRONTLINE_SOURCE_DIR) + u"/packaging/server.conf"_s;
    ASSERT_TRUE(QFile::exists(path));
    const auto options = ServerOptions::parse({u"frontline-server"_s, u"--config"_s, path});
    ASSERT_TRUE(options.ok()) << options.error().toStdString();
    EXPECT_EQ(options->database.sqlitePath, u"/var/lib/frontline/frontline.db"_s);
    EXPECT_TRUE(options->listensOnLoopbackOnly());
}
