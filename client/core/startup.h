#pragma once

#include "rpc/serverendpoint.h"

#include <QList>
#include <QString>

#include <optional>

// What both client programs (the agent client and the tray applet) do as they start.
namespace frontline::client::startup {

// Installs the client's catalogue (:/i18n/frontline_*.qm, compiled into each program) and Qt's
// own for `language` ("" follows the system), replacing any installed before.
void installTranslators(const QString& language);

// --server host[:port] with --tls; nullopt when the port is not a number.
std::optional<rpc::ServerEndpoint> parseEndpoint(const QString& value, bool tls);
// --server a:port,b:port (several servers of one desk, tried in order); nullopt if one is bad.
std::optional<QList<rpc::ServerEndpoint>> parseEndpoints(const QString& value, bool tls);

} // namespace frontline::client::startup
