#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of API tokens, signed-in devices and password reset by mail (issue 20, migration 18):
// the tokens (hashed, with their scopes and last use), what the sessions show of their device,
// the reset codes (hashed), and account mails in the outbox (no ticket, no event).
Migration tokensSchema();

} // namespace frontline::server
