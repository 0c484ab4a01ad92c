#include "clientsettings.h"

using namespace Qt::StringLiterals;

namespace frontline::client {

ClientSettings::ClientSettings(const QString& path)
    : m_settings(path.isEmpty() ? QSettings() : QSettings(path, QSettings::IniFormat))
{ }

rpc::ServerEndpoint ClientSettings::endpoint() const
{
    rpc::ServerEndpoint endpoint;
    endpoint.host = m_settings.value(u"server/host"_s, endpoint.host).toString();
    endpoint.port =
        static_cast<quint16>(m_settings.value(u"server/port"_s, endpoint.port).toUInt());
    endpoint.tls = m_settings.value(u"server/tls"_s, endpoint.tls).toBool();
    return endpoint;
}

void ClientSettings::setEndpoint(const rpc::ServerEndpoint& endpoint)
{
    m_settings.setValue(u"server/host"_s, endpoint.host);
    m_settings.setValue(u"server/port"_s, endpoint.port);
    m_settings.setValue(u"server/tls"_s, endpoint.tls);
}

QList<rpc::ServerEndpoint> ClientSettings::endpoints() const
{
    QList<rpc::ServerEndpoint> endpoints {endpoint()};
    // server/others: "host:port,host:port", with the first one's TLS setting.
    const QStringList others =
        m_settings.value(u"server/others"_s).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString& other : others) {
        const qsizetype colon = other.lastIndexOf(u':');
        rpc::ServerEndpoint next = endpoints.first();
        next.host = colon > 0 ? other.left(colon) : other;
        if (colon > 0)
            next.port = other.mid(colon + 1).toUShort();
        if (!next.host.isEmpty() && next.port != 0 && !endpoints.contains(next))
            endpoints.append(next);
    }
    return endpoints;
}

void ClientSettings::setEndpoints(const QList<rpc::ServerEndpoint>& endpoints)
{
    if (endpoints.isEmpty())
        return;
    setEndpoint(endpoints.first());
    QStringList others;
    for (qsizetype i = 1; i < endpoints.size(); ++i)
        others.append(endpoints[i].host + u':' + QString::number(endpoints[i].port));
    if (others.isEmpty())
        m_settings.remove(u"server/others"_s);
    else
        m_settings.setValue(u"server/others"_s, others.join(u','));
}

static QString fingerprintKey(const rpc::ServerEndpoint& endpoint)
{
    return u"certificates/"_s + endpoint.host + u'_' + QString::number(endpoint.port);
}

QByteArray ClientSettings::pinnedFingerprint(const rpc::ServerEndpoint& endpoint) const
{
    return QByteArray::fromHex(m_settings.value(fingerprintKey(endpoint)).toByteArray());
}

void ClientSettings::setPinnedFingerprint(const rpc::ServerEndpoint& endpoint,
                                          const QByteArray& sha256)
{
    m_settings.setValue(fingerprintKey(endpoint), sha256.toHex());
}

QString ClientSettings::lastUsername() const
{
    return m_settings.value(u"session/username"_s).toString();
}

void ClientSettings::setLastUsername(const QString& username)
{
    m_settings.setValue(u"session/username"_s, username);
}

QString ClientSettings::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void ClientSettings::setLanguage(const QString& language)
{
    m_settings.setValue(u"ui/language"_s, language);
}

ClientSettings::Appearance ClientSettings::appearance() const
{
    const QString value = m_settings.value(u"ui/appearance"_s).toString();
    if (value == u"light"_s)
        return Appearance::Light;
    if (value == u"dark"_s)
        return Appearance::Dark;
    return Appearance::System;
}

void ClientSettings::setAppearance(Appearance appearance)
{
    m_settings.setValue(u"ui/appearance"_s,
                        appearance == Appearance::Light      ? u"light"_s
                            : appearance == Appearance::Dark ? u"dark"_s
                                                             : u"system"_s);
}

QByteArray ClientSettings::value(const QString& key) const
{
    return m_settings.value(key).toByteArray();
}

void ClientSettings::setValue(const QString& key, const QByteArray& value)
{
    m_settings.setValue(key, value);
}

} // namespace frontline::client
