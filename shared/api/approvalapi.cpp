#include "approvalapi.h"

#include "core/timeutil.h"

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

using Problem = std::pair<QString, QString>;

constexpr TextRule NoteRule {.minLength = 0, .maxLength = MaxApprovalComment, .singleLine = false};

QJsonObject stepSchema()
{
    QJsonObject properties {
        {"kind"_L1, schema::oneOf(approvalKindNames())},
        {"user"_L1, schema::id()},
        {"group"_L1, schema::id()},
        {"rule"_L1, schema::oneOf(approvalRuleNames())},
        {"n"_L1, schema::integer(1, 1000)},
    };
    return {{"type"_L1, u"object"_s},
            {"properties"_L1, properties},
            {"required"_L1, QJsonArray {u"kind"_s}},
            {"additionalProperties"_L1, false}};
}

std::optional<qint64> positiveIdOf(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 1 || number > 9007199254740991.0 || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

Result<ApprovalStep, Problem> parseStep(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return Problem {path, u"must be an object {kind, ...}"_s};
    const QJsonObject o = value.toObject();
    ApprovalStep step;
    const QString kind = o.value("kind"_L1).toString();
    if (kind == "manager"_L1)
        step.kind = ApprovalStep::Kind::Manager;
    else if (kind == "user"_L1)
        step.kind = ApprovalStep::Kind::User;
    else if (kind == "group"_L1)
        step.kind = ApprovalStep::Kind::Group;
    else
        return Problem {path + u".kind"_s, u"must be one of manager, user, group"_s};
    QStringList allowed {u"kind"_s};
    if (step.kind == ApprovalStep::Kind::User) {
        allowed << u"user"_s;
        const auto user = positiveIdOf(o.value("user"_L1));
        if (!user)
            return Problem {path + u".user"_s, u"must be a user id"_s};
        step.user = *user;
    } else if (step.kind == ApprovalStep::Kind::Group) {
        allowed << u"group"_s << u"rule"_s << u"n"_s;
        const auto group = positiveIdOf(o.value("group"_L1));
        if (!group)
            return Problem {path + u".group"_s, u"must be a group id"_s};
        step.group = *group;
        const QString rule = o.value("rule"_L1).toString(u"any"_s);
        if (rule == "any"_L1)
            step.rule = ApprovalStep::Rule::Any;
        else if (rule == "all"_L1)
            step.rule = ApprovalStep::Rule::All;
        else if (rule == "n"_L1)
            step.rule = ApprovalStep::Rule::N;
        else
            return Problem {path + u".rule"_s, u"must be one of any, all, n"_s};
        if (step.rule == ApprovalStep::Rule::N) {
            const QJsonValue n = o.value("n"_L1);
            if (!n.isDouble() || n.toDouble() < 1 || n.toDouble() > 1000
                || n.toDouble() != double(n.toInt()))
                return Problem {path + u".n"_s, u"must be a whole number from 1 to 1000"_s};
            step.n = n.toInt();
        } else if (o.contains("n"_L1)) {
            return Problem {path + u".n"_s, u"is only for rule n"_s};
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return Problem {path + u'.' + it.key(), u"is not a field of a %1 step"_s.arg(kind)};
    }
    return step;
}

} // namespace

QString toString(ApprovalStep::Kind kind)
{
    switch (kind) {
    case ApprovalStep::Kind::Manager:
        return u"manager"_s;
    case ApprovalStep::Kind::User:
        return u"user"_s;
    case ApprovalStep::Kind::Group:
        return u"group"_s;
    }
    return {};
}

QString toString(ApprovalStep::Rule rule)
{
    switch (rule) {
    case ApprovalStep::Rule::Any:
        return u"any"_s;
    case ApprovalStep::Rule::All:
        return u"all"_s;
    case ApprovalStep::Rule::N:
        return u"n"_s;
    }
    return {};
}

QStringList approvalKindNames()
{
    return {u"manager"_s, u"user"_s, u"group"_s};
}

QStringList approvalRuleNames()
{
    return {u"any"_s, u"all"_s, u"n"_s};
}

QJsonObject ApprovalStep::toJson() const
{
    QJsonObject o {{"kind"_L1, toString(kind)}};
    if (kind == Kind::User)
        o.insert("user"_L1, user);
    if (kind == Kind::Group) {
        o.insert("group"_L1, group);
        o.insert("rule"_L1, toString(rule));
        if (rule == Rule::N)
            o.insert("n"_L1, n);
    }
    return o;
}

Result<QList<ApprovalStep>, Problem> parseApprovalSteps(const QJsonValue& value,
                                                        const QString& name)
{
    if (!value.isArray())
        return Problem {name, u"must be an array of steps"_s};
    const QJsonArray array = value.toArray();
    if (array.size() > MaxApprovalSteps)
        return Problem {name, u"has more than %1 steps"_s.arg(MaxApprovalSteps)};
    QList<ApprovalStep> steps;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto step = parseStep(array.at(i), u"%1[%2]"_s.arg(name).arg(i));
        if (!step)
            return step.error();
        steps.append(*step);
    }
    return steps;
}

