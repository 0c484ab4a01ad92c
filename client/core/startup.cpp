#include "startup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace frontline::client::startup {

void installTranslators(const QString& language)
{
    static QTranslator own;
    static QTranslator qt;
    QCoreApplication::removeTranslator(&own);
    QCoreApplication::removeTranslator(&qt);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (own.load(locale, u"frontline"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&own);
    if (qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

std::optional<rpc::ServerEndpoint> parseEndpoint(const QString& value, bool tls)
{
    rpc::ServerEndpoint endpoint;
    endpoint.tls = tls;
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon <= 0) {
        endpoint.host = value;
        return endpoint;
    }
    bool ok = false;
    endpoint.host = value.left(colon);
    endpoint.port = value.mid(colon + 1).toUShort(&ok);
    if (!ok || endpoint.port == 0)
        return std::nullopt;
    return endpoint;
}

std::optional<QList<rpc::ServerEndpoint>> parseEndpoints(const QString& value, bool tls)
{
    QList<rpc::ServerEndpoint> endpoints;
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
        const auto endpoint = parseEndpoint(part.trimmed(), tls);
        if (!endpoint || endpoint->host.isEmpty())
            return std::nullopt;
        endpoints.append(*endpoint);
    }
    if (endpoints.isEmpty())
        return std::nullopt;
    return endpoints;
}

} // namespace frontline::client::startup
