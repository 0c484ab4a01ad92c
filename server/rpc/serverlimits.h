#pragma once

#include <QtGlobal>

namespace frontline::server {

// Protection against misbehaving clients; every value can be set on the command line. The
// defaults let 10,000 legitimate clients (tray applets) stay connected.
struct ServerLimits
{
    qsizetype maxMessageBytes = 1024 * 1024; // one JSON-RPC message (line)
    int maxBatchSize = 1000; // elements of one batch
    int maxConnections = 20000; // in total
    int maxConnectionsPerAddress = 10000; // from one client address
    int maxUnauthenticatedPerAddress = 512; // not yet logged in, from one address
    int maxInFlightPerConnection = 256; // requests awaiting an answer, per connection
    qsizetype maxOutputBufferBytes = 16 * 1024 * 1024; // unread answers before we give up on a peer
    int messageTimeoutMs = 30000; // a started message must be complete by then
    int handshakeTimeoutMs = 10000; // TLS handshake
    int unauthenticatedIdleMs = 60000; // silence allowed before logging in
    int loginDeadlineMs = 60000; // from connecting (or logging out) to logging in, pings or not
    int authenticatedIdleMs = 30 * 60 * 1000; // silence allowed once logged in (clients ping)
    qint64 sessionTtlMs = 30LL * 24 * 3600 * 1000; // a login token's lifetime
    qint64 maxAttachmentBytes = 20 * 1024 * 1024; // one attachment (sent in chunks)
    int maxAttachmentsPerTicket = 50;
    int maxPendingUploadsPerUser = 8; // started, not finished
    qint64 requesterAttachmentQuotaBytes = 200LL * 1024 * 1024; // all files of one requester
};

} // namespace frontline::server
