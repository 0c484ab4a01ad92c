#include "changeapi.h"

#include "api/ticketapi.h"
#include "core/timeutil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

constexpr TextRule TitleRule {.minLength = 1, .maxLength = MaxTitleLength};
constexpr TextRule DescriptionRule {
    .minLength = 0, .maxLength = MaxBodyLength, .singleLine = false};
constexpr TextRule CategoryRule {.minLength = 1, .maxLength = 100};
constexpr TextRule PlanRule {.minLength = 0, .maxLength = MaxChangeText, .singleLine = false};
constexpr TextRule NotesRule {.minLength = 1, .maxLength = MaxChangeText, .singleLine = false};
constexpr TextRule NameRule {.minLength = 1, .maxLength = 200};
constexpr TextRule TimeRule {.minLength = 1, .maxLength = 40};
constexpr TextRule LevelRule {.minLength = 1, .maxLength = 40};

bool isIdentifier(const QString& text)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    return pattern.match(text).hasMatch();
}

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

std::optional<qint64> readTime(ParamReader& reader, QLatin1StringView name)
{
    return checkTime(reader, name, reader.optionalString(name, TimeRule));
}

qint64 requiredTime(ParamReader& reader, QLatin1StringView name)
{
    const QString text = reader.requiredString(name, TimeRule);
    if (!reader.ok() || reader.describing())
        return 0;
    return checkTime(reader, name, text).value_or(0);
}

Nullable<qint64> readNullableTime(ParamReader& reader, QLatin1StringView name)
{
    const Nullable<QString> text = reader.nullableString(name, TimeRule);
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

QJsonObject riskJson(const QMap<QString, int>& answers)
{
    QJsonObject o;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, int> riskOf(const QJsonValue& value)
{
    QMap<QString, int> answers;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        answers.insert(it.key(), it.value().toInt());
    return answers;
}

QJsonArray idsJson(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

template<typename T> QJsonArray listJson(const QList<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toJson());
    return array;
}

template<typename T> QList<T> listOf(const QJsonValue& value)
{
    QList<T> items;
    for (const QJsonValue& item : value.toArray())
        items.append(T::fromJson(item));
    return items;
}

QJsonValue timeJson(std::optional<qint64> at)
{
    return at ? QJsonValue(timeutil::toIso(*at)) : QJsonValue();
}

std::optional<qint64> timeOf(const QJsonValue& value)
{
    return value.isString() ? timeutil::fromIso(value.toString()) : std::nullopt;
}

qint64 timeOr0(const QJsonValue& value)
{
    return timeOf(value).value_or(0);
}

QJsonValue idJson(std::optional<qint64> id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

std::optional<qint64> idOf(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

template<typename T> void putNullable(QJsonObject& o, QLatin1StringView name, const Nullable<T>& v)
{
    if (v.present)
        o.insert(name, v.value ? QJsonValue(*v.value) : QJsonValue());
}

void putNullableTime(QJsonObject& o, QLatin1StringView name, const Nullable<qint64>& v)
{
    if (v.present)
        o.insert(name, timeJson(v.value));
}

template<typename T>
void putOptional(QJsonObject& o, QLatin1StringView name, const std::optional<T>& v)
{
    if (v)
        o.insert(name, *v);
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

// ---- questionnaire ----

QJsonObject RiskOption::toJson() const
{
    return {{"label"_L1, label}, {"score"_L1, score}};
}

RiskOption RiskOption::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("label"_L1).toString(), o.value("score"_L1).toInt()};
}

QJsonObject RiskQuestion::toJson() const
{
    return {{"id"_L1, id}, {"text"_L1, text}, {"options"_L1, listJson(options)}};
}

RiskQuestion RiskQuestion::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("id"_L1).toString(), o.value("text"_L1).toString(),
            listOf<RiskOption>(o.value("options"_L1))};
}

QJsonObject RiskLevel::toJson() const
{
    return {{"name"_L1, name}, {"label"_L1, label}, {"min_score"_L1, minScore}};
}

RiskLevel RiskLevel::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("name"_L1).toString(), o.value("label"_L1).toString(),
            o.value("min_score"_L1).toInt()};
}

