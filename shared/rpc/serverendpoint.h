#pragma once

#include <QString>

namespace frontline::rpc {

// Where a client finds the server. Kept apart from the connection (rpcclient.h) so that the
// UI layers, which may not reach the connection, can still show and edit it.
struct ServerEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7415;
    bool tls = false;

    QString toString() const;
    friend bool operator==(const ServerEndpoint&, const ServerEndpoint&) = default;
};

} // namespace frontline::rpc
