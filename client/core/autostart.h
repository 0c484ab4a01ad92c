#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::client {

// Starting the tray applet with the desktop session, per user: an XDG autostart entry on
// Linux (~/.config/autostart/frontline-tray.desktop), a LaunchAgent on macOS, the Run key on
// Windows. `configDir` (tests) replaces the user's configuration folder on Linux and macOS.
//
// On Linux the frontline-tray package installs a system-wide entry (/etc/xdg/autostart). Per
// the XDG autostart specification a user's entry of the same name replaces it, so turning
// autostart off while a system entry exists writes a user entry with `Hidden=true`; turning it
// on writes a normal one. `systemConfigDirs` (tests) replaces $XDG_CONFIG_DIRS.
class Autostart
{
public:
    Autostart(QString program, QStringList arguments, QString configDir = {},
              std::optional<QStringList> systemConfigDirs = std::nullopt);

    bool isEnabled() const;
    // False with `error` set when the entry cannot be written or removed.
    bool setEnabled(bool enabled, QString* error);
    // Where the entry lives (a file, or the registry key's name).
    QString location() const;
    // The XDG desktop entry that starts the applet.
    QString desktopEntry() const;
    // The system-wide entry that starts the applet for everyone unless a user hides it, or
    // empty when there is none (Linux only).
    QString systemEntry() const;

private:
    QString m_program;
    QStringList m_arguments;
    QString m_configDir;
    QStringList m_systemConfigDirs;
};

} // namespace frontline::client
