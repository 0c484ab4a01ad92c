#include "reportservice.h"

#include "reports/kpiquery.h"
#include "reports/reportexport.h"
#include "services/ticketfields.h"
#include "storage/fieldrepository.h"
#include "storage/sqlsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {

std::optional<rpc::RpcError> ReportService::check(const api::ReportFilter& f)
{
    const auto exists = [this](const QString& sql, qint64 id) {
        Statement q = m_session.prepare(sql);
        q.bind(id);
        q.exec();
        return q.next();
    };
    if (f.group && !exists(u"SELECT 1 FROM agent_groups WHERE id = ?"_s, *f.group))
        return rpc::RpcError::invalidParams(u"group"_s, u"no such group"_s);
    if (f.category && !exists(u"SELECT 1 FROM categories WHERE id = ?"_s, *f.category))
        return rpc::RpcError::invalidParams(u"category"_s, u"no such category"_s);
    if (f.agent && !exists(u"SELECT 1 FROM users WHERE id = ? AND role <> 'requester'"_s, *f.agent))
        return rpc::RpcError::invalidParams(u"agent"_s, u"no such agent"_s);
    if (f.org && !exists(u"SELECT 1 FROM organisations WHERE id = ?"_s, *f.org))
        return rpc::RpcError::invalidParams(u"org"_s, u"no such organisation"_s);
    m_field.reset();
    m_fieldDefinition.reset();
    if (f.field) {
        const auto field = FieldRepository(m_session).findByName(f.field->name);
        if (!field)
            return rpc::RpcError::invalidParams(u"field.name"_s, u"no such field"_s);
        if (!field->active)
            return rpc::RpcError::invalidParams(u"field.name"_s, u"the field is inactive"_s);
        if (auto problem = api::checkFieldCondition(*field, *f.field))
            return rpc::RpcError::invalidParams(u"field.value"_s, *problem);
        m_field = TicketFields::filterOf(*field, *f.field);
        m_fieldDefinition = field;
    }
    return std::nullopt;
}

KpiQuery ReportService::query()
{
    KpiQuery query(m_session, m_now);
    query.setField(m_field, &m_sla);
    return query;
}

ServiceResult ReportService::kpis(const api::ReportFilter& filter)
{
    if (auto error = check(filter))
        return *error;
    api::KpiReport report = query().kpis(filter);
    report.rebuilding = m_rebuilding;
    return Outcome(report);
}

ServiceResult ReportService::tickets(const api::ReportTicketsParams& params)
{
    if (auto error = check(params.filter))
        return *error;
    api::ReportTickets tickets = query().tickets(params);
    tickets.rebuilding = m_rebuilding;
    return Outcome(tickets);
}

namespace {

// The tickets' rows with one more key per active custom field ("fields.<name>": the value as
// a cell shows it, option labels for choices), and those columns (key, the field's label).
QJsonObject withFieldColumns(SqlSession& session, QJsonObject tickets,
                             QList<std::pair<QString, QString>>& columns)
{
    QList<api::FieldDefinition> fields;
    for (const api::FieldDefinition& field : FieldRepository(session).list()) {
        if (field.active)
            fields.append(field);
    }
    if (fields.isEmpty())
        return tickets;
    QJsonArray rows = tickets.value("tickets"_L1).toArray();
    QList<qint64> ids;
    for (const QJsonValue& row : std::as_const(rows))
        ids.append(row.toObject().value("id"_L1).toInteger());
    const auto values = FieldRepository(session).values(ids, fields);
    const auto cellOf = [](const api::FieldDefinition& field, const QJsonValue& value) {
        if (!api::isChoiceType(field.type))
            return value;
        QStringList labels;
        const QJsonArray keys = value.isArray() ? value.toArray() : QJsonArray {value};
        for (const QJsonValue& key : keys) {
            const api::FieldOption* option = field.option(key.toString());
            labels.append(option ? option->label : key.toString());
        }
        return QJsonValue(labels.join(u"; "_s));
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        const QJsonObject ticketValues = values.value(row.value("id"_L1).toInteger());
        for (const api::FieldDefinition& field : std::as_const(fields)) {
            if (ticketValues.contains(field.name))
                row.insert(u"fields."_s + field.name,
                           cellOf(field, ticketValues.value(field.name)));
        }
        rows[i] = row;
    }
    for (const api::FieldDefinition& field : std::as_const(fields))
        columns.append({u"fields."_s + field.name, field.label});
    tickets.insert("tickets"_L1, rows);
    return tickets;
}

// The custom-field condition as the exports print it: the field's label, and a choice's label
// rather than its key ("Site: Paris", not "site: paris"). `shown` is the condition as echoed.
QJsonObject labelledCondition(const api::FieldDefinition& field, QJsonObject shown)
{
    shown.insert("label"_L1, field.label.isEmpty() ? field.name : field.label);
    if (api::isChoiceType(field.type)) {
        const QJsonValue value = shown.value("value"_L1);
        QJsonArray labels;
        for (const QJsonValue& key : value.isArray() ? value.toArray() : QJsonArray {value}) {
            const api::FieldOption* option = field.option(key.toString());
            labels.append(option ? option->label : key.toString());
        }
        shown.insert("labels"_L1, labels);
    }
    return shown;
}

} // namespace

ServiceResult ReportService::exportFile(const api::ReportExportParams& params)
{
    const api::ReportFilter& filter = params.tickets.filter;
    if (auto error = check(filter))
        return *error;
    if (m_rebuilding) {
        QJsonObject data = m_rebuilding->toJson();
        data.remove("name"_L1);
        data.insert("reason"_L1, u"rebuilding"_s);
        return rpc::RpcError(rpc::ErrorCode::Unavailable, u"Service unavailable"_s, data);
    }
    KpiQuery query = this->query();
    const bool csv = params.format == u"csv"_s;
    QByteArray data;
    QString name;
    if (params.report == u"tickets"_s) {
        QJsonObject tickets = query.tickets(params.tickets).toJson();
        QJsonObject echo = params.tickets.toJson();
        if (m_fieldDefinition)
            echo.insert("field"_L1,
                        labelledCondition(*m_fieldDefinition, echo.value("field"_L1).toObject()));
        if (csv) {
            // One column per active custom field.
            QList<std::pair<QString, QString>> columns;
            tickets = withFieldColumns(m_session, tickets, columns);
            data = reportexport::ticketsCsv(tickets, echo, columns);
        } else {
            data = reportexport::ticketsPdf(tickets, echo);
        }
        name = u"frontline-tickets-%1-%2-%3"_s.arg(params.tickets.segment,
                                                   filter.from.toString(Qt::ISODate),
                                                   filter.to.toString(Qt::ISODate));
    } else {
        QJsonObject report = query.kpis(filter).toJson();
        if (m_fieldDefinition) {
            QJsonObject period = report.value("period"_L1).toObject();
            period.insert(
                "field"_L1,
                labelledCondition(*m_fieldDefinition, period.value("field"_L1).toObject()));
            report.insert("period"_L1, period);
        }
        data = csv ? reportexport::kpisCsv(report) : reportexport::kpisPdf(report);
        name = u"frontline-kpis-%1-%2"_s.arg(filter.from.toString(Qt::ISODate),
                                             filter.to.toString(Qt::ISODate));
    }
    if (data.isEmpty())
        return rpc::RpcError::internal(u"the file could not be written"_s);
    return Outcome(api::ReportFile {name + (csv ? u".csv"_s : u".pdf"_s),
                                    csv ? u"text/csv; charset=utf-8"_s : u"application/pdf"_s,
                                    data});
}

} // namespace frontline::server
