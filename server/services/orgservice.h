#pragma once

#include "api/orgapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;

// Organisations: admins create and change them, staff list them. Names are unique whatever
// their case; a mail domain belongs to one organisation.
class OrgService
{
public:
    OrgService(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult create(const api::OrgCreateParams& params);
    ServiceResult list();
    ServiceResult update(const api::OrgUpdateParams& params);

    // The problems create/update would refuse (the name or a domain taken by another).
    std::optional<rpc::RpcError> checkUnique(qint64 id, const QString& name,
                                             const QStringList& domains);

private:
    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
