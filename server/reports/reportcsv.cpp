#include "json/jsonpath.h"
#include "reportexport.h"
#include "reports/reporttext.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server::reportexport {
namespace {

QByteArray numberCell(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QByteArray::number(static_cast<qint64>(d));
        return QByteArray::number(d, 'f', 4);
    }
    return csvCell(value.toString());
}

QByteArray cellOf(const QJsonValue& value)
{
    if (value.isObject())
        return csvCell(value.toObject().value("name"_L1).toString());
    if (value.isString())
        return csvCell(value.toString());
    return numberCell(value);
}

class Csv
{
public:
    Csv() { m_out = "\xEF\xBB\xBF"; }
    void row(const QList<QByteArray>& cells)
    {
        m_out += cells.join(',');
        m_out += "\r\n";
    }
    void heading(const QString& title)
    {
        if (m_out.size() > 3)
            m_out += "\r\n";
        row({csvCell(title)});
    }
    void table(const QJsonArray& rows, const QStringList& keys, const QStringList& headings)
    {
        QList<QByteArray> head;
        for (const QString& h : headings)
            head.append(csvCell(h));
        row(head);
        for (const QJsonValue& r : rows) {
            QList<QByteArray> cells;
            for (const QString& key : keys)
                cells.append(cellOf(r.toObject().value(key)));
            row(cells);
        }
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

QByteArray csvCell(const QString& text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
        || cell.contains(u';')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell.toUtf8();
}

QString fieldConditionText(const QJsonObject& period)
{
    const QJsonObject field = period.value("field"_L1).toObject();
    if (field.isEmpty())
        return {};
    const auto text = [](const QJsonValue& v) {
        return v.isDouble() ? QString::number(v.toDouble()) : v.isNull() ? u"…"_s : v.toString();
    };
    // A choice's labels when the server added them (report.export), else the values.
    const QJsonValue value =
        field.contains("labels"_L1) ? field.value("labels"_L1) : field.value("value"_L1);
    QStringList parts;
    for (const QJsonValue& part : value.isArray() ? value.toArray() : QJsonArray {value})
        parts.append(text(part));
    const QString op = field.value("op"_L1).toString();
    const QString shown = op == u"between"_s ? parts.join(u" – "_s)
        : op == u"contains"_s                ? Text::tr("contains %1").arg(parts.join(u", "_s))
                                             : parts.join(u", "_s);
    const QString label = field.value("label"_L1).toString();
    return Text::tr("%1: %2").arg(label.isEmpty() ? field.value("name"_L1).toString() : label,
                                  shown);
}

QByteArray kpisCsv(const QJsonObject& report)
{
    Csv csv;
    const QJsonObject period = report.value("period"_L1).toObject();
    csv.heading(Text::tr("Frontline KPI report"));
    csv.row({csvCell(Text::tr("From")), csvCell(period.value("from"_L1).toString())});
    csv.row({csvCell(Text::tr("To")), csvCell(period.value("to"_L1).toString())});
    if (const QString field = fieldConditionText(period); !field.isEmpty())
        csv.row({csvCell(Text::tr("Custom field")), csvCell(field)});

    csv.heading(Text::tr("Figures"));
    csv.row({csvCell(Text::tr("Figure")), csvCell(Text::tr("Value"))});
    const QList<std::pair<const char*, QString>> figures {
        {QT_TRANSLATE_NOOP("ReportExport", "Created"), u"volume.created"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Resolved"), u"volume.resolved"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Closed"), u"volume.closed"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Net flow"), u"volume.net_flow"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Backlog at the start"), u"backlog.at_start"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Backlog at the end"), u"backlog.at_end"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Open now"), u"backlog.open_now"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "First responses"), u"response_time.count"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "First response, mean hours"),
         u"response_time.wall.mean_hours"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "First response, median hours"),
         u"response_time.wall.median_hours"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "First response, 90th percentile hours"),
         u"response_time.wall.p90_hours"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "First response, mean business hours"),
         u"response_time.business.mean_hours"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "First response, median business hours"),
         u"response_time.business.median_hours"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Resolution, mean hours"),
         u"resolution_time.wall.mean_hours"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Resolution, median hours"),
         u"resolution_time.wall.median_hours"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Resolution, 90th percentile hours"),
         u"resolution_time.wall.p90_hours"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Resolution, mean business hours"),
         u"resolution_time.business.mean_hours"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Resolution, median business hours"),
         u"resolution_time.business.median_hours"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Response SLA compliance"), u"sla.response.rate"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Resolution SLA compliance"), u"sla.resolution.rate"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "First-contact resolution rate"), u"fcr.rate"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Reopen rate"), u"reopen.rate"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Escalation rate"), u"escalation.rate"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Satisfaction average"), u"csat.average"_s},
        {QT_TRANSLATE_NOOP("ReportExport", "Satisfaction response rate"), u"csat.response_rate"_s},
    };
    for (const auto& [label, path] : figures)
        csv.row({csvCell(Text::tr(label)), numberCell(json::valueAt(report, path))});

    csv.heading(Text::tr("Per day"));
    csv.table(json::valueAt(report, u"volume.per_day"_s).toArray(),
              {u"date"_s, u"created"_s, u"resolved"_s, u"closed"_s, u"backlog"_s},
              {Text::tr("Date"), Text::tr("Created"), Text::tr("Resolved"), Text::tr("Closed"),
               Text::tr("Backlog")});
    csv.heading(Text::tr("Open tickets by age"));
    csv.table(json::valueAt(report, u"backlog.aging"_s).toArray(), {u"age"_s, u"count"_s},
              {Text::tr("Age"), Text::tr("Tickets")});
    csv.heading(Text::tr("Agents"));
    csv.table(report.value("agents"_L1).toArray(),
              {u"agent"_s, u"assigned"_s, u"resolved"_s, u"open"_s, u"mean_resolution_hours"_s},
              {Text::tr("Agent"), Text::tr("Assigned"), Text::tr("Resolved"), Text::tr("Open now"),
               Text::tr("Mean resolution hours")});
    csv.heading(Text::tr("Categories"));
    csv.table(report.value("categories"_L1).toArray(),
              {u"category"_s, u"created"_s, u"previous"_s, u"resolved"_s},
              {Text::tr("Category"), Text::tr("Created"),
               Text::tr("Created in the previous period"), Text::tr("Resolved")});
    csv.heading(Text::tr("Top affected items"));
    csv.table(
        report.value("top_items"_L1).toArray(), {u"term"_s, u"count"_s, u"previous"_s},
        {Text::tr("Subject"), Text::tr("Tickets"), Text::tr("Tickets in the previous period")});
    csv.heading(Text::tr("Satisfaction per week"));
    csv.table(json::valueAt(report, u"csat.per_week"_s).toArray(),
              {u"week"_s, u"answers"_s, u"average"_s},
              {Text::tr("Week"), Text::tr("Answers"), Text::tr("Average")});
    return csv.take();
}

QByteArray ticketsCsv(const QJsonObject& tickets, const QJsonObject& params,
                      const QList<std::pair<QString, QString>>& extraColumns)
{
    QStringList keys {u"id"_s,       u"title"_s, u"type"_s,     u"status"_s,
                      u"priority"_s, u"group"_s, u"assignee"_s, u"created_at"_s};
    QStringList headings {Text::tr("Ticket"),   Text::tr("Title"),    Text::tr("Type"),
                          Text::tr("Status"),   Text::tr("Priority"), Text::tr("Group"),
                          Text::tr("Assignee"), Text::tr("Created")};
    for (const auto& [key, heading] : extraColumns) {
        keys.append(key);
        headings.append(heading);
    }
    Csv csv;
    csv.heading(Text::tr("Frontline tickets: %1, %2 to %3")
                    .arg(params.value("segment"_L1).toString(), params.value("from"_L1).toString(),
                         params.value("to"_L1).toString()));
    if (const QString field = fieldConditionText(params); !field.isEmpty())
        csv.row({csvCell(Text::tr("Custom field")), csvCell(field)});
    csv.table(tickets.value("tickets"_L1).toArray(), keys, headings);
    return csv.take();
}

} // namespace frontline::server::reportexport
