#pragma once

namespace frontline::server::mail {

// GMime needs one global initialisation before its first use (charset tables, the parser's
// options); every entry point of the mail module calls this first. Thread-safe, idempotent.
void ensureMimeLibrary();

} // namespace frontline::server::mail
