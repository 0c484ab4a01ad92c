#pragma once

#include "api/auditapi.h"

#include <QList>

namespace frontline::server {

class SqlSession;

// The audit log's rows. Append-only: there is no update or delete here, and the database
// refuses them (migration 20).
class AuditRepository
{
public:
    explicit AuditRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 append(const api::AuditEntry& entry);
    // Newest first; `beforeId` 0 starts at the newest.
    QList<api::AuditEntry> list(const api::AuditFilter& filter, qint64 beforeId, int limit);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
