#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of two-factor sign-in (issue 20, TOTP): each user's TOTP secret (sealed with the
// server's key; pending until the first code confirms it), the step of the last code accepted
// (no code is accepted twice), and the one-time recovery codes (hashed).
Migration totpSchema();

} // namespace frontline::server
