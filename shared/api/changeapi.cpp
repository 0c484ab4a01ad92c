#include "changeapi.h"

#include "api/jsonhelpers.h"
#include "api/ticketapi.h"
#include "core/timeutil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

using namespace jsonhelpers;

constexpr TextRule ChangeTitleRule {.minLength = 1, .maxLength = MaxTitleLength};
constexpr TextRule ChangeDescriptionRule {
    .minLength = 0, .maxLength = MaxBodyLength, .singleLine = false};
constexpr TextRule ChangeCategoryRule {.minLength = 1, .maxLength = 100};
constexpr TextRule PlanRule {.minLength = 0, .maxLength = MaxChangeText, .singleLine = false};
constexpr TextRule ChangeNotesRule {
    .minLength = 1, .maxLength = MaxChangeText, .singleLine = false};
constexpr TextRule ChangeNameRule {.minLength = 1, .maxLength = 200};
constexpr TextRule ChangeTimeRule {.minLength = 1, .maxLength = 40};
constexpr TextRule LevelRule {.minLength = 1, .maxLength = 40};

std::optional<qint64> checkTime(ParamReader& reader, QLatin1StringView name,
                                const std::optional<QString>& text)
{
    if (!text || reader.describing())
        return std::nullopt;
    const auto at = timeutil::fromIso(*text);
    if (!at)
        reader.fail(name, u"must be an ISO 8601 UTC time"_s);
    return at;
}

std::optional<qint64> readChangeTime(ParamReader& reader, QLatin1StringView name)
{
    return checkTime(reader, name, reader.optionalString(name, ChangeTimeRule));
}

qint64 requiredTime(ParamReader& reader, QLatin1StringView name)
{
    const QString text = reader.requiredString(name, ChangeTimeRule);
    if (!reader.ok() || reader.describing())
        return 0;
    return checkTime(reader, name, text).value_or(0);
}

Nullable<qint64> readNullableTime(ParamReader& reader, QLatin1StringView name)
{
    const Nullable<QString> text = reader.nullableString(name, ChangeTimeRule);
    if (!text.present)
        return Nullable<qint64>::absent();
    if (!text.value)
        return Nullable<qint64>::null();
    const auto at = checkTime(reader, name, text.value);
    return at ? Nullable<qint64>::of(*at) : Nullable<qint64>::absent();
}

// risk: {question_id: option_index}; the questions themselves are checked by the server.
std::optional<QMap<QString, int>> readRisk(ParamReader& reader)
{
    const auto object = reader.optionalObject("risk"_L1);
    if (!object || reader.describing())
        return std::nullopt;
    QMap<QString, int> answers;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const double number = it.value().toDouble(-1);
        if (!it.value().isDouble() || number < 0 || number != double(int(number))) {
            reader.failPath(reader.path("risk"_L1) + u"."_s + it.key(),
                            u"must be the index of one of the question's options"_s);
            return std::nullopt;
        }
        answers.insert(it.key(), int(number));
    }
    return answers;
}

} // namespace

QStringList changeKindNames()
{
    return {u"standard"_s, u"normal"_s, u"emergency"_s};
}

QStringList changeReviewOutcomeNames()
{
    return {u"successful"_s, u"successful_with_issues"_s, u"failed"_s, u"backed_out"_s};
}

QStringList changeWindowKindNames()
{
    return {u"maintenance"_s, u"freeze"_s};
}

QStringList changeWindowRepeatNames()
{
    return {u"none"_s, u"weekly"_s};
}

QStringList changeConflictKindNames()
{
    return {u"overlap"_s, u"outside_window"_s, u"freeze"_s};
}

// ---- params ----

QJsonObject ChangeCreateParams::toJson() const
{
    QJsonObject o {{"title"_L1, title}, {"kind"_L1, kind}};
    if (!description.isEmpty())
        o.insert("description"_L1, description);
    putOptional(o, "template"_L1, templateId);
    putOptional(o, "category"_L1, category);
    if (cis)
        o.insert("cis"_L1, idsJson(*cis));
    putOptional(o, "implementation_plan"_L1, implementationPlan);
    putOptional(o, "backout_plan"_L1, backoutPlan);
    putOptional(o, "test_plan"_L1, testPlan);
    if (risk)
        o.insert("risk"_L1, riskJson(*risk));
    if (plannedStart)
        o.insert("planned_start"_L1, timeutil::toIso(*plannedStart));
    if (plannedEnd)
        o.insert("planned_end"_L1, timeutil::toIso(*plannedEnd));
    putOptional(o, "assignee"_L1, assignee);
    return o;
}

