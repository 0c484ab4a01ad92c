#include "fieldapi.h"

#include "core/timeutil.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

constexpr TextRule LabelRule {.minLength = 1, .maxLength = 100};
constexpr TextRule HelpRule {.minLength = 0, .maxLength = 1000};
constexpr TextRule OptionKeyRule {.minLength = 1, .maxLength = 60};

const QList<std::pair<FieldType, QLatin1StringView>>& typeNames()
{
    static const QList<std::pair<FieldType, QLatin1StringView>> names {
        {FieldType::Text, "text"_L1},
        {FieldType::Number, "number"_L1},
        {FieldType::Date, "date"_L1},
        {FieldType::Choice, "choice"_L1},
        {FieldType::MultiChoice, "multi_choice"_L1},
        {FieldType::User, "user"_L1},
        {FieldType::Organisation, "organisation"_L1},
    };
    return names;
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> numberOf(const QJsonValue& value)
{
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        list.append(entry.toString());
    return list;
}

Nullable<double> readNumber(ParamReader& reader, QLatin1StringView name)
{
    if (!reader.contains(name))
        return {};
    const QJsonValue value = reader.rawValue(name);
    if (value.isNull())
        return Nullable<double>::null();
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        reader.fail(name, u"must be a number"_s);
        return {};
    }
    return Nullable<double>::of(value.toDouble());
}

std::optional<QList<FieldOption>> readOptions(ParamReader& reader)
{
    if (!reader.contains("options"_L1))
        return std::nullopt;
    const QJsonValue value = reader.rawValue("options"_L1);
    if (!value.isArray() || value.toArray().size() > MaxFieldOptions) {
        reader.fail("options"_L1,
                    u"must be an array of at most %1 {key, label} objects"_s.arg(MaxFieldOptions));
        return QList<FieldOption>();
    }
    QList<FieldOption> options;
    QSet<QString> keys;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        ParamReader entry(array.at(i), reader.path("options"_L1) + u'.' + QString::number(i));
        FieldOption option;
        option.key = entry.requiredString("key"_L1, OptionKeyRule);
        option.label = entry.requiredString("label"_L1, LabelRule);
        option.active = entry.optionalBool("active"_L1).value_or(true);
        if (entry.ok() && !isValidFieldName(option.key))
            entry.fail("key"_L1, u"must match [a-z][a-z0-9_]{0,39}"_s);
        if (entry.ok() && keys.contains(option.key))
            entry.fail("key"_L1, u"is used twice"_s);
        if (auto error = entry.finish()) {
            reader.failPath(error->data.toObject().value("field"_L1).toString(),
                            error->data.toObject().value("reason"_L1).toString());
            return options;
        }
        keys.insert(option.key);
        options.append(option);
    }
    return options;
}

std::optional<QStringList> readTicketTypes(ParamReader& reader)
{
    return reader.optionalEnumList("ticket_types"_L1, ticketTypeNames());
}

std::optional<QStringList> readCategories(ParamReader& reader)
{
    const QJsonValue value = reader.rawValue("categories"_L1);
    if (value.isUndefined())
        return std::nullopt;
    QStringList names;
    if (!value.isArray() || value.toArray().size() > 200) {
        reader.fail("categories"_L1, u"must be an array of category names"_s);
        return names;
    }
    for (const QJsonValue& entry : value.toArray()) {
        const QString name = entry.toString().trimmed();
        if (!entry.isString() || name.isEmpty() || name.size() > 100) {
            reader.fail("categories"_L1, u"must be an array of category names"_s);
            return names;
        }
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace

QString toString(FieldType type)
{
    for (const auto& [value, name] : typeNames()) {
        if (value == type)
            return QString(name);
    }
    return {};
}

std::optional<FieldType> fieldTypeFromString(QStringView text)
{
    for (const auto& [value, name] : typeNames()) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

QStringList fieldTypeNames()
{
    QStringList names;
    for (const auto& entry : typeNames())
        names.append(QString(entry.second));
    return names;
}

bool isChoiceType(FieldType type)
{
    return type == FieldType::Choice || type == FieldType::MultiChoice;
}

bool isIdType(FieldType type)
{
    return type == FieldType::User || type == FieldType::Organisation;
}

bool isValidFieldName(const QString& name)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    return pattern.match(name).hasMatch();
}

QJsonObject FieldOption::toJson() const
{
    return {{"key"_L1, key}, {"label"_L1, label}, {"active"_L1, active}};
}

FieldOption FieldOption::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value("key"_L1).toString(), object.value("label"_L1).toString(),
            object.value("active"_L1).toBool(true)};
}

