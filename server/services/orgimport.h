#pragma once

#include "api/orgapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;

// Bulk imports from CSV (user.import, org.import). Every row is checked first and reported as
// create, update, unchanged or refused (with the column and the reason); the rows are written
// only when it is not a dry run and no row is refused: all or nothing, in the one transaction
// of the call. An empty cell leaves the value as it is (or the default for a new record).
//
// org.import columns: name (the key, case-insensitive), domains (separated by spaces, commas
// or semicolons), notes.
// user.import columns: username (the key), display_name, email, role (new users only; an
// existing user's role is changed in the user administration), org (an organisation's name, or
// "-" for none), vip, org_viewer (true/false, yes/no, 1/0). New users get no password: they
// sign in once an admin sets one (or through a directory).
class BulkImport
{
public:
    BulkImport(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult importOrgs(const api::ImportParams& params);
    ServiceResult importUsers(const api::ImportParams& params);

private:
    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
