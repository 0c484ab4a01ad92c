#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of directory accounts (issue 20, LDAP): which directory a user comes from and their
// stable id there (entryUUID, else the DN) and last DN; the directories' settings (config key
// "ldap"; the service account's password sealed with the server's key) and when each was last
// synchronised.
Migration directorySchema();

} // namespace frontline::server
