#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of webhooks (issue 23): the hooks admins configured (secret sealed with the server's
// mail key) and their durable delivery queue, written in the transaction of the change whose
// event it carries, which is also the delivery log (webhook.deliveries).
Migration webhooksSchema();

} // namespace frontline::server
