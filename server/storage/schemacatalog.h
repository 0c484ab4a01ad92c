#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of the service catalog (issue 21): the items, each request's link to its item and
// the tasks its stages made, and the parent of a fulfilment task on the ticket itself.
Migration catalogSchema();

} // namespace frontline::server
