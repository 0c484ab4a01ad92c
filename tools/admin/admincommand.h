#pragma once

#include "core/result.h"
#include "storage/databaseconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace frontline::server {
class SqlSession;
}

namespace frontline::admin {

// The exit codes of every command (docs/operations.md).
enum ExitCode {
    ExitOk = 0,
    ExitFindings = 1, // check found problems; restore or migrate found differences
    ExitUsage = 2, // wrong arguments
    ExitFailed = 3, // could not do the work (database unreachable, file unreadable, refused)
};

// One sub-command of frontline-admin: its options, its --help, and its work.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual QString brief() const = 0; // one line, for the list of commands

    // `arguments`: the command's own, starting with the program name.
    int run(const QStringList& arguments);

protected:
    virtual void addOptions(QCommandLineParser& parser) = 0;
    virtual int execute(const QCommandLineParser& parser) = 0;
    // Positional arguments this command takes, for --help (e.g. "users|orgs").
    virtual QString positional() const { return {}; }

    static void out(const QString& text); // stdout, a line
    static void err(const QString& text); // stderr, a line
    // A database as the server's --db takes it, or sqlite:<file>.
    static Result<server::DatabaseConfig, QString> parseDatabase(const QString& spec);
    static Result<std::unique_ptr<server::SqlSession>, QString>
    open(const server::DatabaseConfig& config, const QString& connectionName);
    // --database, and --config <server.conf> whose `db` is used when --database is not given
    // (the packaged service's file by default, when it exists).
    static void addDatabaseOptions(QCommandLineParser& parser);
    // Empty, with `error` set, when there is none.
    static QString databaseSpec(const QCommandLineParser& parser, QString* error);
    // A required option's value; reports it missing.
    static bool require(const QCommandLineParser& parser, const QString& option);
};

} // namespace frontline::admin
