#include "api/jsonhelpers.h"
#include "changeapi.h"

using namespace Qt::StringLiterals;

// The results of change.* (ChangeDetail, the calendar, templates, windows).
namespace frontline::api {

using namespace jsonhelpers;

// ---- results ----

QJsonObject ChangeImpact::toJson() const
{
    return {{"services"_L1, listJson(services)},
            {"users"_L1, listJson(users)},
            {"organisations"_L1, listJson(organisations)},
            {"user_count"_L1, userCount},
            {"truncated"_L1, truncated}};
}

ChangeImpact ChangeImpact::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {listOf<CiNode>(o.value("services"_L1)), listOf<CiNode>(o.value("users"_L1)),
            listOf<CiNode>(o.value("organisations"_L1)), o.value("user_count"_L1).toInt(),
            o.value("truncated"_L1).toBool()};
}

QJsonObject ChangeConflict::toJson() const
{
    return {{"kind"_L1, kind},
            {"change"_L1, idJson(change)},
            {"change_title"_L1, textOrNull(changeTitle)},
            {"window"_L1, idJson(window)},
            {"window_name"_L1, textOrNull(windowName)},
            {"ci"_L1, ci ? QJsonValue(ci->toJson()) : QJsonValue()},
            {"start"_L1, timeutil::toIso(start)},
            {"end"_L1, timeutil::toIso(end)}};
}

ChangeConflict ChangeConflict::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    ChangeConflict c;
    c.kind = o.value("kind"_L1).toString();
    c.change = idOf(o.value("change"_L1));
    c.changeTitle = o.value("change_title"_L1).toString();
    c.window = idOf(o.value("window"_L1));
    c.windowName = o.value("window_name"_L1).toString();
    if (o.value("ci"_L1).isObject())
        c.ci = CiNode::fromJson(o.value("ci"_L1));
    c.start = timeOr0(o.value("start"_L1));
    c.end = timeOr0(o.value("end"_L1));
    return c;
}

QJsonObject ChangeReview::toJson() const
{
    return {{"outcome"_L1, outcome},
            {"notes"_L1, notes},
            {"reviewed_by"_L1, reviewedBy},
            {"reviewed_by_name"_L1, reviewedByName},
            {"reviewed_at"_L1, timeutil::toIso(reviewedAt)}};
}

ChangeReview ChangeReview::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("outcome"_L1).toString(), o.value("notes"_L1).toString(),
            o.value("reviewed_by"_L1).toInteger(), o.value("reviewed_by_name"_L1).toString(),
            timeOr0(o.value("reviewed_at"_L1))};
}

QJsonObject ChangeIncident::toJson() const
{
    return {{"id"_L1, id}, {"title"_L1, title}, {"status"_L1, status}, {"open"_L1, open}};
}

ChangeIncident ChangeIncident::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("id"_L1).toInteger(), o.value("title"_L1).toString(),
            o.value("status"_L1).toString(), o.value("open"_L1).toBool()};
}

