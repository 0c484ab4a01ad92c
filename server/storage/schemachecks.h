#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// The CHECKs of the tables written with every change, mail and webhook, rewritten on SQLite
// from `x IN (a, b, c, …)` to `x = a OR x = b OR …`: SQLite evaluates an IN list of more than
// two values by building a temporary table for it, once per row written.
Migration cheapChecks();

} // namespace frontline::server
