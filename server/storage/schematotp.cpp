#include "schematotp.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

Migration totpSchema()
{
    Migration m;
    m.version = 17;
    m.name = u"two-factor sign-in: TOTP secrets and recovery codes"_s;
    m.common = {
        // One row per user who began enrolment; confirmed_at NULL until a code confirmed it.
        uR"(CREATE TABLE user_totp (
            user_id BIGINT PRIMARY KEY REFERENCES users(id),
            secret {{BLOB}} NOT NULL,
            confirmed_at BIGINT,
            last_step BIGINT NOT NULL DEFAULT 0,
            created_at BIGINT NOT NULL))"_s,
        // SHA-256 of each recovery code; used_at set when it was spent.
        uR"(CREATE TABLE user_recovery_codes (
            user_id BIGINT NOT NULL REFERENCES users(id),
            code_hash TEXT NOT NULL,
            used_at BIGINT,
            PRIMARY KEY (user_id, code_hash)))"_s,
    };
    return m;
}

} // namespace frontline::server
