#pragma once

#include <QIcon>

namespace frontline::client::tray {

// The applet's icon: the desk's blue mark; grey while the server is out of reach; a red badge
// with the number of unread replies (9+ beyond nine).
QIcon trayIcon(int unread, bool online);

} // namespace frontline::client::tray