Result<ChangeCreateParams, rpc::RpcError> ChangeCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeCreateParams p;
    p.title = reader.requiredString("title"_L1, ChangeTitleRule).trimmed();
    p.description =
        reader.optionalString("description"_L1, ChangeDescriptionRule).value_or(QString());
    p.kind = reader.requiredEnum("kind"_L1, changeKindNames());
    p.templateId = reader.optionalId("template"_L1);
    p.category = reader.optionalString("category"_L1, ChangeCategoryRule);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis);
    p.implementationPlan = reader.optionalString("implementation_plan"_L1, PlanRule);
    p.backoutPlan = reader.optionalString("backout_plan"_L1, PlanRule);
    p.testPlan = reader.optionalString("test_plan"_L1, PlanRule);
    p.risk = readRisk(reader);
    p.plannedStart = readChangeTime(reader, "planned_start"_L1);
    p.plannedEnd = readChangeTime(reader, "planned_end"_L1);
    p.assignee = reader.optionalId("assignee"_L1);
    if (reader.ok() && !reader.describing()) {
        if (p.kind == "standard"_L1 && !p.templateId)
            reader.fail("template"_L1, u"is required for a standard change"_s);
        else if (p.kind != "standard"_L1 && p.templateId)
            reader.fail("template"_L1, u"is only for standard changes"_s);
        else if (p.plannedStart && p.plannedEnd && *p.plannedEnd <= *p.plannedStart)
            reader.fail("planned_end"_L1, u"must be after planned_start"_s);
        else if (p.plannedEnd && !p.plannedStart)
            reader.fail("planned_start"_L1, u"is required with planned_end"_s);
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

bool ChangeUpdateParams::empty() const
{
    return !title && !description && !kind && !templateId.present && !category.present && !cis
        && !implementationPlan && !backoutPlan && !testPlan && !risk && !plannedStart.present
        && !plannedEnd.present && !assignee.present;
}

QJsonObject ChangeUpdateParams::toJson() const
{
    QJsonObject o {{"id"_L1, id}};
    putOptional(o, "title"_L1, title);
    putOptional(o, "description"_L1, description);
    putOptional(o, "kind"_L1, kind);
    putNullable(o, "template"_L1, templateId);
    putNullable(o, "category"_L1, category);
    if (cis)
        o.insert("cis"_L1, idsJson(*cis));
    putOptional(o, "implementation_plan"_L1, implementationPlan);
    putOptional(o, "backout_plan"_L1, backoutPlan);
    putOptional(o, "test_plan"_L1, testPlan);
    if (risk)
        o.insert("risk"_L1, riskJson(*risk));
    putNullableTime(o, "planned_start"_L1, plannedStart);
    putNullableTime(o, "planned_end"_L1, plannedEnd);
    putNullable(o, "assignee"_L1, assignee);
    return o;
}

Result<ChangeUpdateParams, rpc::RpcError> ChangeUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.title = reader.optionalString("title"_L1, ChangeTitleRule);
    if (p.title)
        p.title = p.title->trimmed();
    p.description = reader.optionalString("description"_L1, ChangeDescriptionRule);
    p.kind = reader.optionalEnum("kind"_L1, changeKindNames());
    p.templateId = reader.nullableId("template"_L1);
    p.category = reader.nullableString("category"_L1, ChangeCategoryRule);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis);
    p.implementationPlan = reader.optionalString("implementation_plan"_L1, PlanRule);
    p.backoutPlan = reader.optionalString("backout_plan"_L1, PlanRule);
    p.testPlan = reader.optionalString("test_plan"_L1, PlanRule);
    p.risk = readRisk(reader);
    p.plannedStart = readNullableTime(reader, "planned_start"_L1);
    p.plannedEnd = readNullableTime(reader, "planned_end"_L1);
    p.assignee = reader.nullableId("assignee"_L1);
    if (reader.ok() && !reader.describing()) {
        if (p.empty())
            reader.fail("id"_L1, u"nothing to change: give at least one field"_s);
        else if (p.plannedStart.value && p.plannedEnd.value
                 && *p.plannedEnd.value <= *p.plannedStart.value)
            reader.fail("planned_end"_L1, u"must be after planned_start"_s);
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ChangeSubmitParams::toJson() const
{
    QJsonObject o {{"id"_L1, id}};
    if (!note.isEmpty())
        o.insert("note"_L1, note);
    return o;
}

Result<ChangeSubmitParams, rpc::RpcError> ChangeSubmitParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeSubmitParams p;
    p.id = reader.requiredId("id"_L1);
    p.note = reader.optionalString("note"_L1, PlanRule).value_or(QString()).trimmed();
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ChangeReviewParams::toJson() const
{
    return {{"id"_L1, id}, {"outcome"_L1, outcome}, {"notes"_L1, notes}};
}

Result<ChangeReviewParams, rpc::RpcError> ChangeReviewParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeReviewParams p;
    p.id = reader.requiredId("id"_L1);
    p.outcome = reader.requiredEnum("outcome"_L1, changeReviewOutcomeNames());
    p.notes = reader.requiredString("notes"_L1, ChangeNotesRule).trimmed();
    if (reader.ok() && !reader.describing() && p.notes.isEmpty())
        reader.fail("notes"_L1, u"is required"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ChangeLinkIncidentsParams::toJson() const
{
    return {{"change"_L1, change}, {"incidents"_L1, idsJson(incidents)}};
}

Result<ChangeLinkIncidentsParams, rpc::RpcError>
ChangeLinkIncidentsParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeLinkIncidentsParams p;
    p.change = reader.requiredId("change"_L1);
    const auto ids = readIdList(reader, "incidents"_L1, MaxChangeIncidents);
    if (reader.ok() && !reader.describing() && (!ids || ids->isEmpty()))
        reader.fail("incidents"_L1, u"must name at least one incident"_s);
    p.incidents = ids.value_or(QList<qint64>());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ChangeCalendarParams::toJson() const
{
    QJsonObject o {{"from"_L1, timeutil::toIso(from)}, {"to"_L1, timeutil::toIso(to)}};
    if (cis)
        o.insert("cis"_L1, idsJson(*cis));
    if (limit != MaxLimit)
        o.insert("limit"_L1, limit);
    if (after)
        o.insert("cursor"_L1, cursorOf(after->start, after->id));
    return o;
}

QString ChangeCalendarParams::cursorOf(qint64 start, qint64 id)
{
    return QString::number(start) + u':' + QString::number(id);
}

Result<ChangeCalendarParams, rpc::RpcError> ChangeCalendarParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeCalendarParams p;
    p.from = requiredTime(reader, "from"_L1);
    p.to = requiredTime(reader, "to"_L1);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis);
    p.limit = reader.optionalInt("limit"_L1, 1, MaxLimit).value_or(MaxLimit);
    if (auto cursor = reader.optionalString("cursor"_L1, {.minLength = 3, .maxLength = 41})) {
        const QStringList parts = cursor->split(u':');
        bool startOk = false;
        bool idOk = false;
        if (parts.size() == 2)
            p.after = After {parts.at(0).toLongLong(&startOk), parts.at(1).toLongLong(&idOk)};
        if ((!startOk || !idOk || p.after->id <= 0) && !reader.describing())
            reader.fail("cursor"_L1, u"is not a cursor of change.calendar"_s);
    }
    if (reader.ok() && !reader.describing()) {
        if (p.to <= p.from)
            reader.fail("to"_L1, u"must be after from"_s);
        else if (p.to - p.from > MaxCalendarRangeMs)
            reader.fail("to"_L1, u"must be at most 62 days after from"_s);
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

namespace {

// The rules a window's times share between create and update.
void checkWindow(ParamReader& reader, qint64 start, qint64 end, const QString& repeat,
                 std::optional<qint64> until)
{
    if (!reader.ok() || reader.describing())
        return;
    if (end <= start)
        reader.fail("end"_L1, u"must be after start"_s);
    else if (repeat == "weekly"_L1 && end - start > 7LL * 24 * 3600 * 1000)
        reader.fail("end"_L1, u"a weekly window lasts at most 7 days"_s);
    else if (until && *until < start)
        reader.fail("until"_L1, u"must not be before start"_s);
    else if (until && repeat != "weekly"_L1)
        reader.fail("until"_L1, u"is only for weekly windows"_s);
}

} // namespace

QJsonObject ChangeWindowCreateParams::toJson() const
{
    QJsonObject o {{"name"_L1, name},
                   {"kind"_L1, kind},
                   {"start"_L1, timeutil::toIso(start)},
                   {"end"_L1, timeutil::toIso(end)},
                   {"repeat"_L1, repeat},
                   {"cis"_L1, idsJson(cis)}};
    if (until)
        o.insert("until"_L1, timeutil::toIso(*until));
    return o;
}

Result<ChangeWindowCreateParams, rpc::RpcError>
ChangeWindowCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeWindowCreateParams p;
    p.name = reader.requiredString("name"_L1, ChangeNameRule).trimmed();
    p.kind = reader.requiredEnum("kind"_L1, changeWindowKindNames());
    p.start = requiredTime(reader, "start"_L1);
    p.end = requiredTime(reader, "end"_L1);
    p.repeat = reader.optionalEnum("repeat"_L1, changeWindowRepeatNames()).value_or(u"none"_s);
    p.until = readChangeTime(reader, "until"_L1);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis).value_or(QList<qint64>());
    checkWindow(reader, p.start, p.end, p.repeat, p.until);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ChangeWindowUpdateParams::toJson() const
{
    QJsonObject o {{"id"_L1, id}};
    putOptional(o, "name"_L1, name);
    putOptional(o, "kind"_L1, kind);
    if (start)
        o.insert("start"_L1, timeutil::toIso(*start));
    if (end)
        o.insert("end"_L1, timeutil::toIso(*end));
    putOptional(o, "repeat"_L1, repeat);
    putNullableTime(o, "until"_L1, until);
    if (cis)
        o.insert("cis"_L1, idsJson(*cis));
    return o;
}

Result<ChangeWindowUpdateParams, rpc::RpcError>
ChangeWindowUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeWindowUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.name = reader.optionalString("name"_L1, ChangeNameRule);
    if (p.name)
        p.name = p.name->trimmed();
    p.kind = reader.optionalEnum("kind"_L1, changeWindowKindNames());
    p.start = readChangeTime(reader, "start"_L1);
    p.end = readChangeTime(reader, "end"_L1);
    p.repeat = reader.optionalEnum("repeat"_L1, changeWindowRepeatNames());
    p.until = readNullableTime(reader, "until"_L1);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis);
    if (reader.ok() && !reader.describing() && !p.name && !p.kind && !p.start && !p.end && !p.repeat
        && !p.until.present && !p.cis)
        reader.fail("id"_L1, u"nothing to change: give at least one field"_s);
    if (reader.ok() && !reader.describing() && p.start && p.end && *p.end <= *p.start)
        reader.fail("end"_L1, u"must be after start"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ChangeTemplateCreateParams::toJson() const
{
    QJsonObject o {{"name"_L1, name},
                   {"cis"_L1, idsJson(cis)},
                   {"implementation_plan"_L1, implementationPlan},
                   {"backout_plan"_L1, backoutPlan},
                   {"test_plan"_L1, testPlan}};
    if (!description.isEmpty())
        o.insert("description"_L1, description);
    putOptional(o, "category"_L1, category);
    putOptional(o, "risk_level"_L1, riskLevel);
    return o;
}

Result<ChangeTemplateCreateParams, rpc::RpcError>
ChangeTemplateCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeTemplateCreateParams p;
    p.name = reader.requiredString("name"_L1, ChangeNameRule).trimmed();
    p.description =
        reader.optionalString("description"_L1, ChangeDescriptionRule).value_or(QString());
    p.category = reader.optionalString("category"_L1, ChangeCategoryRule);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis).value_or(QList<qint64>());
    p.implementationPlan =
        reader.requiredString("implementation_plan"_L1, ChangeNotesRule).trimmed();
    p.backoutPlan = reader.requiredString("backout_plan"_L1, ChangeNotesRule).trimmed();
    p.testPlan = reader.requiredString("test_plan"_L1, ChangeNotesRule).trimmed();
    p.riskLevel = reader.optionalString("risk_level"_L1, LevelRule);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ChangeTemplateUpdateParams::toJson() const
{
    QJsonObject o {{"id"_L1, id}};
    putOptional(o, "name"_L1, name);
    putOptional(o, "description"_L1, description);
    putNullable(o, "category"_L1, category);
    if (cis)
        o.insert("cis"_L1, idsJson(*cis));
    putOptional(o, "implementation_plan"_L1, implementationPlan);
    putOptional(o, "backout_plan"_L1, backoutPlan);
    putOptional(o, "test_plan"_L1, testPlan);
    putOptional(o, "risk_level"_L1, riskLevel);
    putOptional(o, "active"_L1, active);
    return o;
}

