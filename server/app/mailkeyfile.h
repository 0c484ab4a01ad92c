#pragma once

#include <QString>

namespace frontline::server {

struct ServerOptions;

// The file holding the key that seals mail passwords (SecretSealer): --mail-key-file, or by
// default "<database file>.mail-key" beside a SQLite database, "mail.key" in the server's data
// folder for PostgreSQL. One function for every part of the mail channel (inbound mailboxes,
// outgoing SMTP), so both always open what the other sealed.
QString mailKeyFile(const ServerOptions& options);

} // namespace frontline::server
