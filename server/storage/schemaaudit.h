#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of the audit log (issue 20): who changed which security or configuration setting,
// when, from where and how, with the changed fields before and after. Append-only like the
// ticket event log: the database itself refuses UPDATE and DELETE.
Migration auditSchema();

} // namespace frontline::server
