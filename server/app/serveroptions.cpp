#include "serveroptions.h"

#include "app/serverconfigfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// Where a setting came from, for error messages: "--max-connections" or
// "max-connections in /etc/frontline/server.conf".
struct Setting
{
    QString value;
    QString origin;
};
using Settings = QMap<QString, Setting>;

Result<qint64, QString> number(const Settings& settings, const QString& name, qint64 minimum,
                               qint64 maximum)
{
    bool ok = false;
    const qint64 value = settings.value(name).value.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return ServerOptions::tr("%1 must be a number from %2 to %3")
            .arg(settings.value(name).origin)
            .arg(minimum)
            .arg(maximum);
    return value;
}

// A flag in the file: true or false (and the usual spellings of them).
std::optional<bool> flagValue(const QString& text)
{
    const QString value = text.toLower();
    if (value == u"true"_s || value == u"yes"_s || value == u"on"_s || value == u"1"_s)
        return true;
    if (value == u"false"_s || value == u"no"_s || value == u"off"_s || value == u"0"_s)
        return false;
    return std::nullopt;
}

// Every settable option's value: the command line, else the file, else the default. A key
// of the file that is no option, or a flag that is neither true nor false, is refused.
Result<Settings, QString> merge(const QCommandLineParser& parser,
                                const QList<QCommandLineOption>& settable,
                                QMap<QString, QString> fromFile, const QString& configFile)
{
    Settings settings;
    for (const QCommandLineOption& option : settable) {
        const QString name = option.names().constFirst();
        const bool flag = option.valueName().isEmpty();
        if (!parser.isSet(name) && fromFile.contains(name)) {
            QString value = fromFile.take(name);
            if (flag) {
                const auto on = flagValue(value);
                if (!on)
                    return ServerOptions::tr("%1 in %2 must be true or false")
                        .arg(name, configFile);
                value = *on ? u"true"_s : u"false"_s;
            }
            settings.insert(name, {value, ServerOptions::tr("%1 in %2").arg(name, configFile)});
            continue;
        }
        fromFile.remove(name);
        const QString value =
            flag ? (parser.isSet(name) ? u"true"_s : u"false"_s) : parser.value(name);
        settings.insert(name, {value, u"--"_s + name});
    }
    if (!fromFile.isEmpty())
        return ServerOptions::tr("%1: unknown key %2").arg(configFile, fromFile.firstKey());
    return settings;
}

} // namespace

QString ServerOptions::defaultDatabasePath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + u"/.frontline"_s;
    return folder + u"/frontline.db"_s;
}

QString ServerOptions::mailKeyPath() const
{
    if (!mailKeyFile.isEmpty())
        return mailKeyFile;
    const QString beside = database.backend == Backend::Sqlite && !database.sqlitePath.isEmpty()
        ? database.sqlitePath
        : defaultDatabasePath();
    return QFileInfo(beside).absoluteDir().filePath(u"frontline-mail.key"_s);
}

bool ServerOptions::listensOnLoopbackOnly() const
{
    if (listenHost == u"localhost"_s)
        return true;
    return QHostAddress(listenHost).isLoopback();
}

