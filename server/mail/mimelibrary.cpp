#include "mail/mimelibrary.h"

#include "mail/gmime.h"

#include <mutex>

namespace frontline::server::mail {

void ensureMimeLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace frontline::server::mail
