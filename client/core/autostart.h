#pragma once

#include <QString>
#include <QStringList>

namespace frontline::client {

// Starting the tray applet with the desktop session, per user: an XDG autostart entry on
// Linux (~/.config/autostart/frontline-tray.desktop), a LaunchAgent on macOS, the Run key on
// Windows. `configDir` (tests) replaces the user's configuration folder on Linux and macOS.
class Autostart
{
public:
    Autostart(QString program, QStringList arguments, QString configDir = {});

    bool isEnabled() const;
    // False with `error` set when the entry cannot be written or removed.
    bool setEnabled(bool enabled, QString* error);
    // Where the entry lives (a file, or the registry key's name).
    QString location() const;
    // The XDG desktop entry that starts the applet.
    QString desktopEntry() const;

private:
    QString m_program;
    QStringList m_arguments;
    QString m_configDir;
};

} // namespace frontline::client
