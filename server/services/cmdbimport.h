#pragma once

#include "api/orgapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;

// ci.import: configuration items from CSV. Columns name and class (required), status,
// host_name, serial, owner (a username), organisation (a name), and one column per attribute
// by its field's name. A row updates the CI with its serial (when it has one) or else the CI
// of its class with its name, and creates one otherwise. Every row is checked first and
// reported (create, update, unchanged, refused with the column and why); the rows are written
// only when it is not a dry run and no row is refused: all or nothing, in the one transaction
// of the call. An empty cell leaves the value as it is.
class CmdbImport
{
public:
    CmdbImport(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult run(const api::ImportParams& params);

private:
    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
