#pragma once

#include "api/reportapi.h"
#include "api/systemapi.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;

// report.kpis, report.tickets and report.export (managers and admins; docs/kpis.md).
// While the rollups are rebuilt in the background (`rebuilding`), report.kpis and
// report.tickets answer with what is counted so far and say so (`rebuilding` in the result);
// report.export refuses (unavailable, reason `rebuilding`): a file must not hold a partial
// count without saying so.
class ReportService
{
public:
    ReportService(SqlSession& session, qint64 now,
                  std::optional<api::RebuildProgress> rebuilding = std::nullopt)
        : m_session(session)
        , m_now(now)
        , m_rebuilding(std::move(rebuilding))
    { }

    ServiceResult kpis(const api::ReportFilter& filter);
    ServiceResult tickets(const api::ReportTicketsParams& params);
    ServiceResult exportFile(const api::ReportExportParams& params);

private:
    // A filter naming a group, agent or category that does not exist is refused, by name.
    std::optional<rpc::RpcError> check(const api::ReportFilter& filter);

    SqlSession& m_session;
    qint64 m_now;
    std::optional<api::RebuildProgress> m_rebuilding;
};

} // namespace frontline::server