Result<ChangeTemplateUpdateParams, rpc::RpcError>
ChangeTemplateUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeTemplateUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.name = reader.optionalString("name"_L1, ChangeNameRule);
    p.description = reader.optionalString("description"_L1, ChangeDescriptionRule);
    p.category = reader.nullableString("category"_L1, ChangeCategoryRule);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis);
    p.implementationPlan = reader.optionalString("implementation_plan"_L1, ChangeNotesRule);
    p.backoutPlan = reader.optionalString("backout_plan"_L1, ChangeNotesRule);
    p.testPlan = reader.optionalString("test_plan"_L1, ChangeNotesRule);
    p.riskLevel = reader.optionalString("risk_level"_L1, LevelRule);
    p.active = reader.optionalBool("active"_L1);
    if (reader.ok() && !reader.describing() && !p.name && !p.description && !p.category.present
        && !p.cis && !p.implementationPlan && !p.backoutPlan && !p.testPlan && !p.riskLevel
        && !p.active)
        reader.fail("id"_L1, u"nothing to change: give at least one field"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ChangeTemplateListParams::toJson() const
{
    QJsonObject o;
    if (includeInactive)
        o.insert("include_inactive"_L1, true);
    return o;
}

Result<ChangeTemplateListParams, rpc::RpcError>
ChangeTemplateListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeTemplateListParams p;
    p.includeInactive = reader.optionalBool("include_inactive"_L1).value_or(false);
    if (auto error = reader.finish())
        return *error;
    return p;
}

} // namespace frontline::api