const RiskQuestion* ChangeQuestionnaire::question(const QString& id) const
{
    for (const RiskQuestion& q : questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

const RiskLevel* ChangeQuestionnaire::level(const QString& name) const
{
    for (const RiskLevel& l : levels) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

int ChangeQuestionnaire::score(const QMap<QString, int>& answers) const
{
    int sum = 0;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const RiskQuestion* q = question(it.key());
        if (q && it.value() >= 0 && it.value() < q->options.size())
            sum += q->options.at(it.value()).score;
    }
    return sum;
}

QString ChangeQuestionnaire::levelFor(int score) const
{
    QString name;
    for (const RiskLevel& l : levels) {
        if (l.minScore <= score)
            name = l.name;
    }
    return name;
}

QString ChangeQuestionnaire::firstUnanswered(const QMap<QString, int>& answers) const
{
    for (const RiskQuestion& q : questions) {
        if (!answers.contains(q.id))
            return q.id;
    }
    return {};
}

std::optional<std::pair<QString, QString>>
ChangeQuestionnaire::checkAnswers(const QMap<QString, int>& answers) const
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const RiskQuestion* q = question(it.key());
        if (!q)
            return std::pair(u"risk."_s + it.key(), u"is not a question of the questionnaire"_s);
        if (it.value() < 0 || it.value() >= q->options.size())
            return std::pair(u"risk."_s + it.key(),
                             u"must be an option index from 0 to %1"_s.arg(q->options.size() - 1));
    }
    return std::nullopt;
}

QJsonObject ChangeQuestionnaire::toJson() const
{
    return {{"questions"_L1, listJson(questions)}, {"levels"_L1, listJson(levels)}};
}

ChangeQuestionnaire ChangeQuestionnaire::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {listOf<RiskQuestion>(o.value("questions"_L1)), listOf<RiskLevel>(o.value("levels"_L1))};
}

Result<ChangeQuestionnaire, std::pair<QString, QString>>
ChangeQuestionnaire::parse(const QJsonValue& value, const QString& name)
{
    using Problem = std::pair<QString, QString>;
    if (!value.isObject())
        return Problem(name, u"must be an object {questions, levels}"_s);
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != "questions"_L1 && it.key() != "levels"_L1)
            return Problem(name + u"."_s + it.key(), u"is not a field of the questionnaire"_s);
    }
    ChangeQuestionnaire result;
    const QJsonValue questions = o.value("questions"_L1);
    if (!questions.isArray() || questions.toArray().isEmpty()
        || questions.toArray().size() > MaxRiskQuestions)
        return Problem(name + u".questions"_s,
                       u"must be a list of 1 to %1 questions"_s.arg(MaxRiskQuestions));
    QSet<QString> ids;
    const QJsonArray qs = questions.toArray();
    for (qsizetype i = 0; i < qs.size(); ++i) {
        const QString at = name + u".questions[%1]"_s.arg(i);
        const QJsonObject q = qs.at(i).toObject();
        if (!qs.at(i).isObject())
            return Problem(at, u"must be an object {id, text, options}"_s);
        RiskQuestion question;
        question.id = q.value("id"_L1).toString();
        if (!isIdentifier(question.id))
            return Problem(at + u".id"_s, u"must match [a-z][a-z0-9_]* (at most 40)"_s);
        if (ids.contains(question.id))
            return Problem(at + u".id"_s, u"is used by another question"_s);
        ids.insert(question.id);
        question.text = q.value("text"_L1).toString().trimmed();
        if (question.text.isEmpty() || question.text.size() > 500)
            return Problem(at + u".text"_s, u"must be 1 to 500 characters"_s);
        const QJsonArray options = q.value("options"_L1).toArray();
        if (options.isEmpty() || options.size() > MaxRiskOptions)
            return Problem(at + u".options"_s,
                           u"must be a list of 1 to %1 options"_s.arg(MaxRiskOptions));
        for (qsizetype j = 0; j < options.size(); ++j) {
            const QString optionAt = at + u".options[%1]"_s.arg(j);
            const QJsonObject option = options.at(j).toObject();
            RiskOption parsed;
            parsed.label = option.value("label"_L1).toString().trimmed();
            if (parsed.label.isEmpty() || parsed.label.size() > 200)
                return Problem(optionAt + u".label"_s, u"must be 1 to 200 characters"_s);
            const QJsonValue score = option.value("score"_L1);
            const double number = score.toDouble(-1);
            if (!score.isDouble() || number < 0 || number > 1000 || number != double(int(number)))
                return Problem(optionAt + u".score"_s, u"must be an integer from 0 to 1000"_s);
            parsed.score = int(number);
            question.options.append(parsed);
        }
        result.questions.append(question);
    }
    const QJsonArray levels = o.value("levels"_L1).toArray();
    if (levels.isEmpty() || levels.size() > MaxRiskLevels)
        return Problem(name + u".levels"_s,
                       u"must be a list of 1 to %1 levels"_s.arg(MaxRiskLevels));
    QSet<QString> names;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString at = name + u".levels[%1]"_s.arg(i);
        const QJsonObject l = levels.at(i).toObject();
        RiskLevel level;
        level.name = l.value("name"_L1).toString();
        if (!isIdentifier(level.name))
            return Problem(at + u".name"_s, u"must match [a-z][a-z0-9_]* (at most 40)"_s);
        if (names.contains(level.name))
            return Problem(at + u".name"_s, u"is used by another level"_s);
        names.insert(level.name);
        level.label = l.value("label"_L1).toString().trimmed();
        if (level.label.isEmpty() || level.label.size() > 100)
            return Problem(at + u".label"_s, u"must be 1 to 100 characters"_s);
        const QJsonValue min = l.value("min_score"_L1);
        const double number = min.toDouble(-1);
        if (!min.isDouble() || number < 0 || number != double(int(number)))
            return Problem(at + u".min_score"_s, u"must be an integer of at least 0"_s);
        level.minScore = int(number);
        if (i == 0 && level.minScore != 0)
            return Problem(at + u".min_score"_s, u"must be 0 for the first level"_s);
        if (i > 0 && level.minScore <= result.levels.last().minScore)
            return Problem(at + u".min_score"_s, u"must be above the previous level's"_s);
        result.levels.append(level);
    }
    return result;
}