QList<ApprovalStep> readApprovalSteps(ParamReader& reader, QLatin1StringView name, bool allowEmpty)
{
    const QJsonValue value =
        reader.rawValue(name, [] { return schema::arrayOf(stepSchema(), 0, MaxApprovalSteps); });
    if (value.isUndefined()) {
        reader.fail(name, u"is required"_s);
        return {};
    }
    auto steps = parseApprovalSteps(value, reader.path(name));
    if (!steps) {
        reader.failPath(steps.error().first, steps.error().second);
        return {};
    }
    if (steps->isEmpty() && !allowEmpty)
        reader.fail(name, u"needs at least one step"_s);
    return *steps;
}

QJsonArray approvalStepsJson(const QList<ApprovalStep>& steps)
{
    QJsonArray array;
    for (const ApprovalStep& step : steps)
        array.append(step.toJson());
    return array;
}

QJsonObject ApprovalSettings::toJson() const
{
    QJsonObject o {{"remind_after_minutes"_L1, remindAfterMinutes},
                   {"escalate_after_minutes"_L1, escalateAfterMinutes}};
    o.insert("escalate_to"_L1, escalateTo ? QJsonValue(*escalateTo) : QJsonValue());
    return o;
}

Result<ApprovalSettings, Problem> ApprovalSettings::parse(const QJsonValue& value)
{
    if (!value.isObject())
        return Problem {QString(), u"must be an object"_s};
    const QJsonObject o = value.toObject();
    ApprovalSettings settings;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key == "escalate_to"_L1) {
            if (it->isNull())
                continue;
            const auto id = positiveIdOf(*it);
            if (!id)
                return Problem {key, u"must be a user id or null"_s};
            settings.escalateTo = *id;
            continue;
        }
        if (key != "remind_after_minutes"_L1 && key != "escalate_after_minutes"_L1)
            return Problem {key, u"is not a known setting"_s};
        const double minutes = it->toDouble(-1);
        if (!it->isDouble() || minutes < 1 || minutes > 525600 || minutes != double(int(minutes)))
            return Problem {key, u"must be a whole number of minutes from 1 to 525600"_s};
        (key == "remind_after_minutes"_L1 ? settings.remindAfterMinutes
                                          : settings.escalateAfterMinutes) = int(minutes);
    }
    if (settings.escalateAfterMinutes <= settings.remindAfterMinutes)
        return Problem {u"escalate_after_minutes"_s, u"must be longer than the reminder's wait"_s};
    return settings;
}

QJsonObject ApprovalRequestParams::toJson() const
{
    QJsonObject o {{"ticket"_L1, ticket}, {"steps"_L1, approvalStepsJson(steps)}};
    if (!note.isEmpty())
        o.insert("note"_L1, note);
    return o;
}

Result<ApprovalRequestParams, rpc::RpcError>
ApprovalRequestParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ApprovalRequestParams p;
    p.ticket = reader.requiredId("ticket"_L1);
    p.steps = readApprovalSteps(reader, "steps"_L1, false);
    p.note = reader.optionalString("note"_L1, NoteRule).value_or(QString()).trimmed();
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ApprovalListParams::toJson() const
{
    return all ? QJsonObject {{"all"_L1, true}} : QJsonObject {};
}

Result<ApprovalListParams, rpc::RpcError> ApprovalListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ApprovalListParams p;
    p.all = reader.optionalBool("all"_L1).value_or(false);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ApprovalDecideParams::toJson() const
{
    QJsonObject o {{"id"_L1, id}, {"decision"_L1, approve ? u"approve"_s : u"reject"_s}};
    if (!comment.isEmpty())
        o.insert("comment"_L1, comment);
    return o;
}

