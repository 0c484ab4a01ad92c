#pragma once

#include "api/reportapi.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;

// report.kpis, report.tickets and report.export (managers and admins; docs/kpis.md).
class ReportService
{
public:
    ReportService(SqlSession& session, qint64 now)
        : m_session(session)
        , m_now(now)
    { }

    ServiceResult kpis(const api::ReportFilter& filter);
    ServiceResult tickets(const api::ReportTicketsParams& params);
    ServiceResult exportFile(const api::ReportExportParams& params);

private:
    // A filter naming a group, agent or category that does not exist is refused, by name.
    std::optional<rpc::RpcError> check(const api::ReportFilter& filter);

    SqlSession& m_session;
    qint64 m_now;
};

} // namespace frontline::server
