#include "rule.h"

#include "workflow/rulefields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using Error = std::pair<QString, QString>;

constexpr qint64 MaxAfterMinutes = 366LL * 24 * 60;
constexpr int MaxConditions = 20;
constexpr int MaxActions = 10;

using ruleschema::ValueKind;

// Checks one value of a field's kind; nullopt when fine.
std::optional<QString> checkScalar(const ruleschema::Field& spec, const QJsonValue& value)
{
    switch (spec.kind) {
    case ValueKind::Text:
    case ValueKind::Choice:
    case ValueKind::Tags:
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 200)
            return u"must be a text of 1 to 200 characters"_s;
        return std::nullopt;
    case ValueKind::Number: {
        // The range first: a number beyond int's range may not be cast to test it is whole.
        const double number = value.toDouble(-1);
        if (!value.isDouble() || !(number >= spec.minimum && number <= spec.maximum)
            || number != static_cast<int>(number))
            return u"must be a whole number from %1 to %2"_s.arg(spec.minimum).arg(spec.maximum);
        return std::nullopt;
    }
    case ValueKind::Ref:
        if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() != value.toInteger())
            return u"must be an id"_s;
        return std::nullopt;
    case ValueKind::Flag:
        if (!value.isBool())
            return u"must be true or false"_s;
        return std::nullopt;
    }
    return std::nullopt;
}

// In ruleschema::fieldNames() order.
enum FieldId {
    FTitle = 1,
    FDescription,
    FType,
    FStatus,
    FCategory,
    FPriority,
    FImpact,
    FUrgency,
    FGroup,
    FAssignee,
    FRequester,
    FTags,
    FSlaState,
    FActorRole,
    FOrg,
    FRequesterVip
};
// In ruleschema::operatorNames() order.
enum OpId {
    OIs = 1,
    OIsNot,
    OIn,
    ONotIn,
    OContains,
    ONotContains,
    OLt,
    OLte,
    OGt,
    OGte,
    OIsSet,
    OIsNotSet,
    OChanged
};

RuleCondition compiled(RuleCondition c)
{
    static const QStringList fieldNames = ruleschema::fieldNames();
    static const QStringList opNames = ruleschema::operatorNames();
    c.fieldId = static_cast<int>(fieldNames.indexOf(c.field)) + 1;
    c.opId = static_cast<int>(opNames.indexOf(c.op)) + 1;
    const QJsonArray values = c.value.isArray() ? c.value.toArray() : QJsonArray {c.value};
    for (const QJsonValue& v : values) {
        if (v.isDouble())
            c.numbers.append(v.toInteger());
        else if (v.isBool())
            c.numbers.append(v.toBool() ? 1 : 0);
        else if (v.isString())
            c.texts.append(v.toString());
    }
    return c;
}

Result<RuleCondition, Error> readCondition(const QJsonValue& json, const QString& path)
{
    if (!json.isObject())
        return Error {path, u"must be an object with field, op and value"_s};
    const QJsonObject object = json.toObject();
    for (const QString& key : object.keys()) {
        if (key != u"field"_s && key != u"op"_s && key != u"value"_s)
            return Error {path + u'.' + key, u"is not a condition field"_s};
    }
    RuleCondition condition;
    condition.field = object.value("field"_L1).toString();
    if (rulefields::customFieldOf(condition.field)) {
        condition.op = object.value("op"_L1).toString();
        condition.value = object.value("value"_L1);
        if (auto error = rulefields::checkCondition(condition, path))
            return *error;
        return compiled(condition);
    }
    const ruleschema::Field* spec = ruleschema::field(condition.field);
    if (!spec)
        return Error {path + u".field"_s,
                      u"must be one of "_s + ruleschema::fieldNames().join(u", "_s)};
    condition.op = object.value("op"_L1).toString();
    const QStringList ops = ruleschema::operators(spec->kind);
    if (!ops.contains(condition.op))
        return Error {path + u".op"_s,
                      u"for %1 must be one of %2"_s.arg(condition.field, ops.join(u", "_s))};
    condition.value = object.value("value"_L1);
    const QString valuePath = path + u".value"_s;
    if (!ruleschema::takesValue(condition.op)) {
        if (!condition.value.isUndefined() && !condition.value.isNull())
            return Error {valuePath, u"takes no value with "_s + condition.op};
        return compiled(condition);
    }
    if (ruleschema::takesList(condition.op)) {
        const QJsonArray values = condition.value.toArray();
        if (!condition.value.isArray() || values.isEmpty() || values.size() > 50)
            return Error {valuePath, u"must be a list of 1 to 50 values"_s};
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (auto problem = checkScalar(*spec, values.at(i)))
                return Error {u"%1[%2]"_s.arg(valuePath).arg(i), *problem};
        }
        return compiled(condition);
    }
    if (auto problem = checkScalar(*spec, condition.value))
        return Error {valuePath, *problem};
    if (spec->kind == ValueKind::Tags)
        condition.value = normalizedTag(condition.value.toString());
    return compiled(condition);
}

