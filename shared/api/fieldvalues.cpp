// The values of custom fields (issue 21): normalising, checking a value against its field and
// a ticket's values against the fields that apply, and the conditions rules and queues put on
// them. Split from fieldapi.cpp (the definitions and the field.* params); declared in
// fieldapi.h.
#include "fieldapi.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::api {

std::optional<qint64> fieldDay(const QString& isoDate)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!pattern.match(isoDate).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date.toJulianDay();
}

QString fieldDate(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

bool isEmptyFieldValue(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined()
        || (value.isString() && value.toString().trimmed().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

QJsonValue normalizedFieldValue(const FieldDefinition& field, const QJsonValue& value)
{
    if (isEmptyFieldValue(value))
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Date:
        return value.toString().trimmed();
    case FieldType::MultiChoice: {
        QStringList keys;
        for (const QJsonValue& key : value.toArray()) {
            if (!keys.contains(key.toString()))
                keys.append(key.toString());
        }
        return QJsonArray::fromStringList(keys);
    }
    case FieldType::User:
    case FieldType::Organisation:
        return value.toInteger();
    case FieldType::Number:
    case FieldType::Choice:
        break;
    }
    return value;
}

namespace {

FieldValueProblem valueProblem(FieldIssue issue, const QString& reason, double limit = 0,
                               const QString& key = {})
{
    return {issue, reason, limit, key};
}

} // namespace

std::optional<FieldValueProblem>
fieldValueProblem(const FieldDefinition& field, const QJsonValue& value, const QJsonValue& previous)
{
    using enum FieldIssue;
    if (isEmptyFieldValue(value))
        return std::nullopt; // clearing: refused only by `required`
    const auto choosable = [&](const QString& key) {
        const FieldOption* option = field.option(key);
        if (!option)
            return false;
        if (option->active)
            return true;
        // A retired option stays where a ticket already has it.
        if (previous.isString())
            return previous.toString() == key;
        return previous.toArray().contains(key);
    };
    switch (field.type) {
    case FieldType::Text: {
        if (!value.isString())
            return valueProblem(NotText, u"must be a text"_s);
        const qsizetype length = value.toString().trimmed().size();
        const double longest = field.max.value_or(MaxFieldTextLength);
        if (length > longest)
            return valueProblem(TooLong, u"must be at most %1 characters"_s.arg(longest), longest);
        if (field.min && length < *field.min)
            return valueProblem(TooShort, u"must be at least %1 characters"_s.arg(*field.min),
                                *field.min);
        if (value.toString().contains(u'\n') || value.toString().contains(u'\r'))
            return valueProblem(NotOneLine, u"must be one line"_s);
        return std::nullopt;
    }
    case FieldType::Number: {
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return valueProblem(NotNumber, u"must be a number"_s);
        if (field.min && value.toDouble() < *field.min)
            return valueProblem(BelowMin, u"must be at least %1"_s.arg(*field.min), *field.min);
        if (field.max && value.toDouble() > *field.max)
            return valueProblem(AboveMax, u"must be at most %1"_s.arg(*field.max), *field.max);
        return std::nullopt;
    }
    case FieldType::Date:
        if (!value.isString() || !fieldDay(value.toString().trimmed()))
            return valueProblem(NotDate, u"must be a date (YYYY-MM-DD)"_s);
        return std::nullopt;
    case FieldType::Choice:
        if (!value.isString() || !choosable(value.toString()))
            return valueProblem(NotOption, u"must be one of the field's options"_s);
        return std::nullopt;
    case FieldType::MultiChoice: {
        if (!value.isArray())
            return valueProblem(NotOption, u"must be an array of the field's options"_s);
        for (const QJsonValue& key : value.toArray()) {
            if (!key.isString() || !choosable(key.toString()))
                return valueProblem(NotOption,
                                    u"%1 is not one of the field's options"_s.arg(key.toString()),
                                    0, key.toString());
        }
        return std::nullopt;
    }
    case FieldType::User:
    case FieldType::Organisation:
        if (!value.isDouble() || value.toDouble() < 1
            || value.toDouble() != std::floor(value.toDouble()))
            return field.type == FieldType::User
                ? valueProblem(NotUser, u"must be a user id"_s)
                : valueProblem(NotOrganisation, u"must be an organisation id"_s);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> checkFieldValue(const FieldDefinition& field, const QJsonValue& value,
                                       const QJsonValue& previous)
{
    if (auto problem = fieldValueProblem(field, value, previous))
        return problem->reason;
    return std::nullopt;
}

std::optional<FieldProblem> checkFieldDefinition(const FieldDefinition& field)
{
    if (isChoiceType(field.type)) {
        const bool anyActive = std::any_of(field.options.cbegin(), field.options.cend(),
                                           [](const FieldOption& o) { return o.active; });
        if (!anyActive)
            return FieldProblem {u"options"_s, u"a choice needs at least one option"_s, {}, 0, {}};
    } else if (!field.options.isEmpty()) {
        return FieldProblem {u"options"_s, u"only choices have options"_s, {}, 0, {}};
    }
    const bool limited = field.type == FieldType::Number || field.type == FieldType::Text;
    if (!limited && (field.min || field.max))
        return FieldProblem {
            field.min ? u"min"_s : u"max"_s, u"only numbers and texts have limits"_s, {}, 0, {}};
    if (field.type == FieldType::Text) {
        for (const auto& [limit, name] : {std::pair(field.min, u"min"_s), {field.max, u"max"_s}}) {
            if (limit
                && (*limit < 0 || *limit > MaxFieldTextLength || std::floor(*limit) != *limit))
                return FieldProblem {
                    name,
                    u"a text's length is a whole number from 0 to %1"_s.arg(MaxFieldTextLength),
                    {},
                    0,
                    {}};
        }
    }
    if (field.min && field.max && *field.min > *field.max)
        return FieldProblem {u"max"_s, u"must not be less than min"_s, {}, 0, {}};
    return std::nullopt;
}

QList<FieldProblem> checkFieldValues(const QList<FieldDefinition>& fields,
                                     const QJsonObject& values, const QJsonObject& current,
                                     TicketType type, const QString& category, bool checkRequired)
{
    QList<FieldProblem> problems;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString path = u"fields."_s + it.key();
        const auto found =
            std::find_if(fields.cbegin(), fields.cend(),
                         [&](const FieldDefinition& f) { return f.name == it.key(); });
        if (found == fields.cend() || !found->active) {
            problems.append({path, u"no such field"_s, FieldIssue::NoSuchField, 0, {}});
            continue;
        }
        if (!found->appliesTo(type, category) && !isEmptyFieldValue(it.value())) {
            problems.append({path,
                             u"does not apply to this ticket's type or category"_s,
                             FieldIssue::NotApplicable,
                             0,
                             {}});
            continue;
        }
        if (auto problem = fieldValueProblem(*found, it.value(), current.value(it.key())))
            problems.append({path, problem->reason, problem->issue, problem->limit, problem->key});
        else if (found->required && found->appliesTo(type, category)
                 && isEmptyFieldValue(it.value()))
            problems.append({path, u"is required"_s, FieldIssue::Required, 0, {}});
    }
    if (!checkRequired)
        return problems;
    for (const FieldDefinition& field : fields) {
        if (!field.active || !field.required || !field.appliesTo(type, category))
            continue;
        const QJsonValue value =
            values.contains(field.name) ? values.value(field.name) : current.value(field.name);
        if (isEmptyFieldValue(value))
            problems.append(
                {u"fields."_s + field.name, u"is required"_s, FieldIssue::Required, 0, {}});
    }
    return problems;
}

QString toString(FieldCondition::Op op)
{
    switch (op) {
    case FieldCondition::Op::Equals:
        return u"equals"_s;
    case FieldCondition::Op::Contains:
        return u"contains"_s;
    case FieldCondition::Op::AnyOf:
        return u"any_of"_s;
    case FieldCondition::Op::Between:
        return u"between"_s;
    }
    return {};
}

std::optional<FieldCondition::Op> fieldOpFromString(QStringView text)
{
    for (auto op : {FieldCondition::Op::Equals, FieldCondition::Op::Contains,
                    FieldCondition::Op::AnyOf, FieldCondition::Op::Between}) {
        if (toString(op) == text)
            return op;
    }
    return std::nullopt;
}

QStringList fieldOpNames()
{
    return {u"equals"_s, u"contains"_s, u"any_of"_s, u"between"_s};
}

QJsonValue FieldCondition::toJson() const
{
    if (op == Op::Equals && !value.isObject())
        return value;
    return QJsonObject {{"op"_L1, toString(op)}, {"value"_L1, value}};
}

std::optional<QJsonObject> readFieldValues(ParamReader& reader)
{
    auto object = reader.optionalObject("fields"_L1);
    if (!object)
        return std::nullopt;
    if (object->size() > MaxFieldsPerTicket) {
        reader.fail("fields"_L1, u"at most %1 fields"_s.arg(MaxFieldsPerTicket));
        return object;
    }
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (!isValidFieldName(it.key())) {
            reader.failPath(reader.path("fields"_L1) + u'.' + it.key(), u"no such field"_s);
            break;
        }
    }
    return object;
}

QList<FieldCondition> readFieldConditions(ParamReader& reader)
{
    QList<FieldCondition> conditions;
    const auto object = reader.optionalObject("fields"_L1);
    if (!object)
        return conditions;
    if (object->size() > 10) {
        reader.fail("fields"_L1, u"at most 10 field conditions"_s);
        return conditions;
    }
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString path = reader.path("fields"_L1) + u'.' + it.key();
        if (!isValidFieldName(it.key())) {
            reader.failPath(path, u"no such field"_s);
            return conditions;
        }
        FieldCondition condition;
        condition.name = it.key();
        condition.value = it.value();
        if (it.value().isObject()) {
            ParamReader inner(it.value(), path);
            condition.op = fieldOpFromString(inner.requiredEnum("op"_L1, fieldOpNames()))
                               .value_or(FieldCondition::Op::Equals);
            condition.value = inner.rawValue("value"_L1);
            if (inner.ok() && (condition.value.isUndefined() || condition.value.isNull()))
                inner.fail("value"_L1, u"is required"_s);
            if (auto error = inner.finish()) {
                reader.failPath(error->data.toObject().value("field"_L1).toString(),
                                error->data.toObject().value("reason"_L1).toString());
                return conditions;
            }
        } else if (it.value().isNull() || it.value().isArray()) {
            reader.failPath(path, u"must be a value or {op, value}"_s);
            return conditions;
        }
        conditions.append(condition);
    }
    return conditions;
}

std::optional<QString> checkFieldCondition(const FieldDefinition& field,
                                           const FieldCondition& condition)
{
    const QJsonValue& value = condition.value;
    switch (condition.op) {
    case FieldCondition::Op::Equals: {
        if (field.type == FieldType::MultiChoice) // one of the chosen keys is this one
            return value.isString() && field.option(value.toString())
                ? std::nullopt
                : std::optional(u"must be one of the field's options"_s);
        FieldDefinition any = field;
        for (FieldOption& option : any.options)
            option.active = true; // filtering on a retired option finds the old tickets
        return checkFieldValue(any, value);
    }
    case FieldCondition::Op::Contains:
        if (field.type != FieldType::Text)
            return u"contains applies to text fields"_s;
        return value.isString() && !value.toString().trimmed().isEmpty()
            ? std::nullopt
            : std::optional(u"must be a text"_s);
    case FieldCondition::Op::AnyOf: {
        if (!isChoiceType(field.type) && !isIdType(field.type))
            return u"any_of applies to choices, users and organisations"_s;
        if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > 50)
            return u"must be an array of 1 to 50 values"_s;
        for (const QJsonValue& entry : value.toArray()) {
            if (isChoiceType(field.type) ? !(entry.isString() && field.option(entry.toString()))
                                         : !(entry.isDouble() && entry.toDouble() >= 1))
                return isChoiceType(field.type) ? u"must be the field's options"_s
                                                : u"must be ids"_s;
        }
        return std::nullopt;
    }
    case FieldCondition::Op::Between: {
        if (field.type != FieldType::Number && field.type != FieldType::Date)
            return u"between applies to numbers and dates"_s;
        const QJsonArray bounds = value.toArray();
        if (!value.isArray() || bounds.size() != 2 || (bounds[0].isNull() && bounds[1].isNull()))
            return u"must be [low, high] (null for an open end)"_s;
        for (const QJsonValue& bound : bounds) {
            if (bound.isNull())
                continue;
            if (field.type == FieldType::Number ? !bound.isDouble()
                                                : !fieldDay(bound.toString()).has_value())
                return field.type == FieldType::Number ? u"bounds must be numbers"_s
                                                       : u"bounds must be dates (YYYY-MM-DD)"_s;
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace frontline::api
