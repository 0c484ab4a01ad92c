#include "schemamailrelay.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration mailRelaySchema()
{
    Migration m;
    m.version = 27;
    m.name = u"mailboxes: the sender of replies (address and name)"_s;
    m.common = {
        // Empty: the mailbox's own address, and the outgoing settings' name.
        u"ALTER TABLE mailboxes ADD COLUMN from_address TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE mailboxes ADD COLUMN from_name TEXT NOT NULL DEFAULT ''"_s,
    };
    return m;
}

} // namespace frontline::server
