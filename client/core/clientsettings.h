#pragma once

#include "rpc/serverendpoint.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>

namespace frontline::client {

// What the client remembers between runs: the server, pinned certificate fingerprints, the
// last user, the language, the appearance. Never a password or a token (those go to the
// keychain).
class ClientSettings
{
public:
    // `path` empty: the platform's user settings; tests give a file.
    explicit ClientSettings(const QString& path = {});

    rpc::ServerEndpoint endpoint() const;
    void setEndpoint(const rpc::ServerEndpoint& endpoint);
    // The server and the other servers of the same desk (one database), in the order tried.
    QList<rpc::ServerEndpoint> endpoints() const;
    void setEndpoints(const QList<rpc::ServerEndpoint>& endpoints);

    QByteArray pinnedFingerprint(const rpc::ServerEndpoint& endpoint) const;
    void setPinnedFingerprint(const rpc::ServerEndpoint& endpoint, const QByteArray& sha256);

    QString lastUsername() const;
    void setLastUsername(const QString& username);

    // "" follows the system; otherwise a language code (en, de, fr).
    QString language() const;
    void setLanguage(const QString& language);

    // Light or dark: as the system, or chosen (the widgets' Theme applies it).
    enum class Appearance { System, Light, Dark };
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    QByteArray value(const QString& key) const;
    void setValue(const QString& key, const QByteArray& value);

private:
    mutable QSettings m_settings;
};

} // namespace frontline::client
