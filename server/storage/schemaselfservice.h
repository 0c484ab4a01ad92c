#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema steps of the self-service features (tray applet), kept out of migrations.cpp so that
// each file stays readable: attachments stored in chunks, announcements, system information.
Migration selfServiceSchema();

} // namespace frontline::server