QString textOf(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString();
}

Result<RuleAction, Error> readAction(const QJsonValue& json, const QString& path)
{
    if (!json.isObject())
        return Error {path, u"must be an object with a type"_s};
    QJsonObject object = json.toObject();
    const QString type = object.take(u"type"_s).toString();
    QStringList allowed;
    const auto requireText = [&](const QString& key, int maximum) -> std::optional<Error> {
        const QString text = textOf(object.value(key));
        if (text.trimmed().isEmpty() || text.size() > maximum)
            return Error {path + u'.' + key,
                          u"must be a text of 1 to %1 characters"_s.arg(maximum)};
        return std::nullopt;
    };
    const auto requireId = [&](const QString& key) -> std::optional<Error> {
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() != value.toInteger())
            return Error {path + u'.' + key, u"must be an id"_s};
        return std::nullopt;
    };
    if (type == u"set_field"_s) {
        allowed = {u"field"_s, u"value"_s};
        const QString field = textOf(object.value("field"_L1));
        const QStringList settable = ruleschema::settableFields();
        const QJsonValue value = object.value("value"_L1);
        if (rulefields::customFieldOf(field)) {
            // Checked against the field when the rule runs: a value the field refuses (or a
            // field since deactivated) leaves the ticket as it is.
            if (value.isUndefined())
                return Error {path + u".value"_s, u"is required (null clears the field)"_s};
        } else if (!settable.contains(field)) {
            return Error {path + u".field"_s,
                          u"must be one of "_s + settable.join(u", "_s) + u", or fields.<name>"_s};
        } else if (field == u"category"_s) {
            if (auto error = requireText(u"value"_s, 80))
                return *error;
        } else if (field == u"group"_s) {
            if (auto error = requireId(u"value"_s))
                return *error;
        } else if (auto problem = checkScalar(*ruleschema::field(field), value)) {
            return Error {path + u".value"_s, *problem};
        }
    } else if (type == u"set_status"_s) {
        allowed = {u"value"_s};
        if (auto error = requireText(u"value"_s, 40))
            return *error;
    } else if (type == u"assign"_s) {
        allowed = {u"user"_s, u"strategy"_s};
        if (object.contains("user"_L1) == object.contains("strategy"_L1))
            return Error {path, u"names either a user or the strategy \"group\""_s};
        if (object.contains("user"_L1)) {
            if (auto error = requireId(u"user"_s))
                return *error;
        } else if (object.value("strategy"_L1).toString() != u"group"_s) {
            return Error {path + u".strategy"_s,
                          u"must be \"group\" (the group's assignment strategy)"_s};
        }
    } else if (type == u"escalate"_s) {
        allowed = {u"kind"_s};
        const QStringList kinds = ruleschema::escalationKinds();
        const QString kind = object.value("kind"_L1).toString(kinds.constFirst());
        if (!kinds.contains(kind))
            return Error {path + u".kind"_s, u"must be functional or hierarchical"_s};
        object.insert(u"kind"_s, kind);
    } else if (type == u"add_tag"_s || type == u"remove_tag"_s) {
        allowed = {u"value"_s};
        const QString tag = normalizedTag(textOf(object.value("value"_L1)));
        if (tag.isEmpty())
            return Error {path + u".value"_s,
                          u"must be a tag: 1 to 40 letters, digits, '-', '_' or '.'"_s};
        object.insert(u"value"_s, tag);
    } else if (type == u"reply"_s || type == u"note"_s) {
        allowed = {u"body"_s};
        if (auto error = requireText(u"body"_s, 10000))
            return *error;
    } else if (type == u"notify"_s) {
        allowed = {u"to"_s, u"user"_s, u"group"_s, u"message"_s};
        const QStringList targets = ruleschema::notifyTargets();
        const QString to = textOf(object.value("to"_L1));
        if (!targets.contains(to))
            return Error {path + u".to"_s, u"must be one of "_s + targets.join(u", "_s)};
        if (to == u"user"_s) {
            if (auto error = requireId(u"user"_s))
                return *error;
        } else if (object.contains("user"_L1)) {
            return Error {path + u".user"_s, u"only with \"to\": \"user\""_s};
        }
        if (to == u"group"_s && object.contains("group"_L1)) {
            if (auto error = requireId(u"group"_s))
                return *error;
        } else if (object.contains("group"_L1)) {
            return Error {path + u".group"_s, u"only with \"to\": \"group\""_s};
        }
        if (auto error = requireText(u"message"_s, 500))
            return *error;
    } else {
        return Error {path + u".type"_s,
                      u"must be one of "_s + ruleschema::actionTypes().join(u", "_s)};
    }
    for (const QString& key : object.keys()) {
        if (!allowed.contains(key))
            return Error {path + u'.' + key, u"is not a field of "_s + type};
    }
    object.insert(u"type"_s, type);
    return RuleActionSpec::fromJson(object);
}