Result<ServerOptions, QString> ServerOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Frontline help desk server: tickets, workflow and push events over JSON-RPC 2.0."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        u"config"_s,
        tr("Configuration file: key = value lines, the keys being these options without --; "
           "the command line wins. Default: %1 when it exists.")
            .arg(ServerConfigFile::defaultPath()),
        tr("file"));
    parser.addOption(configOption);
    const ServerLimits limits;
    // Every option below can also be set in the configuration file.
    const QList<QCommandLineOption> settable {
        {u"db"_s, tr("SQLite database file, or postgresql://user:password@host:port/database."),
         tr("path-or-url"), defaultDatabasePath()},
        {u"listen"_s, tr("Address and port to listen on."), tr("host:port"), u"127.0.0.1:7415"_s},
        {u"http-port"_s,
         tr("Also serve HTTP on this port of the --listen address: JSON-RPC as POST /rpc with a "
            "bearer API token, the WebSocket at /ws, /metrics, /healthz and /readyz (TLS with "
            "--tls-cert). Off when not given; 0 picks a free port."),
         tr("port")},
        {u"tls-cert"_s, tr("TLS certificate (PEM); required to listen beyond loopback."),
         tr("file")},
        {u"tls-key"_s, tr("TLS private key (PEM) for --tls-cert."), tr("file")},
        {u"mail-key-file"_s,
         tr("Key that seals the passwords of the mailboxes and the mail relay (created, mode 0600, "
            "when missing; default: frontline-mail.key beside the SQLite database, or in the data "
            "folder)."),
         tr("file")},
        {u"allow-insecure-remote"_s,
         tr("Listen beyond loopback without TLS (passwords and tickets travel in clear text).")},
        {u"demo"_s, tr("Fill an empty database with realistic demo data.")},
        {u"demo-tickets"_s, tr("Number of demo tickets."), tr("count"), u"5000"_s},
        {u"readers"_s, tr("Threads serving reads."), tr("count"),
         QString::number(std::max(2, QThread::idealThreadCount()))},
        {u"password-hash"_s, tr("Argon2id cost: interactive, moderate, or minimal (tests only)."),
         tr("cost"), u"interactive"_s},
        {u"max-message-size"_s, tr("Largest accepted JSON-RPC message in bytes."), tr("bytes"),
         QString::number(limits.maxMessageBytes)},
        {u"max-attachment-size"_s, tr("Largest accepted attachment in bytes."), tr("bytes"),
         QString::number(limits.maxAttachmentBytes)},
        {u"requester-attachment-quota"_s,
         tr("Bytes of attachments one requester may store in all (staff have no quota)."),
         tr("bytes"), QString::number(limits.requesterAttachmentQuotaBytes)},
        {u"max-connections"_s, tr("Most connections in total."), tr("count"),
         QString::number(limits.maxConnections)},
        {u"max-connections-per-address"_s, tr("Most connections from one address."), tr("count"),
         QString::number(limits.maxConnectionsPerAddress)},
        {u"max-unauthenticated-per-address"_s,
         tr("Most connections not yet logged in from one address."), tr("count"),
         QString::number(limits.maxUnauthenticatedPerAddress)},
        {u"message-timeout"_s, tr("Milliseconds a client may take to finish a message."), tr("ms"),
         QString::number(limits.messageTimeoutMs)},
        {u"handshake-timeout"_s, tr("Milliseconds a client may take for the TLS handshake."),
         tr("ms"), QString::number(limits.handshakeTimeoutMs)},
        {u"idle-timeout"_s, tr("Seconds of silence before a logged-in connection is closed."),
         tr("seconds"), QString::number(limits.authenticatedIdleMs / 1000)},
        {u"login-idle-timeout"_s, tr("Seconds of silence allowed before logging in."),
         tr("seconds"), QString::number(limits.unauthenticatedIdleMs / 1000)},
        {u"login-deadline"_s,
         tr("Seconds a connection has to log in, from connecting, whatever it sends."),
         tr("seconds"), QString::number(limits.loginDeadlineMs / 1000)},
        {u"session-days"_s, tr("Days a login token stays valid."), tr("days"), u"30"_s},
        {u"login-failures-per-hour"_s, tr("Failed logins allowed per account and hour."),
         tr("count"), u"100"_s},
        {u"rebuild-batch"_s,
         tr("Events or rows per step when the KPI rollups or the search index are rebuilt in "
            "the background."),
         tr("count"), QString::number(RebuildPacing::DefaultChunk)},
        {u"rebuild-pause"_s,
         tr("Milliseconds to pause between the steps of a background rebuild (gentler on a "
            "busy database)."),
         tr("ms"), u"0"_s},
        {u"webhook-timeout"_s,
         tr("Seconds a webhook receiver may take to answer; a delivery not answered by then is "
            "sent again later (with the same delivery id)."),
         tr("seconds"), u"30"_s},
        {u"log-level"_s, tr("Least severe messages logged: error, warning, info or debug."),
         tr("level"), u"info"_s},
    };
    parser.addOptions(settable);
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst());

    ServerOptions options;
    options.configFile = parser.value(configOption);
    if (!parser.isSet(configOption) && QFile::exists(ServerConfigFile::defaultPath()))
        options.configFile = ServerConfigFile::defaultPath();
    QMap<QString, QString> fromFile;
    if (!options.configFile.isEmpty()) {
        auto read = ServerConfigFile::read(options.configFile);
        if (!read)
            return read.error();
        fromFile = *read;
    }
    auto merged = merge(parser, settable, fromFile, options.configFile);
    if (!merged)
        return merged.error();
    const Settings& settings = *merged;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        options.settings.insert(it.key(), it->value);
    const auto value = [&settings](const QString& name) { return settings.value(name).value; };
    const auto origin = [&settings](const QString& name) { return settings.value(name).origin; };

    auto database = DatabaseConfig::parse(value(u"db"_s));
    if (!database)
        return tr("%1: %2").arg(origin(u"db"_s), database.error());
    options.database = *database;

    const QString listen = value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon < 0 ? 0 : listen.mid(colon + 1).toUInt(&portOk);
    if (colon < 0 || !portOk || port > 65535)
        return tr("%1 must be host:port, e.g. 127.0.0.1:7415 or [::1]:7415")
            .arg(origin(u"listen"_s));
    QString host = listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        host = u"0.0.0.0"_s;
    if (host != u"localhost"_s && QHostAddress(host).isNull())
        return tr("%1: %2 is not an IP address").arg(origin(u"listen"_s), host);
    options.listenHost = host;
    options.listenPort = static_cast<quint16>(port);

    if (!value(u"http-port"_s).isEmpty()) {
        auto httpPort = number(settings, u"http-port"_s, 0, 65535);
        if (!httpPort)
            return httpPort.error();
        options.httpPort = static_cast<quint16>(*httpPort);
    }

    options.tlsCertificateFile = value(u"tls-cert"_s);
    options.tlsKeyFile = value(u"tls-key"_s);
    options.mailKeyFile = value(u"mail-key-file"_s);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return tr("--tls-cert and --tls-key go together");
    options.allowInsecureRemote = value(u"allow-insecure-remote"_s) == u"true"_s;
    if (!options.listensOnLoopbackOnly() && !options.tlsEnabled() && !options.allowInsecureRemote)
        return tr("refusing to listen on %1 without TLS: give --tls-cert and --tls-key, or "
                  "--allow-insecure-remote if the network is trusted")
            .arg(host);

    options.demo = value(u"demo"_s) == u"true"_s;
    bool costOk = false;
    options.passwordCost = PasswordHasher::costFromName(value(u"password-hash"_s), &costOk);
    if (!costOk)
        return tr("%1 must be interactive, moderate or minimal").arg(origin(u"password-hash"_s));
    options.logLevel = value(u"log-level"_s);
    static const QStringList levels {u"error"_s, u"warning"_s, u"info"_s, u"debug"_s};
    if (!levels.contains(options.logLevel))
        return tr("%1 must be error, warning, info or debug").arg(origin(u"log-level"_s));

    struct NumberOption
    {
        QString name;
        qint64 minimum;
        qint64 maximum;
        std::function<void(qint64)> apply;
    };
    ServerOptions* o = &options;
    const QList<NumberOption> numbers {
        {u"demo-tickets"_s, 0, 10000000, [o](qint64 v) { o->demoTickets = int(v); }},
        {u"readers"_s, 1, 64, [o](qint64 v) { o->readerThreads = int(v); }},
        {u"max-message-size"_s, 1024, 256 * 1024 * 1024,
         [o](qint64 v) { o->limits.maxMessageBytes = v; }},
        {u"max-attachment-size"_s, 1, 1024LL * 1024 * 1024,
         [o](qint64 v) { o->limits.maxAttachmentBytes = v; }},
        {u"requester-attachment-quota"_s, 1, 1024LL * 1024 * 1024 * 1024,
         [o](qint64 v) { o->limits.requesterAttachmentQuotaBytes = v; }},
        {u"max-connections"_s, 1, 1000000, [o](qint64 v) { o->limits.maxConnections = int(v); }},
        {u"max-connections-per-address"_s, 1, 1000000,
         [o](qint64 v) { o->limits.maxConnectionsPerAddress = int(v); }},
        {u"max-unauthenticated-per-address"_s, 1, 1000000,
         [o](qint64 v) { o->limits.maxUnauthenticatedPerAddress = int(v); }},
        {u"message-timeout"_s, 100, 3600000,
         [o](qint64 v) { o->limits.messageTimeoutMs = int(v); }},
        {u"handshake-timeout"_s, 100, 600000,
         [o](qint64 v) { o->limits.handshakeTimeoutMs = int(v); }},
        {u"idle-timeout"_s, 1, 86400,
         [o](qint64 v) { o->limits.authenticatedIdleMs = int(v * 1000); }},
        {u"login-idle-timeout"_s, 1, 86400,
         [o](qint64 v) { o->limits.unauthenticatedIdleMs = int(v * 1000); }},
        {u"login-deadline"_s, 1, 86400,
         [o](qint64 v) { o->limits.loginDeadlineMs = int(v * 1000); }},
        {u"session-days"_s, 1, 3650,
         [o](qint64 v) { o->limits.sessionTtlMs = v * 24 * 3600 * 1000; }},
        {u"login-failures-per-hour"_s, 1, 100000,
         [o](qint64 v) { o->loginLimits.perAccount = int(v); }},
        {u"rebuild-batch"_s, 1, 1000000, [o](qint64 v) { o->rebuildPacing.chunk = int(v); }},
        {u"rebuild-pause"_s, 0, 60000,
         [o](qint64 v) { o->rebuildPacing.pause = std::chrono::milliseconds(v); }},
        {u"webhook-timeout"_s, 1, 600, [o](qint64 v) { o->webhookTimeoutMs = int(v * 1000); }},
    };
    for (const NumberOption& option : numbers) {
        auto parsed = number(settings, option.name, option.minimum, option.maximum);
        if (!parsed)
            return parsed.error();
        option.apply(*parsed);
    }
    return options;
}

