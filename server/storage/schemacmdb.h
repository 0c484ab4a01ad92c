#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of configuration management (issue 22): CI classes (seeded with the usual ones), the
// configuration items, their relationships and the CIs a ticket is about.
Migration cmdbSchema();

} // namespace frontline::server
