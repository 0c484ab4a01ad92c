#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of the e-mail channel (issue 19): configured mailboxes with sealed passwords, every
// Message-ID filed (so that a redelivery is never filed twice), the Message-IDs Frontline sent
// (so that a reply finds its ticket) and the quarantine with its reasons.
Migration mailSchema();

} // namespace frontline::server
