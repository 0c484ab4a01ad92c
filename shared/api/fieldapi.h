#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "domain/enums.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Custom fields of tickets (issue 21): their definitions (field.create / field.list /
// field.update) and the one validation of a value that the server enforces and the clients
// show inline.
namespace frontline::api {

inline constexpr int MaxFieldOptions = 200;
inline constexpr int MaxFieldTextLength = 2000;
inline constexpr int MaxFieldsPerTicket = 100;

// A field's type. A reference to a configuration item (`ci`) joins once assets exist: it will
// be one more id type, stored like `user` and `organisation`.
enum class FieldType { Text, Number, Date, Choice, MultiChoice, User, Organisation };
QString toString(FieldType type);
std::optional<FieldType> fieldTypeFromString(QStringView text);
QStringList fieldTypeNames();
bool isChoiceType(FieldType type);
bool isIdType(FieldType type);

// `[a-z][a-z0-9_]{0,39}`: the name scripts, rules and filters use; never changes.
bool isValidFieldName(const QString& name);

// A choice's stable key and its label. An option taken out of the list stays (inactive): old
// tickets keep it, new values cannot choose it.
struct FieldOption
{
    QString key;
    QString label;
    bool active = true;

    QJsonObject toJson() const;
    static FieldOption fromJson(const QJsonValue& value);
    bool operator==(const FieldOption&) const = default;
};

struct FieldDefinition
{
    qint64 id = 0;
    QString name;
    QString label;
    FieldType type = FieldType::Text;
    QList<FieldOption> options; // choice and multi_choice
    bool required = false;
    std::optional<double> min; // number: lowest value; text: shortest length
    std::optional<double> max; // number: highest value; text: longest length
    QString help;
    bool visibleToRequester = false;
    bool active = true;
    QStringList ticketTypes; // empty: every type
    QStringList categories; // empty: every category
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // The field belongs on a ticket of this type and category (its type or its category
    // matches; an empty list matches everything).
    bool appliesTo(TicketType type, const QString& category) const;
    const FieldOption* option(const QString& key) const;

    QJsonObject toJson() const;
    static FieldDefinition fromJson(const QJsonValue& value);
    bool operator==(const FieldDefinition&) const = default;
};

// What is wrong with a value, for a client to say in the user's language (the reason text
// is the server's English, on the wire). `limit` is the bound broken (BelowMin, AboveMax,
// TooShort, TooLong); `key` the option that is not one (NotOption of a multi-choice).
enum class FieldIssue {
    Other, // a definition's problem, or a reason the client shows as worded
    NoSuchField,
    NotApplicable, // the field does not apply to the ticket's type or category
    Required,
    NotText,
    TooShort,
    TooLong,
    NotOneLine,
    NotNumber,
    BelowMin,
    AboveMax,
    NotDate,
    NotOption,
    NotUser,
    NotOrganisation,
};
struct FieldValueProblem
{
    FieldIssue issue = FieldIssue::Other;
    QString reason; // as the server words it
    double limit = 0;
    QString key;
};

// Why `value` is not a valid value of `field` (nullopt: it is). `value` is null to clear the
// field. `previous` is the ticket's current value: an option taken out of the list since
// stays acceptable where it was already chosen. Users and organisations are checked to be ids
// here and to exist by the server.
std::optional<FieldValueProblem> fieldValueProblem(const FieldDefinition& field,
                                                   const QJsonValue& value,
                                                   const QJsonValue& previous = {});
// The same, as the reason the server answers with.
std::optional<QString> checkFieldValue(const FieldDefinition& field, const QJsonValue& value,
                                       const QJsonValue& previous = {});
// The value as stored and shown: text trimmed (empty is null), a multi-choice without
// repeats in the order given.
QJsonValue normalizedFieldValue(const FieldDefinition& field, const QJsonValue& value);
bool isEmptyFieldValue(const QJsonValue& value);

// "YYYY-MM-DD" to a day number and back (the date column's form).
std::optional<qint64> fieldDay(const QString& isoDate);
QString fieldDate(qint64 day);

// The problems of a set of values for a ticket of `type` and `category`, each named
// "fields.<name>": unknown or inactive fields, bad values, and (when `checkRequired`) the
// required fields that apply and have no value in `current` after `values`.
struct FieldProblem
{
    QString path; // fields.<name>
    QString reason;
    FieldIssue issue = FieldIssue::Other;
    double limit = 0;
    QString key;
};
// What the type allows of the options and limits (path: options, min or max).
std::optional<FieldProblem> checkFieldDefinition(const FieldDefinition& field);
QList<FieldProblem> checkFieldValues(const QList<FieldDefinition>& fields,
                                     const QJsonObject& values, const QJsonObject& current,
                                     TicketType type, const QString& category, bool checkRequired);

// A ticket.list condition on a custom field: `fields: {name: value | {op, value}}`. equals
// (a bare value), contains (texts), any_of (choices: an array of keys), between (numbers and
// dates: [low, high], null for an open end). Checked against the field's type by the server.
struct FieldCondition
{
    enum class Op { Equals, Contains, AnyOf, Between };
    QString name;
    Op op = Op::Equals;
    QJsonValue value;

    QJsonValue toJson() const; // the value of `name` in the filter object
    friend bool operator==(const FieldCondition&, const FieldCondition&) = default;
};
QString toString(FieldCondition::Op op);
std::optional<FieldCondition::Op> fieldOpFromString(QStringView text);
QStringList fieldOpNames();
// Reads `fields: {name: value}` of ticket.create / ticket.update (shape only: the values are
// checked against the definitions by checkFieldValues).
std::optional<QJsonObject> readFieldValues(ParamReader& reader);
// Reads `fields` of a filter (errors name filter.fields.<name>).
QList<FieldCondition> readFieldConditions(ParamReader& reader);
// Why `condition` cannot apply to `field` (nullopt: it can).
std::optional<QString> checkFieldCondition(const FieldDefinition& field,
                                           const FieldCondition& condition);

struct FieldCreateParams
{
    FieldDefinition field; // id and times unset

    QJsonObject toJson() const;
    static Result<FieldCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Name and type never change; `options` replaces the list (a key left out stays, inactive).
struct FieldUpdateParams
{
    qint64 id = 0;
    std::optional<QString> label;
    std::optional<QList<FieldOption>> options;
    std::optional<bool> required;
    Nullable<double> min;
    Nullable<double> max;
    std::optional<QString> help;
    std::optional<bool> visibleToRequester;
    std::optional<bool> active;
    std::optional<QStringList> ticketTypes;
    std::optional<QStringList> categories;

    // The definition after this update.
    FieldDefinition applied(const FieldDefinition& before) const;
    QJsonObject toJson() const;
    static Result<FieldUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// field.list: every definition in creation order (inactive ones too for staff; requesters
// see the active fields shown to them).
struct FieldList
{
    QList<FieldDefinition> items;

    QJsonObject toJson() const;
    static FieldList fromJson(const QJsonValue& value);
    bool operator==(const FieldList&) const = default;
};

} // namespace frontline::api
