#pragma once

#include "api/auditapi.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;

// audit.list and audit.export (admins): the log read newest first, filtered.
class AuditService
{
public:
    // audit.export writes at most this many entries (the newest that match).
    static constexpr int MaxExportRows = 20000;

    explicit AuditService(SqlSession& session)
        : m_session(session)
    { }

    ServiceResult list(const api::AuditListParams& params);
    ServiceResult exportCsv(const api::AuditExportParams& params);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
