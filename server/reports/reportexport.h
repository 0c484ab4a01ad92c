#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace frontline::server {

// report.kpis and report.tickets as files. Headings are translated into the server's
// language (QCoreApplication::translate, context "ReportExport").
namespace reportexport {

// A CSV cell. Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab
// or a carriage return) is prefixed with an apostrophe; cells with separators, quotes or line
// breaks are quoted.
QByteArray csvCell(const QString& text);

// The report's custom-field condition as a line of text ("site: paris"; empty without one).
QString fieldConditionText(const QJsonObject& period);

// UTF-8 with a byte-order mark (spreadsheets then read it as UTF-8), comma-separated, one
// section per table with its heading.
QByteArray kpisCsv(const QJsonObject& report);
// `extraColumns`: (key, heading) of more columns of the rows (the custom fields).
QByteArray ticketsCsv(const QJsonObject& tickets, const QJsonObject& params,
                      const QList<std::pair<QString, QString>>& extraColumns = {});

// A4 PDF: the figures, the charts (volume per day, backlog by age, SLA compliance,
// categories) and the tables (libharu).
QByteArray kpisPdf(const QJsonObject& report);
QByteArray ticketsPdf(const QJsonObject& tickets, const QJsonObject& params);

} // namespace reportexport
} // namespace frontline::server
