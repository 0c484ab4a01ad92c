#include "api/jsonhelpers.h"
#include "changeapi.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

// The risk questionnaire (config key change_risk) and the board chains (change_approval).
namespace frontline::api {
namespace {

using namespace jsonhelpers;

bool isIdentifier(const QString& text)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

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

} // namespace frontline::api