bool FieldDefinition::appliesTo(TicketType ticketType, const QString& category) const
{
    if (ticketTypes.isEmpty() && categories.isEmpty())
        return true;
    return ticketTypes.contains(frontline::toString(ticketType))
        || (!category.isEmpty() && categories.contains(category));
}

const FieldOption* FieldDefinition::option(const QString& key) const
{
    for (const FieldOption& candidate : options) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

QJsonObject FieldDefinition::toJson() const
{
    QJsonArray optionArray;
    for (const FieldOption& option : options)
        optionArray.append(option.toJson());
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"label"_L1, label},
            {"type"_L1, toString(type)},
            {"options"_L1, optionArray},
            {"required"_L1, required},
            {"min"_L1, optionalNumber(min)},
            {"max"_L1, optionalNumber(max)},
            {"help"_L1, help},
            {"visible_to_requester"_L1, visibleToRequester},
            {"active"_L1, active},
            {"ticket_types"_L1, QJsonArray::fromStringList(ticketTypes)},
            {"categories"_L1, QJsonArray::fromStringList(categories)},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

FieldDefinition FieldDefinition::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    FieldDefinition field;
    field.id = object.value("id"_L1).toInteger();
    field.name = object.value("name"_L1).toString();
    field.label = object.value("label"_L1).toString();
    field.type = fieldTypeFromString(object.value("type"_L1).toString()).value_or(FieldType::Text);
    for (const QJsonValue& option : object.value("options"_L1).toArray())
        field.options.append(FieldOption::fromJson(option));
    field.required = object.value("required"_L1).toBool();
    field.min = numberOf(object.value("min"_L1));
    field.max = numberOf(object.value("max"_L1));
    field.help = object.value("help"_L1).toString();
    field.visibleToRequester = object.value("visible_to_requester"_L1).toBool();
    field.active = object.value("active"_L1).toBool(true);
    field.ticketTypes = stringsOf(object.value("ticket_types"_L1));
    field.categories = stringsOf(object.value("categories"_L1));
    field.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    field.updatedAt = timeutil::fromIso(object.value("updated_at"_L1).toString()).value_or(0);
    return field;
}

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

QJsonObject FieldCreateParams::toJson() const
{
    QJsonObject object = field.toJson();
    object.remove("id"_L1);
    object.remove("created_at"_L1);
    object.remove("updated_at"_L1);
    if (!field.min)
        object.remove("min"_L1);
    if (!field.max)
        object.remove("max"_L1);
    if (field.ticketTypes.isEmpty()) // absent: every type (the parser refuses an empty list)
        object.remove("ticket_types"_L1);
    return object;
}

