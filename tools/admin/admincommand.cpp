#include "admincommand.h"

#include "app/serverconfigfile.h"
#include "storage/sqlsession.h"

#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace frontline::admin {

int Command::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    if (!positional().isEmpty())
        parser.addPositionalArgument(u"what"_s, positional());
    addOptions(parser);
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        err(tr("Try: frontline-admin %1 --help").arg(name()));
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out(parser.helpText().replace(arguments.constFirst(), u"frontline-admin "_s + name()));
        return ExitOk;
    }
    return execute(parser);
}

void Command::out(const QString& text)
{
    QTextStream stream(stdout);
    stream << text << Qt::endl;
}

void Command::err(const QString& text)
{
    QTextStream stream(stderr);
    stream << text << Qt::endl;
}

Result<server::DatabaseConfig, QString> Command::parseDatabase(const QString& spec)
{
    QString value = spec;
    if (value.startsWith(u"sqlite:"_s))
        value = value.mid(7);
    if (value.isEmpty())
        return tr("no database given");
    return server::DatabaseConfig::parse(value);
}

Result<std::unique_ptr<server::SqlSession>, QString>
Command::open(const server::DatabaseConfig& config, const QString& connectionName)
{
    return server::SqlSession::open(config, connectionName);
}

void Command::addDatabaseOptions(QCommandLineParser& parser)
{
    parser.addOption({{u"database"_s, u"db"_s},
                      tr("The desk's database: a SQLite file (or sqlite:<file>) or a "
                         "postgresql:// URL, as the server's --db."),
                      tr("database")});
    parser.addOption({u"config"_s,
                      tr("The server's configuration file, whose db is used without --database."),
                      tr("file"), server::ServerConfigFile::defaultPath()});
}

QString Command::databaseSpec(const QCommandLineParser& parser, QString* error)
{
    if (!parser.value(u"database"_s).isEmpty())
        return parser.value(u"database"_s);
    const QString path = parser.value(u"config"_s);
    if (!parser.isSet(u"config"_s) && !QFile::exists(path)) {
        *error = tr("--database is required");
        return {};
    }
    auto settings = server::ServerConfigFile::read(path);
    if (!settings) {
        *error = settings.error();
        return {};
    }
    const QString db = settings->value(u"db"_s);
    if (db.isEmpty())
        *error = tr("%1 names no db; give --database").arg(path);
    return db;
}

bool Command::require(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.value(option).isEmpty())
        return true;
    err(tr("--%1 is required").arg(option));
    return false;
}

} // namespace frontline::admin
