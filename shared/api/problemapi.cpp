#include "problemapi.h"

#include "api/jsonhelpers.h"
#include "api/ticketapi.h"
#include "core/timeutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

constexpr TextRule ProblemTitleRule {.minLength = 1, .maxLength = MaxTitleLength};
constexpr TextRule ProblemDescriptionRule {
    .minLength = 0, .maxLength = MaxBodyLength, .singleLine = false};
constexpr TextRule ProblemCategoryRule {.minLength = 1, .maxLength = 100};
constexpr TextRule RecordRule {.minLength = 0, .maxLength = MaxProblemText, .singleLine = false};
constexpr TextRule ReplyRule {.minLength = 1, .maxLength = MaxProblemText, .singleLine = false};

// A required list of 1..MaxProblemIncidents distinct ticket ids; errors name the position
// ("incidents[2]").
QList<qint64> readIds(ParamReader& reader, QLatin1StringView name)
{
    const QJsonValue value =
        reader.rawValue(name, [] { return schema::arrayOf(schema::id(), 1, MaxProblemIncidents); });
    if (value.isUndefined()) {
        reader.fail(name, u"is required"_s);
        return {};
    }
    if (reader.describing())
        return {};
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty() || array.size() > MaxProblemIncidents) {
        reader.fail(name, u"must be a list of 1 to %1 ticket ids"_s.arg(MaxProblemIncidents));
        return {};
    }
    QList<qint64> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const double number = item.toDouble(-1);
        if (!item.isDouble() || number < 1 || number != double(qint64(number))) {
            reader.failPath(reader.path(name) + u"[%1]"_s.arg(i), u"must be a ticket id"_s);
            return {};
        }
        if (!ids.contains(qint64(number)))
            ids.append(qint64(number));
    }
    return ids;
}

QList<qint64> idsOf(const QJsonValue& value)
{
    QList<qint64> ids;
    for (const QJsonValue& item : value.toArray())
        ids.append(item.toInteger());
    return ids;
}

} // namespace

QJsonObject ProblemCreateParams::toJson() const
{
    QJsonObject o {{"title"_L1, title}, {"incidents"_L1, idsJson(incidents)}};
    if (!description.isEmpty())
        o.insert("description"_L1, description);
    if (category)
        o.insert("category"_L1, *category);
    return o;
}