Result<FieldCreateParams, rpc::RpcError> FieldCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    FieldCreateParams p;
    FieldDefinition& f = p.field;
    f.name = reader.requiredString("name"_L1, {.minLength = 1, .maxLength = 40});
    if (reader.ok() && !isValidFieldName(f.name))
        reader.fail("name"_L1, u"must match [a-z][a-z0-9_]{0,39}"_s);
    f.label = reader.requiredString("label"_L1, LabelRule).trimmed();
    if (reader.ok() && f.label.isEmpty())
        reader.fail("label"_L1, u"must not be blank"_s);
    f.type = fieldTypeFromString(reader.requiredEnum("type"_L1, fieldTypeNames()))
                 .value_or(FieldType::Text);
    f.options = readOptions(reader).value_or(QList<FieldOption>());
    f.required = reader.optionalBool("required"_L1).value_or(false);
    f.min = readNumber(reader, "min"_L1).value;
    f.max = readNumber(reader, "max"_L1).value;
    f.help = reader.optionalString("help"_L1, HelpRule).value_or(QString());
    f.visibleToRequester = reader.optionalBool("visible_to_requester"_L1).value_or(false);
    f.active = reader.optionalBool("active"_L1).value_or(true);
    f.ticketTypes = readTicketTypes(reader).value_or(QStringList());
    f.categories = readCategories(reader).value_or(QStringList());
    if (reader.ok()) {
        if (auto problem = checkFieldDefinition(f))
            reader.failPath(problem->path, problem->reason);
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

FieldDefinition FieldUpdateParams::applied(const FieldDefinition& before) const
{
    FieldDefinition f = before;
    if (label)
        f.label = *label;
    if (options) {
        QList<FieldOption> merged = *options;
        for (const FieldOption& old : before.options) {
            const bool kept = std::any_of(merged.cbegin(), merged.cend(),
                                          [&](const FieldOption& o) { return o.key == old.key; });
            if (!kept)
                merged.append({old.key, old.label, false});
        }
        f.options = merged;
    }
    if (required)
        f.required = *required;
    if (min.present)
        f.min = min.value;
    if (max.present)
        f.max = max.value;
    if (help)
        f.help = *help;
    if (visibleToRequester)
        f.visibleToRequester = *visibleToRequester;
    if (active)
        f.active = *active;
    if (ticketTypes)
        f.ticketTypes = *ticketTypes;
    if (categories)
        f.categories = *categories;
    return f;
}

QJsonObject FieldUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    if (label)
        object.insert("label"_L1, *label);
    if (options) {
        QJsonArray array;
        for (const FieldOption& option : *options)
            array.append(option.toJson());
        object.insert("options"_L1, array);
    }
    if (required)
        object.insert("required"_L1, *required);
    if (min.present)
        object.insert("min"_L1, optionalNumber(min.value));
    if (max.present)
        object.insert("max"_L1, optionalNumber(max.value));
    if (help)
        object.insert("help"_L1, *help);
    if (visibleToRequester)
        object.insert("visible_to_requester"_L1, *visibleToRequester);
    if (active)
        object.insert("active"_L1, *active);
    if (ticketTypes)
        object.insert("ticket_types"_L1, QJsonArray::fromStringList(*ticketTypes));
    if (categories)
        object.insert("categories"_L1, QJsonArray::fromStringList(*categories));
    return object;
}

Result<FieldUpdateParams, rpc::RpcError> FieldUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    FieldUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    for (const auto name : {"name"_L1, "type"_L1}) {
        if (reader.contains(name)) {
            reader.rawValue(name);
            reader.fail(name, u"cannot be changed after creation"_s);
        }
    }
    if (auto label = reader.optionalString("label"_L1, LabelRule)) {
        p.label = label->trimmed();
        if (p.label->isEmpty())
            reader.fail("label"_L1, u"must not be blank"_s);
    }
    p.options = readOptions(reader);
    p.required = reader.optionalBool("required"_L1);
    p.min = readNumber(reader, "min"_L1);
    p.max = readNumber(reader, "max"_L1);
    p.help = reader.optionalString("help"_L1, HelpRule);
    p.visibleToRequester = reader.optionalBool("visible_to_requester"_L1);
    p.active = reader.optionalBool("active"_L1);
    p.ticketTypes = readTicketTypes(reader);
    p.categories = readCategories(reader);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject FieldList::toJson() const
{
    QJsonArray array;
    for (const FieldDefinition& field : items)
        array.append(field.toJson());
    return {{"items"_L1, array}};
}

FieldList FieldList::fromJson(const QJsonValue& value)
{
    FieldList list;
    for (const QJsonValue& item : value.toObject().value("items"_L1).toArray())
        list.items.append(FieldDefinition::fromJson(item));
    return list;
}

} // namespace frontline::api