Result<ApprovalDecideParams, rpc::RpcError> ApprovalDecideParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ApprovalDecideParams p;
    p.id = reader.requiredId("id"_L1);
    p.approve = reader.requiredEnum("decision"_L1, {u"approve"_s, u"reject"_s}) == u"approve"_s;
    p.comment = reader.optionalString("comment"_L1, NoteRule).value_or(QString()).trimmed();
    if (reader.ok() && !p.approve && p.comment.isEmpty() && !reader.describing())
        reader.fail("comment"_L1, u"is required to reject"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ApprovalDelegateParams::toJson() const
{
    QJsonObject o {{"to"_L1, to ? QJsonValue(*to) : QJsonValue()}};
    if (to)
        o.insert("until"_L1, timeutil::toIso(until));
    return o;
}

Result<ApprovalDelegateParams, rpc::RpcError>
ApprovalDelegateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ApprovalDelegateParams p;
    const Nullable<qint64> to = reader.nullableId("to"_L1);
    if (!to.present && !reader.describing())
        reader.fail("to"_L1, u"is required (null ends the delegation)"_s);
    p.to = to.value;
    const auto until = reader.optionalString("until"_L1, {.minLength = 1, .maxLength = 40});
    if (until && !reader.describing()) {
        const auto at = timeutil::fromIso(*until);
        if (!at)
            reader.fail("until"_L1, u"must be an ISO 8601 UTC time"_s);
        else
            p.until = *at;
    }
    if (reader.ok() && p.to && !until && !reader.describing())
        reader.fail("until"_L1, u"is required with a delegate"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject ApprovalItem::toJson() const
{
    QJsonObject o {
        {"id"_L1, id},
        {"chain"_L1, chainId},
        {"ticket"_L1,
         QJsonObject {{"id"_L1, ticketId},
                      {"title"_L1, ticketTitle},
                      {"status"_L1, ticketStatus},
                      {"requester"_L1, requesterName}}},
        {"step"_L1, step},
        {"step_count"_L1, stepCount},
        {"kind"_L1, kind},
        {"state"_L1, state},
        {"approver"_L1, QJsonObject {{"id"_L1, approverId}, {"display_name"_L1, approverName}}},
        {"note"_L1, note},
        {"comment"_L1, comment},
        {"created_at"_L1, timeutil::toIso(createdAt)}};
    o.insert("delegated_from"_L1, delegatedFrom ? QJsonValue(*delegatedFrom) : QJsonValue());
    o.insert("decided_at"_L1, decidedAt ? QJsonValue(timeutil::toIso(*decidedAt)) : QJsonValue());
    return o;
}

ApprovalItem ApprovalItem::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    const QJsonObject ticket = o.value("ticket"_L1).toObject();
    const QJsonObject approver = o.value("approver"_L1).toObject();
    ApprovalItem item;
    item.id = o.value("id"_L1).toInteger();
    item.chainId = o.value("chain"_L1).toInteger();
    item.ticketId = ticket.value("id"_L1).toInteger();
    item.ticketTitle = ticket.value("title"_L1).toString();
    item.ticketStatus = ticket.value("status"_L1).toString();
    item.requesterName = ticket.value("requester"_L1).toString();
    item.step = o.value("step"_L1).toInt();
    item.stepCount = o.value("step_count"_L1).toInt();
    item.kind = o.value("kind"_L1).toString();
    item.state = o.value("state"_L1).toString();
    item.approverId = approver.value("id"_L1).toInteger();
    item.approverName = approver.value("display_name"_L1).toString();
    if (o.value("delegated_from"_L1).isDouble())
        item.delegatedFrom = o.value("delegated_from"_L1).toInteger();
    item.note = o.value("note"_L1).toString();
    item.comment = o.value("comment"_L1).toString();
    item.createdAt = timeutil::fromIso(o.value("created_at"_L1).toString()).value_or(0);
    item.decidedAt = timeutil::fromIso(o.value("decided_at"_L1).toString());
    return item;
}

QJsonObject ApprovalList::toJson() const
{
    QJsonArray array;
    for (const ApprovalItem& item : items)
        array.append(item.toJson());
    return {{"items"_L1, array}};
}

ApprovalList ApprovalList::fromJson(const QJsonValue& value)
{
    ApprovalList list;
    for (const QJsonValue& item : value.toObject().value("items"_L1).toArray())
        list.items.append(ApprovalItem::fromJson(item));
    return list;
}

QJsonObject ApprovalDelegation::toJson() const
{
    QJsonObject o {{"to"_L1, to ? QJsonValue(*to) : QJsonValue()}};
    o.insert("until"_L1, to ? QJsonValue(timeutil::toIso(until)) : QJsonValue());
    return o;
}

ApprovalDelegation ApprovalDelegation::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    ApprovalDelegation d;
    if (o.value("to"_L1).isDouble())
        d.to = o.value("to"_L1).toInteger();
    d.until = timeutil::fromIso(o.value("until"_L1).toString()).value_or(0);
    return d;
}

QJsonObject ApprovalChangedEvent::toJson() const
{
    return {{"ticket_id"_L1, ticketId},
            {"chain_state"_L1, chainState},
            {"approval"_L1, approval.toJson()}};
}

ApprovalChangedEvent ApprovalChangedEvent::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("ticket_id"_L1).toInteger(), o.value("chain_state"_L1).toString(),
            ApprovalItem::fromJson(o.value("approval"_L1))};
}

std::optional<bool> decisionWord(const QString& word)
{
    const QString w = word.trimmed().toLower();
    static const QStringList yes {u"approve"_s, u"approved"_s, u"genehmigen"_s, u"approuver"_s};
    static const QStringList no {u"reject"_s, u"rejected"_s, u"ablehnen"_s, u"rejeter"_s};
    if (yes.contains(w))
        return true;
    if (no.contains(w))
        return false;
    return std::nullopt;
}

} // namespace frontline::api