Result<ProblemCreateParams, rpc::RpcError> ProblemCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ProblemCreateParams p;
    p.title = reader.requiredString("title"_L1, ProblemTitleRule).trimmed();
    p.description =
        reader.optionalString("description"_L1, ProblemDescriptionRule).value_or(QString());
    p.category = reader.optionalString("category"_L1, ProblemCategoryRule);
    p.incidents = readIds(reader, "incidents"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ProblemLinkParams::toJson() const
{
    return {{"problem"_L1, problem}, {"incidents"_L1, idsJson(incidents)}};
}

Result<ProblemLinkParams, rpc::RpcError> ProblemLinkParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ProblemLinkParams p;
    p.problem = reader.requiredId("problem"_L1);
    p.incidents = readIds(reader, "incidents"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ProblemUpdateParams::toJson() const
{
    QJsonObject o {{"id"_L1, id}};
    if (rootCause)
        o.insert("root_cause"_L1, *rootCause);
    if (workaround)
        o.insert("workaround"_L1, *workaround);
    if (knownError)
        o.insert("known_error"_L1, *knownError);
    return o;
}

Result<ProblemUpdateParams, rpc::RpcError> ProblemUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ProblemUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.rootCause = reader.optionalString("root_cause"_L1, RecordRule);
    p.workaround = reader.optionalString("workaround"_L1, RecordRule);
    p.knownError = reader.optionalBool("known_error"_L1);
    if (reader.ok() && !reader.describing() && !p.rootCause && !p.workaround && !p.knownError)
        reader.fail("known_error"_L1,
                    u"nothing to change: give root_cause, workaround or "
                    u"known_error"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ProblemResolveParams::toJson() const
{
    QJsonObject o {{"id"_L1, id}, {"resolution"_L1, resolution}};
    if (resolveIncidents)
        o.insert("resolve_incidents"_L1, true);
    if (!incidentReply.isEmpty())
        o.insert("incident_reply"_L1, incidentReply);
    return o;
}

Result<ProblemResolveParams, rpc::RpcError> ProblemResolveParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ProblemResolveParams p;
    p.id = reader.requiredId("id"_L1);
    p.resolution = reader.requiredString("resolution"_L1, ReplyRule).trimmed();
    p.resolveIncidents = reader.optionalBool("resolve_incidents"_L1).value_or(false);
    p.incidentReply =
        reader.optionalString("incident_reply"_L1, ReplyRule).value_or(QString()).trimmed();
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ProblemMatchParams::toJson() const
{
    QJsonObject o;
    if (ticket)
        o.insert("ticket"_L1, *ticket);
    if (!text.isEmpty())
        o.insert("text"_L1, text);
    if (category)
        o.insert("category"_L1, *category);
    if (limit != 3)
        o.insert("limit"_L1, limit);
    return o;
}

Result<ProblemMatchParams, rpc::RpcError> ProblemMatchParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ProblemMatchParams p;
    p.ticket = reader.optionalId("ticket"_L1);
    p.text = reader.optionalString("text"_L1, ProblemDescriptionRule).value_or(QString());
    p.category = reader.optionalString("category"_L1, ProblemCategoryRule);
    p.limit = reader.optionalInt("limit"_L1, 1, 20).value_or(3);
    if (reader.ok() && !reader.describing() && !p.ticket && p.text.trimmed().isEmpty())
        reader.fail("text"_L1, u"is required without a ticket"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ProblemCandidatesParams::toJson() const
{
    return {{"days"_L1, days}, {"min_incidents"_L1, minIncidents}};
}

Result<ProblemCandidatesParams, rpc::RpcError>
ProblemCandidatesParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ProblemCandidatesParams p;
    p.days = reader.optionalInt("days"_L1, 1, 365).value_or(30);
    p.minIncidents = reader.optionalInt("min_incidents"_L1, 2, 50).value_or(3);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ProblemIncident::toJson() const
{
    return {{"id"_L1, id},
            {"title"_L1, title},
            {"status"_L1, status},
            {"open"_L1, open},
            {"category"_L1, category.isEmpty() ? QJsonValue() : QJsonValue(category)},
            {"requester"_L1, requesterName},
            {"created_at"_L1, timeutil::toIso(createdAt)}};
}

ProblemIncident ProblemIncident::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    ProblemIncident i;
    i.id = o.value("id"_L1).toInteger();
    i.title = o.value("title"_L1).toString();
    i.status = o.value("status"_L1).toString();
    i.open = o.value("open"_L1).toBool();
    i.category = o.value("category"_L1).toString();
    i.requesterName = o.value("requester"_L1).toString();
    i.createdAt = timeutil::fromIso(o.value("created_at"_L1).toString()).value_or(0);
    return i;
}

QJsonObject ProblemDetail::toJson() const
{
    return {{"id"_L1, id},
            {"title"_L1, title},
            {"description"_L1, description},
            {"status"_L1, status},
            {"open"_L1, open},
            {"category"_L1, category.isEmpty() ? QJsonValue() : QJsonValue(category)},
            {"root_cause"_L1, rootCause},
            {"workaround"_L1, workaround},
            {"known_error"_L1, knownError},
            {"incidents"_L1, listJson(incidents)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

ProblemDetail ProblemDetail::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    ProblemDetail d;
    d.id = o.value("id"_L1).toInteger();
    d.title = o.value("title"_L1).toString();
    d.description = o.value("description"_L1).toString();
    d.status = o.value("status"_L1).toString();
    d.open = o.value("open"_L1).toBool();
    d.category = o.value("category"_L1).toString();
    d.rootCause = o.value("root_cause"_L1).toString();
    d.workaround = o.value("workaround"_L1).toString();
    d.knownError = o.value("known_error"_L1).toBool();
    d.incidents = listOf<ProblemIncident>(o.value("incidents"_L1));
    d.updatedAt = timeutil::fromIso(o.value("updated_at"_L1).toString()).value_or(0);
    return d;
}

QJsonObject ProblemResolved::toJson() const
{
    return {{"problem"_L1, problem.toJson()},
            {"resolved_incidents"_L1, idsJson(resolvedIncidents)},
            {"untouched_incidents"_L1, idsJson(untouchedIncidents)}};
}

ProblemResolved ProblemResolved::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {ProblemDetail::fromJson(o.value("problem"_L1)), idsOf(o.value("resolved_incidents"_L1)),
            idsOf(o.value("untouched_incidents"_L1))};
}

QJsonObject KnownErrorMatch::toJson() const
{
    return {{"problem"_L1, problem},
            {"title"_L1, title},
            {"category"_L1, category.isEmpty() ? QJsonValue() : QJsonValue(category)},
            {"root_cause"_L1, rootCause},
            {"workaround"_L1, workaround},
            {"score"_L1, score}};
}

KnownErrorMatch KnownErrorMatch::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    KnownErrorMatch m;
    m.problem = o.value("problem"_L1).toInteger();
    m.title = o.value("title"_L1).toString();
    m.category = o.value("category"_L1).toString();
    m.rootCause = o.value("root_cause"_L1).toString();
    m.workaround = o.value("workaround"_L1).toString();
    m.score = o.value("score"_L1).toDouble();
    return m;
}

QJsonObject ProblemMatches::toJson() const
{
    return {{"items"_L1, listJson(items)},
            {"linked_problem"_L1, linkedProblem ? QJsonValue(*linkedProblem) : QJsonValue()}};
}

ProblemMatches ProblemMatches::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    ProblemMatches m;
    m.items = listOf<KnownErrorMatch>(o.value("items"_L1));
    if (o.value("linked_problem"_L1).isDouble())
        m.linkedProblem = o.value("linked_problem"_L1).toInteger();
    return m;
}

QJsonObject CandidateProblem::toJson() const
{
    return {{"category"_L1, category},
            {"suggested_title"_L1, suggestedTitle},
            {"terms"_L1, QJsonArray::fromStringList(terms)},
            {"incidents"_L1, listJson(incidents)}};
}

CandidateProblem CandidateProblem::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    CandidateProblem c;
    c.category = o.value("category"_L1).toString();
    c.suggestedTitle = o.value("suggested_title"_L1).toString();
    for (const QJsonValue& term : o.value("terms"_L1).toArray())
        c.terms.append(term.toString());
    c.incidents = listOf<ProblemIncident>(o.value("incidents"_L1));
    return c;
}

QJsonObject ProblemCandidates::toJson() const
{
    return {{"items"_L1, listJson(items)}, {"scanned"_L1, scanned}, {"capped"_L1, capped}};
}

ProblemCandidates ProblemCandidates::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {listOf<CandidateProblem>(o.value("items"_L1)), o.value("scanned"_L1).toInt(),
            o.value("capped"_L1).toBool()};
}

} // namespace frontline::api
