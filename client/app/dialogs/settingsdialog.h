#pragma once

#include <QDialog>

class QComboBox;

namespace frontline::client {
class ClientSettings;
}

namespace frontline::client::ui {

// The user's preferences: the language (the system's, or English, German, French), and the way
// to the security settings (two-factor sign-in).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(ClientSettings& settings, QWidget* parent = nullptr);
    void accept() override;

Q_SIGNALS:
    void languageChanged(const QString& language);
    void securityRequested();

private:
    ClientSettings& m_settings;
    QComboBox* m_language;
};

} // namespace frontline::client::ui
