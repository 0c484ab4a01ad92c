#pragma once

#include <QDialog>

class QComboBox;

namespace frontline::client {
class ClientSettings;
class MailPreferences;
} // namespace frontline::client

namespace frontline::client::ui {

class MailPreferencesBox;

// The user's preferences: the language (the system's, or English, German, French), the
// appearance (as the system, light or dark; applied at once), the way to the security settings
// (two-factor sign-in), and the notification mails they get and their language (stored on the
// server).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(ClientSettings& settings, MailPreferences& mail, QWidget* parent = nullptr);
    void accept() override;

Q_SIGNALS:
    void languageChanged(const QString& language);
    void securityRequested();
    void delegationRequested(); // away: hand one's approvals to someone else

private:
    ClientSettings& m_settings;
    QComboBox* m_language;
    QComboBox* m_appearance;
    MailPreferences& m_mail;
    MailPreferencesBox* m_mailBox;
};

} // namespace frontline::client::ui
