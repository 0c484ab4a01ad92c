#include "schemadirectory.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration directorySchema()
{
    Migration m;
    m.version = 19;
    m.name = u"directory accounts and the directories' settings"_s;
    m.common = {
        // NULL for local accounts; a directory account has no password hash ('').
        u"ALTER TABLE users ADD COLUMN directory TEXT"_s,
        u"ALTER TABLE users ADD COLUMN external_id TEXT"_s,
        u"ALTER TABLE users ADD COLUMN external_dn TEXT"_s,
        // NULLs are distinct: local accounts never collide here.
        u"CREATE UNIQUE INDEX users_directory_id ON users (directory, external_id)"_s,
        uR"(CREATE TABLE ldap_directories (
            name TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            settings TEXT NOT NULL,
            bind_password {{BLOB}},
            last_sync_at BIGINT,
            updated_at BIGINT NOT NULL))"_s,
    };
    return m;
}

} // namespace frontline::server