QJsonObject ChangeDetail::toJson() const
{
    return {{"id"_L1, id},
            {"title"_L1, title},
            {"description"_L1, description},
            {"status"_L1, status},
            {"open"_L1, open},
            {"kind"_L1, kind},
            {"template"_L1, idJson(templateId)},
            {"template_name"_L1, textOrNull(templateName)},
            {"category"_L1, textOrNull(category)},
            {"assignee"_L1, idJson(assignee)},
            {"assignee_name"_L1, textOrNull(assigneeName)},
            {"risk"_L1, riskJson(risk)},
            {"risk_score"_L1, riskScore},
            {"risk_level"_L1, riskLevel},
            {"implementation_plan"_L1, implementationPlan},
            {"backout_plan"_L1, backoutPlan},
            {"test_plan"_L1, testPlan},
            {"planned_start"_L1, timeJson(plannedStart)},
            {"planned_end"_L1, timeJson(plannedEnd)},
            {"cis"_L1, listJson(cis)},
            {"impact"_L1, impact.toJson()},
            {"conflicts"_L1, listJson(conflicts)},
            {"review"_L1, review ? QJsonValue(review->toJson()) : QJsonValue()},
            {"caused_incidents"_L1, listJson(causedIncidents)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

ChangeDetail ChangeDetail::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    ChangeDetail d;
    d.id = o.value("id"_L1).toInteger();
    d.title = o.value("title"_L1).toString();
    d.description = o.value("description"_L1).toString();
    d.status = o.value("status"_L1).toString();
    d.open = o.value("open"_L1).toBool();
    d.kind = o.value("kind"_L1).toString();
    d.templateId = idOf(o.value("template"_L1));
    d.templateName = o.value("template_name"_L1).toString();
    d.category = o.value("category"_L1).toString();
    d.assignee = idOf(o.value("assignee"_L1));
    d.assigneeName = o.value("assignee_name"_L1).toString();
    d.risk = riskOf(o.value("risk"_L1));
    d.riskScore = o.value("risk_score"_L1).toInt();
    d.riskLevel = o.value("risk_level"_L1).toString();
    d.implementationPlan = o.value("implementation_plan"_L1).toString();
    d.backoutPlan = o.value("backout_plan"_L1).toString();
    d.testPlan = o.value("test_plan"_L1).toString();
    d.plannedStart = timeOf(o.value("planned_start"_L1));
    d.plannedEnd = timeOf(o.value("planned_end"_L1));
    d.cis = listOf<CiNode>(o.value("cis"_L1));
    d.impact = ChangeImpact::fromJson(o.value("impact"_L1));
    d.conflicts = listOf<ChangeConflict>(o.value("conflicts"_L1));
    if (o.value("review"_L1).isObject())
        d.review = ChangeReview::fromJson(o.value("review"_L1));
    d.causedIncidents = listOf<ChangeIncident>(o.value("caused_incidents"_L1));
    d.updatedAt = timeOr0(o.value("updated_at"_L1));
    return d;
}

QJsonObject ChangeTemplate::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"description"_L1, description},
            {"category"_L1, textOrNull(category)},
            {"cis"_L1, listJson(cis)},
            {"implementation_plan"_L1, implementationPlan},
            {"backout_plan"_L1, backoutPlan},
            {"test_plan"_L1, testPlan},
            {"risk_level"_L1, riskLevel},
            {"active"_L1, active},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

ChangeTemplate ChangeTemplate::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    ChangeTemplate t;
    t.id = o.value("id"_L1).toInteger();
    t.name = o.value("name"_L1).toString();
    t.description = o.value("description"_L1).toString();
    t.category = o.value("category"_L1).toString();
    t.cis = listOf<CiNode>(o.value("cis"_L1));
    t.implementationPlan = o.value("implementation_plan"_L1).toString();
    t.backoutPlan = o.value("backout_plan"_L1).toString();
    t.testPlan = o.value("test_plan"_L1).toString();
    t.riskLevel = o.value("risk_level"_L1).toString();
    t.active = o.value("active"_L1).toBool();
    t.updatedAt = timeOr0(o.value("updated_at"_L1));
    return t;
}

QJsonObject ChangeTemplateList::toJson() const
{
    return {{"items"_L1, listJson(items)}};
}

ChangeTemplateList ChangeTemplateList::fromJson(const QJsonValue& value)
{
    return {listOf<ChangeTemplate>(value.toObject().value("items"_L1))};
}

QJsonObject ChangeWindow::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"kind"_L1, kind},
            {"start"_L1, timeutil::toIso(start)},
            {"end"_L1, timeutil::toIso(end)},
            {"repeat"_L1, repeat},
            {"until"_L1, timeJson(until)},
            {"cis"_L1, listJson(cis)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

ChangeWindow ChangeWindow::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    ChangeWindow w;
    w.id = o.value("id"_L1).toInteger();
    w.name = o.value("name"_L1).toString();
    w.kind = o.value("kind"_L1).toString();
    w.start = timeOr0(o.value("start"_L1));
    w.end = timeOr0(o.value("end"_L1));
    w.repeat = o.value("repeat"_L1).toString();
    w.until = timeOf(o.value("until"_L1));
    w.cis = listOf<CiNode>(o.value("cis"_L1));
    w.updatedAt = timeOr0(o.value("updated_at"_L1));
    return w;
}

