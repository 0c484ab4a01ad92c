#include "serveroptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>
#include <QThread>

#include <functional>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

Result<qint64, QString> number(const QCommandLineParser& parser, const QString& name,
                               qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return ServerOptions::tr("--%1 must be a number from %2 to %3")
            .arg(name)
            .arg(minimum)
            .arg(maximum);
    return value;
}

} // namespace

QString ServerOptions::defaultDatabasePath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + u"/.frontline"_s;
    return folder + u"/frontline.db"_s;
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
    const ServerLimits limits;
    parser.addOptions({
        {u"db"_s, tr("SQLite database file, or postgresql://user:password@host:port/database."),
         tr("path-or-url"), defaultDatabasePath()},
        {u"listen"_s, tr("Address and port to listen on."), tr("host:port"), u"127.0.0.1:7415"_s},
        {u"tls-cert"_s, tr("TLS certificate (PEM); required to listen beyond loopback."),
         tr("file")},
        {u"tls-key"_s, tr("TLS private key (PEM) for --tls-cert."), tr("file")},
        {u"mail-key-file"_s,
         tr("Key sealing the stored mail passwords (made, mode 0600, if missing; default: beside "
            "the SQLite file, or mail.key in the data folder)."),
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
    });
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst());

    ServerOptions options;
    auto database = DatabaseConfig::parse(parser.value(u"db"_s));
    if (!database)
        return tr("--db: %1").arg(database.error());
    options.database = *database;

    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon < 0 ? 0 : listen.mid(colon + 1).toUInt(&portOk);
    if (colon < 0 || !portOk || port > 65535)
        return tr("--listen must be host:port, e.g. 127.0.0.1:7415 or [::1]:7415");
    QString host = listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        host = u"0.0.0.0"_s;
    if (host != u"localhost"_s && QHostAddress(host).isNull())
        return tr("--listen: %1 is not an IP address").arg(host);
    options.listenHost = host;
    options.listenPort = static_cast<quint16>(port);

    options.tlsCertificateFile = parser.value(u"tls-cert"_s);
    options.tlsKeyFile = parser.value(u"tls-key"_s);
    options.mailKeyFile = parser.value(u"mail-key-file"_s);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return tr("--tls-cert and --tls-key go together");
    options.allowInsecureRemote = parser.isSet(u"allow-insecure-remote"_s);
    if (!options.listensOnLoopbackOnly() && !options.tlsEnabled() && !options.allowInsecureRemote)
        return tr("refusing to listen on %1 without TLS: give --tls-cert and --tls-key, or "
                  "--allow-insecure-remote if the network is trusted")
            .arg(host);

    options.demo = parser.isSet(u"demo"_s);
    bool costOk = false;
    options.passwordCost = PasswordHasher::costFromName(parser.value(u"password-hash"_s), &costOk);
    if (!costOk)
        return tr("--password-hash must be interactive, moderate or minimal");

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
    };
    for (const NumberOption& option : numbers) {
        auto value = number(parser, option.name, option.minimum, option.maximum);
        if (!value)
            return value.error();
        option.apply(*value);
    }
    return options;
}

} // namespace frontline::server