// Text conditions compare without regard to case ("VPN" contains "vpn").
bool holdsText(const RuleCondition& c, const QString& current, bool present)
{
    switch (c.opId) {
    case OIsSet:
        return present;
    case OIsNotSet:
        return !present;
    case OIs:
        return present && !c.texts.isEmpty() && current == c.texts.first();
    case OIsNot:
        return !present || c.texts.isEmpty() || current != c.texts.first();
    case OIn:
        return present && c.texts.contains(current);
    case ONotIn:
        return !present || !c.texts.contains(current);
    case OContains:
        return !c.texts.isEmpty() && current.contains(c.texts.first(), Qt::CaseInsensitive);
    case ONotContains:
        return c.texts.isEmpty() || !current.contains(c.texts.first(), Qt::CaseInsensitive);
    default:
        return false;
    }
}

bool holdsNumber(const RuleCondition& c, std::optional<qint64> current)
{
    const qint64 right = c.numbers.isEmpty() ? 0 : c.numbers.first();
    switch (c.opId) {
    case OIsSet:
        return current.has_value();
    case OIsNotSet:
        return !current;
    case OIs:
        return current && *current == right;
    case OIsNot:
        return !current || *current != right;
    case OIn:
        return current && c.numbers.contains(*current);
    case ONotIn:
        return !current || !c.numbers.contains(*current);
    case OLt:
        return current && *current < right;
    case OLte:
        return current && *current <= right;
    case OGt:
        return current && *current > right;
    case OGte:
        return current && *current >= right;
    default:
        return false;
    }
}

