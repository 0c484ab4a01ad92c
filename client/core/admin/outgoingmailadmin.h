#pragma once

#include "api/notifyapi.h"
#include "client/core/admin/admincontroller.h"

namespace frontline::client {

// The controller of the outgoing mail settings (admins, issue 19): the SMTP relay notification
// mails go through (configuration key "smtp"). The password only goes out: loaded settings say
// whether one is stored (passwordSet); saving without one keeps it, an empty one removes it.
// A refusal names the setting's own field ("port"), not "value.port".
class OutgoingMailAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutgoingMailAdmin)

public:
    explicit OutgoingMailAdmin(Session& session, QObject* parent = nullptr);

    void reload(); // loaded() when the settings are in
    const api::SmtpSettings& settings() const { return m_settings; }
    bool isConfigured() const { return m_configured; } // false: nothing saved yet (defaults)

    // Answers with saved() (the settings as stored now) or refused().
    void save(const api::SmtpSettings& settings);

    // The field a refusal of the key's value names, without the "value." in front.
    static QString settingField(const QString& field);

Q_SIGNALS:
    void loaded();
    void saved();

private:
    void take(const QJsonValue& configValue);

    api::SmtpSettings m_settings;
    bool m_configured = false;
};

} // namespace frontline::client
