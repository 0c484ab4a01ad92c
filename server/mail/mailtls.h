#pragma once

#include "mail/mailendpoint.h"

#include <QString>

#include <optional>

struct _mailstream;
struct mailstream_ssl_context;

namespace frontline::server::mail {

// libetpan makes the TLS connection but does not judge the server's certificate. This does,
// after each handshake and before any credential is sent: the chain must verify against the
// system CAs for the endpoint's host name, or its first certificate must be the pinned one.
// Returns why the certificate is refused, or nothing when it is accepted.
std::optional<QString> certificateProblem(_mailstream* stream, const MailEndpoint& endpoint);

// A plain connection is only allowed to loopback (tests, a local relay): passwords and mail
// would otherwise cross the network in the clear.
std::optional<QString> securityProblem(const MailEndpoint& endpoint);

// libetpan's TLS set-up callback that names the host (SNI) for the handshake; `host` is the
// host name as a NUL-terminated char*.
void setServerName(mailstream_ssl_context* context, void* host);

} // namespace frontline::server::mail
