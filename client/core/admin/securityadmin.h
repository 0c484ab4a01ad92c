#pragma once

#include "api/totpapi.h"
#include "client/core/admin/admincontroller.h"

namespace frontline::client {

// The controller of the administration window's Security page: which roles must sign in with a
// second factor (config key "security"). Users of those roles who have not enrolled are asked
// to enrol at their next login.
class SecurityAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityAdmin)

public:
    explicit SecurityAdmin(Session& session, QObject* parent = nullptr);

    const api::SecuritySettings& settings() const { return m_settings; }
    void load();
    void save(const api::SecuritySettings& settings);

Q_SIGNALS:
    void loaded(); // settings() is what the server has
    void saved();

private:
    api::SecuritySettings m_settings;
};

} // namespace frontline::client
