#pragma once

#include "api/reportapi.h"
#include "api/systemapi.h"
#include "services/outcome.h"
#include "storage/ticketrepository.h"

namespace frontline {
class SlaPolicySet;
}

namespace frontline::server {

class KpiQuery;
class SqlSession;

// report.kpis, report.tickets and report.export (managers and admins; docs/kpis.md).
// While the rollups are rebuilt in the background (`rebuilding`), report.kpis and
// report.tickets answer with what is counted so far and say so (`rebuilding` in the result);
// report.export refuses (unavailable, reason `rebuilding`): a file must not hold a partial
// count without saying so.
class ReportService
{
public:
    // `sla`: the SLA policies and calendars, for a custom-field report's business hours.
    ReportService(SqlSession& session, qint64 now, const SlaPolicySet& sla,
                  std::optional<api::RebuildProgress> rebuilding = std::nullopt)
        : m_session(session)
        , m_now(now)
        , m_sla(sla)
        , m_rebuilding(std::move(rebuilding))
    { }

    ServiceResult kpis(const api::ReportFilter& filter);
    ServiceResult tickets(const api::ReportTicketsParams& params);
    ServiceResult exportFile(const api::ReportExportParams& params);

private:
    // A filter naming a group, agent or category that does not exist is refused, by name; so
    // is a custom-field condition on an unknown or inactive field, or with a value the field
    // cannot hold (field.name, field.value). A good condition is kept resolved in m_field, its
    // field in m_fieldDefinition (the exports print its labels).
    std::optional<rpc::RpcError> check(const api::ReportFilter& filter);
    KpiQuery query();

    SqlSession& m_session;
    qint64 m_now;
    const SlaPolicySet& m_sla;
    std::optional<api::RebuildProgress> m_rebuilding;
    std::optional<FieldFilter> m_field;
    std::optional<api::FieldDefinition> m_fieldDefinition;
};

} // namespace frontline::server