QJsonObject ChangeWindowList::toJson() const
{
    return {{"items"_L1, listJson(items)}};
}

ChangeWindowList ChangeWindowList::fromJson(const QJsonValue& value)
{
    return {listOf<ChangeWindow>(value.toObject().value("items"_L1))};
}

QJsonObject ChangeWindowDeleted::toJson() const
{
    return {{"id"_L1, id}, {"deleted"_L1, deleted}};
}

ChangeWindowDeleted ChangeWindowDeleted::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("id"_L1).toInteger(), o.value("deleted"_L1).toBool()};
}

QJsonObject ChangeSlot::toJson() const
{
    return {{"id"_L1, id},
            {"title"_L1, title},
            {"kind"_L1, kind},
            {"status"_L1, status},
            {"open"_L1, open},
            {"risk_level"_L1, riskLevel},
            {"planned_start"_L1, timeutil::toIso(plannedStart)},
            {"planned_end"_L1, timeutil::toIso(plannedEnd)},
            {"cis"_L1, listJson(cis)},
            {"conflict_count"_L1, conflictCount}};
}

ChangeSlot ChangeSlot::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    ChangeSlot s;
    s.id = o.value("id"_L1).toInteger();
    s.title = o.value("title"_L1).toString();
    s.kind = o.value("kind"_L1).toString();
    s.status = o.value("status"_L1).toString();
    s.open = o.value("open"_L1).toBool();
    s.riskLevel = o.value("risk_level"_L1).toString();
    s.plannedStart = timeOr0(o.value("planned_start"_L1));
    s.plannedEnd = timeOr0(o.value("planned_end"_L1));
    s.cis = listOf<CiNode>(o.value("cis"_L1));
    s.conflictCount = o.value("conflict_count"_L1).toInt();
    return s;
}

QJsonObject WindowOccurrence::toJson() const
{
    return {{"window"_L1, window},
            {"name"_L1, name},
            {"kind"_L1, kind},
            {"start"_L1, timeutil::toIso(start)},
            {"end"_L1, timeutil::toIso(end)},
            {"cis"_L1, listJson(cis)}};
}

WindowOccurrence WindowOccurrence::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("window"_L1).toInteger(), o.value("name"_L1).toString(),
            o.value("kind"_L1).toString(),    timeOr0(o.value("start"_L1)),
            timeOr0(o.value("end"_L1)),       listOf<CiNode>(o.value("cis"_L1))};
}

QJsonObject CalendarConflict::toJson() const
{
    return {{"change"_L1, change}, {"conflict"_L1, conflict.toJson()}};
}

CalendarConflict CalendarConflict::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("change"_L1).toInteger(), ChangeConflict::fromJson(o.value("conflict"_L1))};
}

QJsonObject ChangeCalendar::toJson() const
{
    QJsonObject o {{"changes"_L1, listJson(changes)},
                   {"windows"_L1, listJson(windows)},
                   {"conflicts"_L1, listJson(conflicts)}};
    if (nextCursor)
        o.insert("next_cursor"_L1, *nextCursor);
    return o;
}

ChangeCalendar ChangeCalendar::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    ChangeCalendar calendar {listOf<ChangeSlot>(o.value("changes"_L1)),
                             listOf<WindowOccurrence>(o.value("windows"_L1)),
                             listOf<CalendarConflict>(o.value("conflicts"_L1)), std::nullopt};
    if (o.value("next_cursor"_L1).isString())
        calendar.nextCursor = o.value("next_cursor"_L1).toString();
    return calendar;
}

} // namespace frontline::api
