#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of change management (issue 22, point 4): a change ticket's record (kind, risk, plans,
// schedule, review), change templates (standard changes), maintenance and freeze windows, and
// the incidents a change caused.
Migration changesSchema();

} // namespace frontline::server
