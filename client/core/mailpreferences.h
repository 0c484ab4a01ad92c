#pragma once

#include "api/notifyapi.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace frontline::client {

class Session;

// The signed-in user's notification mails (issue 19): which kinds their role can receive, which
// of them they want, and the language their mails are written in (user.notification_prefs.*).
// The agent client's Settings and the applet's settings both render it.
class MailPreferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailPreferences)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString language READ language NOTIFY loaded)

public:
    explicit MailPreferences(Session& session, QObject* parent = nullptr);

    void load(); // loaded() or failed()
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }
    const QString& language() const { return m_prefs.language; }
    const QStringList& kinds() const { return m_prefs.kinds; } // in the server's order
    bool wants(const QString& kind) const { return !m_prefs.optedOut.contains(kind); }

    // Stores the language and the kinds wanted (every other kind the role can receive is
    // turned off); saved() once stored, failed() otherwise.
    void save(const QString& language, const QStringList& wanted);

    // Words for a kind ("Your ticket was resolved") and a language ("Deutsch"), for any screen.
    static QString kindLabel(const QString& kind);
    static QString languageLabel(const QString& language);

Q_SIGNALS:
    void busyChanged();
    void loaded();
    void saved();
    void failed(const QString& message);

private:
    void call(QLatin1StringView method, const QJsonObject& params, bool save);

    Session& m_session;
    api::NotificationPrefs m_prefs;
    bool m_loaded = false;
    int m_pending = 0;
};

} // namespace frontline::client
