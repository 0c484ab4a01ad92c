#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of custom fields (issue 21): the definitions, and each ticket's values in typed
// columns (text, number, date as a day number, ids), indexed for the queue filters.
Migration fieldsSchema();

} // namespace frontline::server
