#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Per-mailbox reply relays (issue 19): the sender of mail about a mailbox's tickets. (The
// mailbox's own SMTP relay has had its columns since migration 13.)
Migration mailRelaySchema();

} // namespace frontline::server
