#pragma once

#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "core/result.h"
#include "rpc/serverlimits.h"
#include "storage/databaseconfig.h"
#include "storage/rebuildtracker.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace frontline::server {

// frontline-server's command line, parsed into values (testable without starting anything).
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    DatabaseConfig database;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 7415;
    QString tlsCertificateFile;
    QString tlsKeyFile;
    QString mailKeyFile; // --mail-key-file; empty: mailKeyFile() picks the default
    bool allowInsecureRemote = false;
    bool demo = false;
    int demoTickets = 5000;
    int readerThreads = 2;
    PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive;
    ServerLimits limits;
    LoginThrottle::Limits loginLimits;
    RebuildPacing rebuildPacing; // derived tables rebuilt in the background

    bool tlsEnabled() const { return !tlsCertificateFile.isEmpty(); }
    bool listensOnLoopbackOnly() const;

    // Parses argv (arguments()[0] is the program); the error says what to fix. --help and
    // --version print and exit, as command-line tools do.
    static Result<ServerOptions, QString> parse(const QStringList& arguments);
    static QString defaultDatabasePath();
};

} // namespace frontline::server
