#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of problem management (issue 22, point 3): a problem ticket's investigation record
// (root cause, workaround, known error) and the incidents it caused.
Migration problemsSchema();

} // namespace frontline::server