bool holds(const RuleCondition& c, const RuleSubject& s)
{
    if (c.opId == OChanged)
        return s.changed.contains(c.field);
    const Ticket& t = *s.ticket;
    if (const auto name = rulefields::customFieldOf(c.field))
        return rulefields::holds(c, t.fields ? t.fields->value(*name) : QJsonValue());
    const auto ref = [](const auto& optional) {
        return optional ? std::optional<qint64>(optional->id) : std::nullopt;
    };
    switch (c.fieldId) {
    case FTitle:
        return holdsText(c, t.title, true);
    case FDescription:
        return holdsText(c, t.description, true);
    case FType:
        return holdsText(c, toString(t.type), true);
    case FStatus:
        return holdsText(c, t.status, true);
    case FCategory:
        return holdsText(c, t.category, !t.category.isEmpty());
    case FSlaState:
        return holdsText(c, s.slaState, true);
    case FActorRole:
        return holdsText(c, s.actorRole, true);
    case FPriority:
        return holdsNumber(c, t.priority);
    case FImpact:
        return holdsNumber(c, static_cast<int>(t.impact));
    case FUrgency:
        return holdsNumber(c, static_cast<int>(t.urgency));
    case FGroup:
        return holdsNumber(c, ref(t.group));
    case FAssignee:
        return holdsNumber(c, ref(t.assignee));
    case FRequester:
        return holdsNumber(c, t.requester.id);
    case FOrg:
        return holdsNumber(c, ref(t.org));
    case FRequesterVip:
        return holdsNumber(c, s.requesterVip ? 1 : 0);
    case FTags: {
        const bool has = !c.texts.isEmpty() && t.tags.contains(c.texts.first());
        return c.opId == OContains ? has : !has;
    }
    default:
        return false;
    }
}

} // namespace

Result<Rule, std::pair<QString, QString>> Rule::fromJson(const QJsonObject& json)
{
    static const QStringList known {u"name"_s,  u"enabled"_s,    u"trigger"_s,
                                    u"match"_s, u"conditions"_s, u"actions"_s};
    for (const QString& key : json.keys()) {
        if (!known.contains(key))
            return Error {key, u"is not a rule field"_s};
    }
    Rule rule;
    rule.name = json.value("name"_L1).toString().trimmed();
    if (rule.name.isEmpty() || rule.name.size() > 120 || rule.name.contains(u'\n'))
        return Error {u"name"_s, u"must be one line of 1 to 120 characters"_s};
    const QJsonValue enabled = json.value("enabled"_L1);
    if (!enabled.isUndefined() && !enabled.isBool())
        return Error {u"enabled"_s, u"must be true or false"_s};
    rule.enabled = enabled.toBool(true);

    if (!json.value("trigger"_L1).isObject())
        return Error {u"trigger"_s, u"must be an object with an event"_s};
    const QJsonObject trigger = json.value("trigger"_L1).toObject();
    const auto event = ruleEventFromString(trigger.value("event"_L1).toString());
    if (!event)
        return Error {u"trigger.event"_s,
                      u"must be one of "_s + ruleschema::events().join(u", "_s)};
    rule.event = *event;
    if (rule.event == RuleEvent::Time) {
        for (const QString& key : trigger.keys()) {
            if (key != u"event"_s && key != u"anchor"_s && key != u"after_minutes"_s
                && key != u"business_hours"_s)
                return Error {u"trigger."_s + key, u"is not a trigger field"_s};
        }
        const QString anchorName = trigger.value("anchor"_L1).toString();
        const auto anchor = ruleEventFromString(anchorName);
        if (!anchor || !ruleschema::anchors().contains(anchorName))
            return Error {u"trigger.anchor"_s,
                          u"must be one of "_s + ruleschema::anchors().join(u", "_s)};
        rule.anchor = *anchor;
        const QJsonValue after = trigger.value("after_minutes"_L1);
        if (!after.isDouble() || after.toDouble() != after.toInteger() || after.toInteger() < 1
            || after.toInteger() > MaxAfterMinutes)
            return Error {u"trigger.after_minutes"_s,
                          u"must be a whole number of minutes from 1 to %1"_s.arg(MaxAfterMinutes)};
        rule.afterMinutes = after.toInteger();
        const QJsonValue business = trigger.value("business_hours"_L1);
        if (!business.isUndefined() && !business.isBool())
            return Error {u"trigger.business_hours"_s, u"must be true or false"_s};
        rule.businessHours = business.toBool(false);
    } else if (trigger.size() != 1) {
        for (const QString& key : trigger.keys()) {
            if (key != u"event"_s)
                return Error {u"trigger."_s + key, u"only time triggers take more fields"_s};
        }
    }

    const QString match = json.value("match"_L1).toString(u"all"_s);
    if (match != u"all"_s && match != u"any"_s)
        return Error {u"match"_s, u"must be all or any"_s};
    rule.matchAll = match == u"all"_s;

    const QJsonValue conditions = json.value("conditions"_L1);
    if (!conditions.isUndefined() && !conditions.isArray())
        return Error {u"conditions"_s, u"must be a list"_s};
    if (conditions.toArray().size() > MaxConditions)
        return Error {u"conditions"_s, u"at most %1 conditions"_s.arg(MaxConditions)};
    for (qsizetype i = 0; i < conditions.toArray().size(); ++i) {
        auto condition = readCondition(conditions.toArray().at(i), u"conditions[%1]"_s.arg(i));
        if (!condition)
            return condition.error();
        rule.conditions.append(*condition);
    }

    const QJsonValue actions = json.value("actions"_L1);
    if (!actions.isArray() || actions.toArray().isEmpty() || actions.toArray().size() > MaxActions)
        return Error {u"actions"_s, u"must be a list of 1 to %1 actions"_s.arg(MaxActions)};
    for (qsizetype i = 0; i < actions.toArray().size(); ++i) {
        auto action = readAction(actions.toArray().at(i), u"actions[%1]"_s.arg(i));
        if (!action)
            return action.error();
        rule.actions.append(*action);
    }
    return rule;
}