ChangeQuestionnaire ChangeQuestionnaire::builtIn()
{
    ChangeQuestionnaire q;
    q.questions = {
        {u"users_affected"_s,
         u"How many users are affected while the change is carried out?"_s,
         {{u"None"_s, 0}, {u"Fewer than 10"_s, 1}, {u"10 to 100"_s, 2}, {u"More than 100"_s, 3}}},
        {u"services_affected"_s,
         u"Which services are affected, and how critical are they to the business?"_s,
         {{u"None"_s, 0},
          {u"Internal, low criticality"_s, 1},
          {u"Several, or one important to the business"_s, 2},
          {u"Business-critical service"_s, 3}}},
        {u"tested"_s,
         u"Was the change tested before (in a test environment)?"_s,
         {{u"Yes, fully"_s, 0}, {u"Partly"_s, 1}, {u"No"_s, 3}}},
        {u"backout"_s,
         u"How complex is backing the change out?"_s,
         {{u"Simple and quick"_s, 0},
          {u"Takes planning or time"_s, 1},
          {u"Difficult or impossible"_s, 3}}},
        {u"done_before"_s,
         u"Was the same change done before successfully?"_s,
         {{u"Yes, several times"_s, 0}, {u"Once"_s, 1}, {u"Never"_s, 2}}},
    };
    q.levels = {{u"low"_s, u"Low"_s, 0},
                {u"medium"_s, u"Medium"_s, 4},
                {u"high"_s, u"High"_s, 8},
                {u"very_high"_s, u"Very high"_s, 11}};
    return q;
}

QJsonObject ChangeApprovalConfig::toJson() const
{
    QJsonObject o;
    if (normal)
        o.insert("normal"_L1, approvalStepsJson(*normal));
    if (emergency)
        o.insert("emergency"_L1, approvalStepsJson(*emergency));
    return o;
}

