#include "reportapi.h"

#include "api/jsonhelpers.h"
#include "core/timeutil.h"
#include "domain/enums.h"
#include "json/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

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
    if (org)
        object.insert("org"_L1, *org);
    if (field) {
        QJsonObject condition {{"name"_L1, field->name}, {"value"_L1, field->value}};
        if (field->op != FieldCondition::Op::Equals)
            condition.insert("op"_L1, toString(field->op));
        object.insert("field"_L1, condition);
    }
}

void ReportFilter::read(ParamReader& reader)
{
    from = readDate(reader, "from"_L1);
    to = readDate(reader, "to"_L1);
    group = reader.optionalId("group"_L1);
    agent = reader.optionalId("agent"_L1);
    category = reader.optionalId("category"_L1);
    type = reader.optionalEnum("type"_L1, ticketTypeNames());
    org = reader.optionalId("org"_L1);
    if (const auto condition = reader.optionalObject("field"_L1)) {
        // Its shape here; the server checks the value against the field's definition.
        ParamReader inner(*condition, reader.path("field"_L1));
        FieldCondition c;
        c.name = inner.requiredString("name"_L1, TextRule {1, 64, true});
        c.op = fieldOpFromString(inner.optionalEnum("op"_L1, fieldOpNames()).value_or(u"equals"_s))
                   .value_or(FieldCondition::Op::Equals);
        c.value = inner.rawValue("value"_L1);
        if (inner.ok() && (c.value.isUndefined() || c.value.isNull()))
            inner.fail("value"_L1, u"is required"_s);
        if (auto error = inner.finish()) {
            const QJsonObject data = error->data.toObject();
            reader.failPath(data.value("field"_L1).toString(), data.value("reason"_L1).toString());
        } else {
            field = c;
        }
    }
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
    QJsonObject object {{"tickets"_L1, rows}, {"more"_L1, more}};
    if (rebuilding)
        object.insert("rebuilding"_L1, rebuilding->toJson());
    return object;
}

