#pragma once

#include <QString>
#include <QTextStream>

namespace frontline::server {
class SqlSession;
}

namespace frontline::bench {

class LoadClient;

// frontline-report-bench fields: the dashboard narrowed to a custom field (issue 21).
// Gives every ticket of the desk a `site` (a choice of 10 options, 10 % of the tickets each)
// unless it has one already.
QString seedReportSites(server::SqlSession& session, QTextStream& out);
// Times report.kpis over 7 to 730 days and report.tickets with the condition `site` = one
// option, alone and with a group, and prints a Markdown table of p50 / p99.
void timeFieldReports(LoadClient& manager, qint64 group, int runs, QTextStream& out);

} // namespace frontline::bench
