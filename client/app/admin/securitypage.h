#pragma once

#include "client/app/admin/adminpage.h"
#include "domain/enums.h"

#include <QMap>

class QCheckBox;

namespace frontline::client {
class SecurityAdmin;
}

namespace frontline::client::ui {

// Which roles must sign in with a second factor (TOTP). Their users who have not set it up are
// asked to at their next login and can do nothing else until they have. The calls are
// SecurityAdmin's.
class SecurityPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityPage)

public:
    explicit SecurityPage(SecurityAdmin& admin, QWidget* parent = nullptr);
    void reload() override;

protected:
    void showRecord(const QVariant&) override { }
    void save() override;

private:
    void render();

    SecurityAdmin& m_admin;
    QMap<Role, QCheckBox*> m_roles;
};

} // namespace frontline::client::ui
