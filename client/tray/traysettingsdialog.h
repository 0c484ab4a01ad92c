#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace frontline::client {
class Autostart;
class ClientSettings;
class MailPreferences;
class Session;
namespace ui {
class MailPreferencesBox;
}
} // namespace frontline::client

namespace frontline::client::tray {

// The applet's settings: start with the desktop session, desktop notifications on or off, the
// appearance (as the system, light or dark), the notification mails the user gets and their
// language; who is logged in to which server, and logging out.
class TraySettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraySettingsDialog)

public:
    TraySettingsDialog(Session& session, Autostart& autostart, MailPreferences& mail,
                       QWidget* parent = nullptr);

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
    MailPreferences& m_mail;
    ui::MailPreferencesBox* m_mailBox;
};

} // namespace frontline::client::tray
