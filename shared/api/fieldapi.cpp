#include "fieldapi.h"

#include "api/jsonhelpers.h"
#include "core/timeutil.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

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
            {"min"_L1, numberJson(min)},
            {"max"_L1, numberJson(max)},
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
        object.insert("min"_L1, numberJson(min.value));
    if (max.present)
        object.insert("max"_L1, numberJson(max.value));
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
