#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace frontline::client {
class SignedInDevices;
}

namespace frontline::client::ui {

// Settings -> Signed-in devices: where the user is signed in (program, address, since, last
// seen; this device marked), with Sign out for one and Sign out all others. Renders a
// SignedInDevices controller.
class DevicesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesDialog)

public:
    explicit DevicesDialog(SignedInDevices& devices, QWidget* parent = nullptr);

private:
    void render();

    SignedInDevices& m_devices;
    QTreeWidget* m_list;
    QPushButton* m_revoke;
    QPushButton* m_revokeOthers;
    QLabel* m_status;
};

} // namespace frontline::client::ui