Result<ChangeApprovalConfig, std::pair<QString, QString>>
ChangeApprovalConfig::parse(const QJsonValue& value, const QString& name)
{
    using Problem = std::pair<QString, QString>;
    if (!value.isObject())
        return Problem(name, u"must be an object {normal, emergency}"_s);
    const QJsonObject o = value.toObject();
    ChangeApprovalConfig config;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString at = name + u"."_s + it.key();
        if (it.key() != "normal"_L1 && it.key() != "emergency"_L1)
            return Problem(at, u"must be normal or emergency"_s);
        auto steps = parseApprovalSteps(it.value(), at);
        if (!steps.ok())
            return steps.error();
        if (steps->isEmpty())
            return Problem(at, u"needs at least one step"_s);
        (it.key() == "normal"_L1 ? config.normal : config.emergency) = *steps;
    }
    return config;
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
    p.title = reader.requiredString("title"_L1, TitleRule).trimmed();
    p.description = reader.optionalString("description"_L1, DescriptionRule).value_or(QString());
    p.kind = reader.requiredEnum("kind"_L1, changeKindNames());
    p.templateId = reader.optionalId("template"_L1);
    p.category = reader.optionalString("category"_L1, CategoryRule);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis);
    p.implementationPlan = reader.optionalString("implementation_plan"_L1, PlanRule);
    p.backoutPlan = reader.optionalString("backout_plan"_L1, PlanRule);
    p.testPlan = reader.optionalString("test_plan"_L1, PlanRule);
    p.risk = readRisk(reader);
    p.plannedStart = readTime(reader, "planned_start"_L1);
    p.plannedEnd = readTime(reader, "planned_end"_L1);
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
    p.title = reader.optionalString("title"_L1, TitleRule);
    if (p.title)
        p.title = p.title->trimmed();
    p.description = reader.optionalString("description"_L1, DescriptionRule);
    p.kind = reader.optionalEnum("kind"_L1, changeKindNames());
    p.templateId = reader.nullableId("template"_L1);
    p.category = reader.nullableString("category"_L1, CategoryRule);
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
    p.notes = reader.requiredString("notes"_L1, NotesRule).trimmed();
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
    return o;
}

Result<ChangeCalendarParams, rpc::RpcError> ChangeCalendarParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ChangeCalendarParams p;
    p.from = requiredTime(reader, "from"_L1);
    p.to = requiredTime(reader, "to"_L1);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis);
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
    p.name = reader.requiredString("name"_L1, NameRule).trimmed();
    p.kind = reader.requiredEnum("kind"_L1, changeWindowKindNames());
    p.start = requiredTime(reader, "start"_L1);
    p.end = requiredTime(reader, "end"_L1);
    p.repeat = reader.optionalEnum("repeat"_L1, changeWindowRepeatNames()).value_or(u"none"_s);
    p.until = readTime(reader, "until"_L1);
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
    p.name = reader.optionalString("name"_L1, NameRule);
    if (p.name)
        p.name = p.name->trimmed();
    p.kind = reader.optionalEnum("kind"_L1, changeWindowKindNames());
    p.start = readTime(reader, "start"_L1);
    p.end = readTime(reader, "end"_L1);
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
    p.name = reader.requiredString("name"_L1, NameRule).trimmed();
    p.description = reader.optionalString("description"_L1, DescriptionRule).value_or(QString());
    p.category = reader.optionalString("category"_L1, CategoryRule);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis).value_or(QList<qint64>());
    p.implementationPlan = reader.requiredString("implementation_plan"_L1, NotesRule).trimmed();
    p.backoutPlan = reader.requiredString("backout_plan"_L1, NotesRule).trimmed();
    p.testPlan = reader.requiredString("test_plan"_L1, NotesRule).trimmed();
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
    p.name = reader.optionalString("name"_L1, NameRule);
    p.description = reader.optionalString("description"_L1, DescriptionRule);
    p.category = reader.nullableString("category"_L1, CategoryRule);
    p.cis = readIdList(reader, "cis"_L1, MaxChangeCis);
    p.implementationPlan = reader.optionalString("implementation_plan"_L1, NotesRule);
    p.backoutPlan = reader.optionalString("backout_plan"_L1, NotesRule);
    p.testPlan = reader.optionalString("test_plan"_L1, NotesRule);
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
    return {{"changes"_L1, listJson(changes)},
            {"windows"_L1, listJson(windows)},
            {"conflicts"_L1, listJson(conflicts)}};
}

ChangeCalendar ChangeCalendar::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {listOf<ChangeSlot>(o.value("changes"_L1)),
            listOf<WindowOccurrence>(o.value("windows"_L1)),
            listOf<CalendarConflict>(o.value("conflicts"_L1))};
}

} // namespace frontline::api
