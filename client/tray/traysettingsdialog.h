#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace frontline::client {
class Autostart;
class ClientSettings;
class Session;
} // namespace frontline::client

namespace frontline::client::tray {

// The applet's settings: start with the desktop session, desktop notifications on or off, the
// appearance (as the system, light or dark); who is logged in to which server, and logging out.
class TraySettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraySettingsDialog)

public:
    TraySettingsDialog(Session& session, Autostart& autostart, QWidget* parent = nullptr);

    void accept() override;

    // Whether replies and announcements pop up on the desktop (default: yes).
    static bool notificationsEnabled(ClientSettings& settings);

Q_SIGNALS:
    void logoutRequested();

private:
    Session& m_session;
    Autostart& m_autostart;
    QCheckBox* m_autostartBox;
    QCheckBox* m_notifyBox;
    QComboBox* m_appearance;
};

} // namespace frontline::client::tray
