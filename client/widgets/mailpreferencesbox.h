#pragma once

#include <QGroupBox>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;

namespace frontline::client {
class MailPreferences;
}

namespace frontline::client::ui {

// "E-mail notifications" in the agent client's Settings and the applet's settings: the language
// mails are written in, and one box per notification mail the user's role can receive. Renders
// MailPreferences (loaded when the box is made) and hands the choices back to it.
class MailPreferencesBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailPreferencesBox)

public:
    explicit MailPreferencesBox(MailPreferences& prefs, QWidget* parent = nullptr);

    // Whether the user changed anything since the preferences were loaded.
    bool isChanged() const;
    // Stores the choices: MailPreferences::saved() or failed() answers (the message is shown).
    void save();

private:
    void showPreferences();
    QString language() const;
    QStringList wanted() const;

    MailPreferences& m_prefs;
    QComboBox* m_language;
    QHash<QString, QCheckBox*> m_kinds;
    QWidget* m_kindsBox;
    QLabel* m_status;
};

} // namespace frontline::client::ui
