#include "databaseconfig.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace frontline::server {

Result<DatabaseConfig, QString> DatabaseConfig::parse(const QString& spec)
{
    DatabaseConfig config;
    if (spec.startsWith(u"postgresql://"_s) || spec.startsWith(u"postgres://"_s)) {
        const QUrl url(spec, QUrl::StrictMode);
        if (!url.isValid() || url.path().size() < 2)
            return u"invalid PostgreSQL URL (expected postgresql://user:password@host:port/database)"_s;
        config.backend = Backend::Postgres;
        config.host = url.host().isEmpty() ? u"localhost"_s : url.host();
        config.port = url.port(5432);
        config.databaseName = url.path().mid(1);
        config.user = url.userName(QUrl::FullyDecoded);
        config.password = url.password(QUrl::FullyDecoded);
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto& [key, value] : items) {
            static const QStringList allowed {u"sslmode"_s, u"connect_timeout"_s,
                                              u"application_name"_s, u"sslrootcert"_s};
            if (!allowed.contains(key))
                return u"unsupported PostgreSQL URL option: "_s + key;
            options.append(key + u'=' + value);
        }
        config.connectOptions = options.join(u';');
        return config;
    }
    if (spec.isEmpty())
        return u"no database given"_s;
    config.backend = Backend::Sqlite;
    config.sqlitePath = spec;
    return config;
}

QString DatabaseConfig::describe() const
{
    if (backend == Backend::Sqlite)
        return u"SQLite "_s + sqlitePath;
    return u"PostgreSQL %1@%2:%3/%4"_s.arg(user, host).arg(port).arg(databaseName);
}

} // namespace frontline::server
