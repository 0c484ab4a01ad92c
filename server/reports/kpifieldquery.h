#pragma once

#include "api/reportapi.h"
#include "storage/ticketrepository.h"

#include <QVariantList>

namespace frontline {
class SlaPolicySet;
}

namespace frontline::server {

class SqlSession;

// "<ticketColumn> IN (SELECT ticket_id FROM ticket_field_values ...)": the tickets whose custom
// field matches `field`, read through the value table's (field_id, value, ticket_id) index.
struct KpiFieldMatch
{
    QString sql;
    QVariantList binds;
};
KpiFieldMatch kpiFieldMatch(const FieldFilter& field, const QString& ticketColumn);

// report.kpis with a custom-field condition (docs/kpis.md): the rollups know nothing of custom
// fields, so the figures are counted from the per-ticket facts of the matching tickets
// (kpi_tickets with the ticket's times), read once and summed in memory. Each figure counts a
// ticket under the dimensions the rollups would (at creation, resolution, rating, or now).
// Business-hour durations are counted in the calendar of each ticket's SLA policy in `sla`, as
// the rollups count them; without `sla` they are null.
class KpiFieldQuery
{
public:
    KpiFieldQuery(SqlSession& session, qint64 now, const SlaPolicySet* sla)
        : m_session(session)
        , m_now(now)
        , m_sla(sla)
    { }

    api::KpiReport kpis(const api::ReportFilter& filter, const FieldFilter& field);

private:
    SqlSession& m_session;
    qint64 m_now;
    const SlaPolicySet* m_sla;
};

} // namespace frontline::server
