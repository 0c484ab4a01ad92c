#pragma once

#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "core/result.h"
#include "rpc/serverlimits.h"
#include "storage/databaseconfig.h"
#include "storage/rebuildtracker.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server {

// frontline-server's command line, parsed into values (testable without starting anything).
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    DatabaseConfig database;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 7415;
    // The HTTP listener (POST /rpc, /ws, /metrics, /healthz, /readyz) on listenHost: off when
    // unset; 0 picks a free port.
    std::optional<quint16> httpPort;
    QString tlsCertificateFile;
    QString tlsKeyFile;
    QString mailKeyFile; // empty: mailKeyPath() chooses
    bool allowInsecureRemote = false;
    bool demo = false;
    int demoTickets = 5000;
    int readerThreads = 2;
    PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive;
    ServerLimits limits;
    LoginThrottle::Limits loginLimits;
    RebuildPacing rebuildPacing; // derived tables rebuilt in the background
    int webhookTimeoutMs = 30000; // a receiver's time to answer; then the delivery is retried
    QString logLevel = QStringLiteral("info"); // error, warning, info or debug
    QString configFile; // the server.conf read, if any
    // Every option's effective value by key (command line, else configuration file, else
    // default): what a reload compares.
    QMap<QString, QString> settings;

    bool tlsEnabled() const { return !tlsCertificateFile.isEmpty(); }
    bool listensOnLoopbackOnly() const;

    // Parses argv (arguments()[0] is the program) and the configuration file (--config, else
    // ServerConfigFile::defaultPath() when it exists); the command line wins over the file.
    // The error names the option or key and says what to fix. --help and --version print and
    // exit, as command-line tools do.
    static Result<ServerOptions, QString> parse(const QStringList& arguments);
    static QString defaultDatabasePath();

    // The keys a running server takes over on SIGHUP (log level, connection caps and
    // timeouts: all read on the network thread that applies them); any other changed key
    // needs a restart.
    static QStringList liveKeys();
    struct Reload
    {
        QStringList applied; // live keys whose value changed, now in effect
        QStringList needRestart; // changed keys that take effect at the next start
    };
    // Takes over the live settings of `next` (a fresh parse) and lists what changed.
    Reload adoptLive(const ServerOptions& next);
    // Sets the frontline.* logging categories to logLevel (process-wide).
    void applyLogLevel() const;
    // The mail key: --mail-key-file, else frontline-mail.key beside the SQLite database (or in
    // the folder of the default database for PostgreSQL).
    QString mailKeyPath() const;
};

} // namespace frontline::server