ReportTickets ReportTickets::fromJson(const QJsonValue& value)
{
    ReportTickets result;
    for (const QJsonValue& row : value["tickets"_L1].toArray())
        result.tickets.append(ReportTicketRow::fromJson(row.toObject()));
    result.more = value["more"_L1].toBool();
    result.rebuilding = RebuildProgress::fromJson(value["rebuilding"_L1]);
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

namespace {

QJsonValue refJson(const std::optional<KpiRef>& ref)
{
    if (!ref)
        return QJsonValue::Null;
    return QJsonObject {{"id"_L1, ref->id}, {"name"_L1, ref->name}};
}

std::optional<KpiRef> refOf(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    return KpiRef {value["id"_L1].toInteger(), value["name"_L1].toString()};
}

QDate dateOf(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QJsonObject timesJson(const KpiTimes& t)
{
    return {{"mean_hours"_L1, numberJson(t.meanHours)},
            {"median_hours"_L1, numberJson(t.medianHours)},
            {"p90_hours"_L1, numberJson(t.p90Hours)}};
}

KpiTimes timesOf(const QJsonValue& v)
{
    return {numberOf(v["mean_hours"_L1]), numberOf(v["median_hours"_L1]),
            numberOf(v["p90_hours"_L1])};
}

QJsonObject slaJson(const KpiSla& s)
{
    return {{"due"_L1, s.due},
            {"met"_L1, s.met},
            {"breached"_L1, s.breached},
            {"rate"_L1, numberJson(s.rate)}};
}

KpiSla slaOf(const QJsonValue& v)
{
    return {v["due"_L1].toInteger(), v["met"_L1].toInteger(), v["breached"_L1].toInteger(),
            numberOf(v["rate"_L1])};
}

QJsonObject shareJson(const KpiResolvedShare& s)
{
    return {{"resolved"_L1, s.resolved}, {"count"_L1, s.count}, {"rate"_L1, numberJson(s.rate)}};
}

KpiResolvedShare shareOf(const QJsonValue& v)
{
    return {v["resolved"_L1].toInteger(), v["count"_L1].toInteger(), numberOf(v["rate"_L1])};
}

} // namespace

QJsonObject KpiReport::toJson() const
{
    QJsonObject filter = period.toJson();
    filter.insert("days"_L1, period.days());
    QJsonObject object {
        {"period"_L1, filter},
        {"volume"_L1,
         QJsonObject {{"created"_L1, volume.created},
                      {"resolved"_L1, volume.resolved},
                      {"closed"_L1, volume.closed},
                      {"merged"_L1, volume.merged},
                      {"net_flow"_L1, volume.netFlow},
                      {"per_day"_L1,
                       listJson(volume.perDay,
                                [](const KpiDay& d) {
                                    return QJsonObject {{"date"_L1, d.date.toString(Qt::ISODate)},
                                                        {"created"_L1, d.created},
                                                        {"resolved"_L1, d.resolved},
                                                        {"closed"_L1, d.closed},
                                                        {"backlog"_L1, d.backlog}};
                                })}}},
        {"backlog"_L1,
         QJsonObject {{"at_start"_L1, backlog.atStart},
                      {"at_end"_L1, backlog.atEnd},
                      {"open_now"_L1, backlog.openNow},
                      {"aging"_L1,
                       listJson(backlog.aging,
                                [](const KpiAgeBucket& b) {
                                    return QJsonObject {{"age"_L1, b.age}, {"count"_L1, b.count}};
                                })}}},
        {"response_time"_L1,
         QJsonObject {{"count"_L1, responseTime.count},
                      {"wall"_L1, timesJson(responseTime.wall)},
                      {"business"_L1, timesJson(responseTime.business)}}},
        {"resolution_time"_L1,
         QJsonObject {{"count"_L1, resolutionTime.count},
                      {"wall"_L1, timesJson(resolutionTime.wall)},
                      {"business"_L1, timesJson(resolutionTime.business)},
                      {"mean_paused_hours"_L1, numberJson(resolutionTime.meanPausedHours)}}},
        {"sla"_L1,
         QJsonObject {{"response"_L1, slaJson(sla.response)},
                      {"resolution"_L1, slaJson(sla.resolution)}}},
        {"fcr"_L1, shareJson(fcr)},
        {"reopen"_L1, shareJson(reopen)},
        {"escalation"_L1,
         QJsonObject {{"created"_L1, escalation.created},
                      {"count"_L1, escalation.count},
                      {"escalations"_L1, escalation.escalations},
                      {"rate"_L1, numberJson(escalation.rate)}}},
        {"csat"_L1,
         QJsonObject {{"answers"_L1, csat.answers},
                      {"average"_L1, numberJson(csat.average)},
                      {"resolved"_L1, csat.resolved},
                      {"rated"_L1, csat.rated},
                      {"response_rate"_L1, numberJson(csat.responseRate)},
                      {"per_week"_L1,
                       listJson(csat.perWeek,
                                [](const KpiWeek& w) {
                                    return QJsonObject {{"week"_L1, w.week.toString(Qt::ISODate)},
                                                        {"answers"_L1, w.answers},
                                                        {"average"_L1, numberJson(w.average)}};
                                })}}},
        {"agents"_L1,
         listJson(agents,
                  [](const KpiAgent& a) {
                      return QJsonObject {
                          {"agent"_L1, refJson(a.agent)},
                          {"assigned"_L1, a.assigned},
                          {"resolved"_L1, a.resolved},
                          {"open"_L1, a.open},
                          {"mean_resolution_hours"_L1, numberJson(a.meanResolutionHours)},
                          {"mean_resolution_business_hours"_L1,
                           numberJson(a.meanResolutionBusinessHours)}};
                  })},
        {"categories"_L1,
         listJson(categories,
                  [](const KpiCategory& c) {
                      return QJsonObject {{"category"_L1, refJson(c.category)},
                                          {"created"_L1, c.created},
                                          {"previous"_L1, c.previous},
                                          {"resolved"_L1, c.resolved}};
                  })},
        {"top_items"_L1,
         listJson(topItems,
                  [](const KpiTerm& t) {
                      return QJsonObject {
                          {"term"_L1, t.term}, {"count"_L1, t.count}, {"previous"_L1, t.previous}};
                  })},
    };
    if (rebuilding)
        object.insert("rebuilding"_L1, rebuilding->toJson());
    return object;
}

KpiReport KpiReport::fromJson(const QJsonValue& value)
{
    KpiReport r;
    const QJsonValue period = value["period"_L1];
    r.period.from = dateOf(period["from"_L1]);
    r.period.to = dateOf(period["to"_L1]);
    const auto id = [](const QJsonValue& v) {
        return v.isDouble() ? std::optional(v.toInteger()) : std::nullopt;
    };
    r.period.group = id(period["group"_L1]);
    r.period.agent = id(period["agent"_L1]);
    r.period.category = id(period["category"_L1]);
    r.period.org = id(period["org"_L1]);
    if (period["type"_L1].isString())
        r.period.type = period["type"_L1].toString();
    if (period["field"_L1].isObject()) {
        FieldCondition field;
        field.name = period["field"_L1]["name"_L1].toString();
        field.value = period["field"_L1]["value"_L1];
        field.op = fieldOpFromString(period["field"_L1]["op"_L1].toString())
                       .value_or(FieldCondition::Op::Equals);
        r.period.field = field;
    }

    const QJsonValue volume = value["volume"_L1];
    r.volume.created = volume["created"_L1].toInteger();
    r.volume.resolved = volume["resolved"_L1].toInteger();
    r.volume.closed = volume["closed"_L1].toInteger();
    r.volume.merged = volume["merged"_L1].toInteger();
    r.volume.netFlow = volume["net_flow"_L1].toInteger();
    r.volume.perDay = listOf<KpiDay>(volume["per_day"_L1], [](const QJsonValue& d) {
        return KpiDay {dateOf(d["date"_L1]), d["created"_L1].toInteger(),
                       d["resolved"_L1].toInteger(), d["closed"_L1].toInteger(),
                       d["backlog"_L1].toInteger()};
    });

    const QJsonValue backlog = value["backlog"_L1];
    r.backlog.atStart = backlog["at_start"_L1].toInteger();
    r.backlog.atEnd = backlog["at_end"_L1].toInteger();
    r.backlog.openNow = backlog["open_now"_L1].toInteger();
    r.backlog.aging = listOf<KpiAgeBucket>(backlog["aging"_L1], [](const QJsonValue& b) {
        return KpiAgeBucket {b["age"_L1].toString(), b["count"_L1].toInteger()};
    });

    const QJsonValue response = value["response_time"_L1];
    r.responseTime = {response["count"_L1].toInteger(), timesOf(response["wall"_L1]),
                      timesOf(response["business"_L1])};
    const QJsonValue resolution = value["resolution_time"_L1];
    r.resolutionTime = {resolution["count"_L1].toInteger(), timesOf(resolution["wall"_L1]),
                        timesOf(resolution["business"_L1]),
                        numberOf(resolution["mean_paused_hours"_L1])};
    r.sla = {slaOf(value["sla"_L1]["response"_L1]), slaOf(value["sla"_L1]["resolution"_L1])};
    r.fcr = shareOf(value["fcr"_L1]);
    r.reopen = shareOf(value["reopen"_L1]);
    const QJsonValue escalation = value["escalation"_L1];
    r.escalation = {escalation["created"_L1].toInteger(), escalation["count"_L1].toInteger(),
                    escalation["escalations"_L1].toInteger(), numberOf(escalation["rate"_L1])};

    const QJsonValue csat = value["csat"_L1];
    r.csat.answers = csat["answers"_L1].toInteger();
    r.csat.average = numberOf(csat["average"_L1]);
    r.csat.resolved = csat["resolved"_L1].toInteger();
    r.csat.rated = csat["rated"_L1].toInteger();
    r.csat.responseRate = numberOf(csat["response_rate"_L1]);
    r.csat.perWeek = listOf<KpiWeek>(csat["per_week"_L1], [](const QJsonValue& w) {
        return KpiWeek {dateOf(w["week"_L1]), w["answers"_L1].toInteger(),
                        numberOf(w["average"_L1])};
    });

    r.agents = listOf<KpiAgent>(value["agents"_L1], [](const QJsonValue& a) {
        return KpiAgent {refOf(a["agent"_L1]),
                         a["assigned"_L1].toInteger(),
                         a["resolved"_L1].toInteger(),
                         a["open"_L1].toInteger(),
                         numberOf(a["mean_resolution_hours"_L1]),
                         numberOf(a["mean_resolution_business_hours"_L1])};
    });
    r.categories = listOf<KpiCategory>(value["categories"_L1], [](const QJsonValue& c) {
        return KpiCategory {refOf(c["category"_L1]), c["created"_L1].toInteger(),
                            c["previous"_L1].toInteger(), c["resolved"_L1].toInteger()};
    });
    r.topItems = listOf<KpiTerm>(value["top_items"_L1], [](const QJsonValue& t) {
        return KpiTerm {t["term"_L1].toString(), t["count"_L1].toInteger(),
                        t["previous"_L1].toInteger()};
    });
    r.rebuilding = RebuildProgress::fromJson(value["rebuilding"_L1]);
    return r;
}

QJsonObject ReportFile::toJson() const
{
    return {{"file_name"_L1, fileName},
            {"content_type"_L1, contentType},
            {"size"_L1, qint64(data.size())},
            {"data"_L1, QString::fromLatin1(data.toBase64())}};
}

ReportFile ReportFile::fromJson(const QJsonValue& value)
{
    return {value["file_name"_L1].toString(), value["content_type"_L1].toString(),
            QByteArray::fromBase64(value["data"_L1].toString().toLatin1())};
}

} // namespace frontline::api
