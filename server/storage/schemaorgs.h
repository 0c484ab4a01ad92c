#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of organisations (issue 20): the organisations and their mail domains (each domain in
// one organisation only), each user's organisation, VIP mark and viewer right, and each
// ticket's organisation (the requester's when it was raised), indexed like the group queues.
Migration orgsSchema();

} // namespace frontline::server
