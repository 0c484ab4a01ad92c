#pragma once

#include "api/reportapi.h"
#include "storage/ticketrepository.h"

#include <QHash>

namespace frontline {
class SlaPolicySet;
}

namespace frontline::server {

class SqlSession;

// Reads the KPI rollups (docs/kpis.md): a period's figures are sums over its days' rows of
// the filter's scope, percentiles come from the merged duration histograms. Never scans the
// tickets; the drill-down reads kpi_tickets by day.
class KpiQuery
{
public:
    KpiQuery(SqlSession& session, qint64 now)
        : m_session(session)
        , m_now(now)
    { }

    // The filter's custom-field condition, resolved (ReportService::check): report.kpis then
    // counts the matching tickets' facts (KpiFieldQuery), report.tickets lists only them. `sla`
    // gives their business-hour durations (the calendars of the tickets' SLA policies).
    void setField(std::optional<FieldFilter> field, const SlaPolicySet* sla)
    {
        m_field = std::move(field);
        m_sla = sla;
    }

    // report.kpis: every KPI of the period in one object.
    api::KpiReport kpis(const api::ReportFilter& filter);
    // report.tickets: the tickets behind one figure.
    api::ReportTickets tickets(const api::ReportTicketsParams& params);

private:
    // id -> name for the rows of `sql` (SELECT id, name ...).
    QHash<qint64, QString> namesOf(const QString& sql);

    SqlSession& m_session;
    qint64 m_now;
    std::optional<FieldFilter> m_field;
    const SlaPolicySet* m_sla = nullptr;
};

} // namespace frontline::server