QStringList ServerOptions::liveKeys()
{
    return {u"log-level"_s,
            u"max-connections"_s,
            u"max-connections-per-address"_s,
            u"max-unauthenticated-per-address"_s,
            u"message-timeout"_s,
            u"handshake-timeout"_s,
            u"idle-timeout"_s,
            u"login-idle-timeout"_s,
            u"login-deadline"_s};
}

ServerOptions::Reload ServerOptions::adoptLive(const ServerOptions& next)
{
    Reload reload;
    for (auto it = next.settings.cbegin(); it != next.settings.cend(); ++it) {
        if (settings.value(it.key()) == it.value())
            continue;
        if (liveKeys().contains(it.key()))
            reload.applied.append(it.key());
        else
            reload.needRestart.append(it.key());
    }
    logLevel = next.logLevel;
    limits.maxConnections = next.limits.maxConnections;
    limits.maxConnectionsPerAddress = next.limits.maxConnectionsPerAddress;
    limits.maxUnauthenticatedPerAddress = next.limits.maxUnauthenticatedPerAddress;
    limits.messageTimeoutMs = next.limits.messageTimeoutMs;
    limits.handshakeTimeoutMs = next.limits.handshakeTimeoutMs;
    limits.authenticatedIdleMs = next.limits.authenticatedIdleMs;
    limits.unauthenticatedIdleMs = next.limits.unauthenticatedIdleMs;
    limits.loginDeadlineMs = next.limits.loginDeadlineMs;
    for (const QString& key : liveKeys())
        settings.insert(key, next.settings.value(key));
    applyLogLevel();
    return reload;
}

void ServerOptions::applyLogLevel() const
{
    // Categories default to info (server/logging.cpp); the rules move the threshold.
    QString rules;
    if (logLevel == u"debug"_s)
        rules = u"frontline.*.debug=true\nfrontline.debug=true"_s;
    else if (logLevel == u"warning"_s || logLevel == u"error"_s)
        rules = u"frontline.*.info=false\nfrontline.info=false"_s;
    if (logLevel == u"error"_s)
        rules += u"\nfrontline.*.warning=false\nfrontline.warning=false"_s;
    QLoggingCategory::setFilterRules(rules);
}

} // namespace frontline::server
