#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of the e-mail channel (issue 19): configured mailboxes with sealed passwords, every
// Message-ID filed (so that a redelivery is never filed twice), the Message-IDs Frontline sent
// (so that a reply finds its ticket) and the quarantine with its reasons.
Migration mailSchema();
// Migration 14: what mail intake needs beyond 13 (routing of new tickets, the unknown-sender
// setting, soft deletion, the quarantine's subject and sender, undeliverable addresses).
Migration mailIntakeSchema();

} // namespace frontline::server