QJsonObject Rule::definition() const
{
    QJsonObject trigger {{"event"_L1, toString(event)}};
    if (event == RuleEvent::Time) {
        trigger.insert("anchor"_L1, toString(anchor));
        trigger.insert("after_minutes"_L1, afterMinutes);
        trigger.insert("business_hours"_L1, businessHours);
    }
    QJsonArray conditionArray;
    for (const RuleCondition& condition : conditions) {
        QJsonObject object {{"field"_L1, condition.field}, {"op"_L1, condition.op}};
        if (!condition.value.isUndefined() && !condition.value.isNull())
            object.insert("value"_L1, condition.value);
        conditionArray.append(object);
    }
    QJsonArray actionArray;
    for (const RuleAction& action : actions)
        actionArray.append(action.toJson());
    return {{"name"_L1, name},
            {"enabled"_L1, enabled},
            {"trigger"_L1, trigger},
            {"match"_L1, matchAll ? u"all"_s : u"any"_s},
            {"conditions"_L1, conditionArray},
            {"actions"_L1, actionArray}};
}

QJsonObject Rule::toJson() const
{
    QJsonObject json = definition();
    json.insert("id"_L1, id);
    return json;
}

bool Rule::matches(const RuleSubject& subject) const
{
    if (conditions.isEmpty())
        return true;
    if (matchAll)
        return std::all_of(conditions.begin(), conditions.end(),
                           [&](const RuleCondition& c) { return holds(c, subject); });
    return std::any_of(conditions.begin(), conditions.end(),
                       [&](const RuleCondition& c) { return holds(c, subject); });
}

QList<std::pair<QString, qint64>> Rule::referencedUsers() const
{
    QList<std::pair<QString, qint64>> users;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions[i].hasUser())
            users.append({u"actions[%1].user"_s.arg(i), actions[i].user.toInteger()});
    }
    return users;
}

QList<std::pair<QString, qint64>> Rule::referencedGroups() const
{
    QList<std::pair<QString, qint64>> groups;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const RuleAction& action = actions[i];
        if (action.type == u"set_field"_s && action.field == u"group"_s)
            groups.append({u"actions[%1].value"_s.arg(i), action.value.toInteger()});
        if (action.hasGroup())
            groups.append({u"actions[%1].group"_s.arg(i), action.group.toInteger()});
    }
    return groups;
}

QList<std::pair<QString, QString>> Rule::referencedStatuses() const
{
    QList<std::pair<QString, QString>> statuses;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions[i].type == u"set_status"_s)
            statuses.append({u"actions[%1].value"_s.arg(i), actions[i].value.toString()});
    }
    return statuses;
}

} // namespace frontline::server
