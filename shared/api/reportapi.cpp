#include "reportapi.h"

#include "core/timeutil.h"
#include "domain/enums.h"
#include "json/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

const TextRule DateRule {10, 10, true};

QDate readDate(ParamReader& reader, QLatin1StringView name)
{
    const QString text = reader.requiredString(name, DateRule);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (reader.ok() && !date.isValid())
        reader.fail(name, u"must be a date (YYYY-MM-DD)"_s);
    return date;
}

} // namespace

void ReportFilter::write(QJsonObject& object) const
{
    object.insert("from"_L1, from.toString(Qt::ISODate));
    object.insert("to"_L1, to.toString(Qt::ISODate));
    if (group)
        object.insert("group"_L1, *group);
    if (agent)
        object.insert("agent"_L1, *agent);
    if (category)
        object.insert("category"_L1, *category);
    if (type)
        object.insert("type"_L1, *type);
}

void ReportFilter::read(ParamReader& reader)
{
    from = readDate(reader, "from"_L1);
    to = readDate(reader, "to"_L1);
    group = reader.optionalId("group"_L1);
    agent = reader.optionalId("agent"_L1);
    category = reader.optionalId("category"_L1);
    type = reader.optionalEnum("type"_L1, ticketTypeNames());
    if (!reader.ok())
        return;
    if (to < from)
        reader.fail("to"_L1, u"must not be before from"_s);
    else if (days() > MaxDays)
        reader.fail("to"_L1, u"the period is at most %1 days"_s.arg(MaxDays));
}

QJsonObject ReportFilter::toJson() const
{
    QJsonObject object;
    write(object);
    return object;
}

Result<ReportFilter, rpc::RpcError> ReportFilter::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ReportFilter f;
    f.read(reader);
    if (auto error = reader.finish())
        return *error;
    return f;
}

QJsonObject ReportTicketRow::toJson() const
{
    const auto orNull = [](const QString& text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    QJsonObject object {{"id"_L1, id},
                        {"title"_L1, title},
                        {"type"_L1, type},
                        {"status"_L1, status},
                        {"priority"_L1, priority},
                        {"group"_L1, orNull(group)},
                        {"assignee"_L1, orNull(assignee)},
                        {"created_at"_L1, timeutil::toIso(createdAt)}};
    if (rating)
        object.insert("rating"_L1, json::objectOf(*rating));
    return object;
}

ReportTicketRow ReportTicketRow::fromJson(const QJsonObject& object)
{
    ReportTicketRow row;
    row.id = object.value("id"_L1).toInteger();
    row.title = object.value("title"_L1).toString();
    row.type = object.value("type"_L1).toString();
    row.status = object.value("status"_L1).toString();
    row.priority = object.value("priority"_L1).toInt(3);
    row.group = object.value("group"_L1).toString();
    row.assignee = object.value("assignee"_L1).toString();
    row.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    if (object.value("rating"_L1).isObject())
        row.rating = Rating::fromJson(object.value("rating"_L1).toObject());
    return row;
}

QJsonObject ReportTickets::toJson() const
{
    QJsonArray rows;
    for (const ReportTicketRow& row : tickets)
        rows.append(row.toJson());
    return QJsonObject {{"tickets"_L1, rows}, {"more"_L1, more}};
}

ReportTickets ReportTickets::fromJson(const QJsonValue& value)
{
    ReportTickets result;
    for (const QJsonValue& row : value["tickets"_L1].toArray())
        result.tickets.append(ReportTicketRow::fromJson(row.toObject()));
    result.more = value["more"_L1].toBool();
    return result;
}

QStringList ReportTicketsParams::segments()
{
    return {u"created"_s, u"resolved"_s, u"reopened"_s,          u"escalated"_s,
            u"fcr"_s,     u"open"_s,     u"response_breached"_s, u"resolution_breached"_s,
            u"rated"_s};
}

QStringList ReportTicketsParams::ages()
{
    return {u"lt_1d"_s, u"d1_3"_s, u"d3_7"_s, u"d7_30"_s, u"gt_30d"_s};
}

void ReportTicketsParams::write(QJsonObject& object) const
{
    filter.write(object);
    object.insert("segment"_L1, segment);
    if (age)
        object.insert("age"_L1, *age);
    if (score)
        object.insert("score"_L1, *score);
    object.insert("limit"_L1, limit);
}

void ReportTicketsParams::read(ParamReader& reader)
{
    filter.read(reader);
    segment = reader.requiredEnum("segment"_L1, segments());
    age = reader.optionalEnum("age"_L1, ages());
    score = reader.optionalInt("score"_L1, 1, 5);
    limit = reader.optionalInt("limit"_L1, 1, MaxLimit).value_or(limit);
    if (reader.ok() && age && segment != u"open"_s)
        reader.fail("age"_L1, u"only with the segment \"open\""_s);
    if (reader.ok() && score && segment != u"rated"_s)
        reader.fail("score"_L1, u"only with the segment \"rated\""_s);
}

QJsonObject ReportTicketsParams::toJson() const
{
    QJsonObject object;
    write(object);
    return object;
}

Result<ReportTicketsParams, rpc::RpcError> ReportTicketsParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ReportTicketsParams p;
    p.read(reader);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ReportExportParams::toJson() const
{
    QJsonObject object;
    object.insert("format"_L1, format);
    object.insert("report"_L1, report);
    if (report == u"tickets"_s)
        tickets.write(object);
    else
        tickets.filter.write(object);
    return object;
}

Result<ReportExportParams, rpc::RpcError> ReportExportParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ReportExportParams p;
    p.format = reader.requiredEnum("format"_L1, {u"csv"_s, u"pdf"_s});
    p.report = reader.optionalEnum("report"_L1, {u"kpis"_s, u"tickets"_s}).value_or(p.report);
    if (p.report == u"tickets"_s)
        p.tickets.read(reader);
    else
        p.tickets.filter.read(reader);
    if (auto error = reader.finish())
        return *error;
    return p;
}

} // namespace frontline::api
