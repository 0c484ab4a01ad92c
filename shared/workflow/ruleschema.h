#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The vocabulary of automation rules, listed once: what can trigger a rule, which ticket fields a
// condition may test with which operators and values, and which actions exist. The server's
// engine validates and compiles rules against it; the client's rule editor offers exactly these
// choices, in this order.
namespace frontline {

// What makes a rule look at a ticket.
enum class RuleEvent { Created, Updated, Commented, StatusChanged, SlaWarning, SlaBreached, Time };
QString toString(RuleEvent event);
std::optional<RuleEvent> ruleEventFromString(const QString& text);

namespace ruleschema {

// What a condition's value is for a field.
enum class ValueKind { Text, Choice, Number, Ref, Tags, Flag };

struct Field
{
    QString name;
    ValueKind kind;
    int minimum = 0; // Number
    int maximum = 0;
};

// Trigger events, and the events a time trigger may count from.
QStringList events();
QStringList anchors();

// Fields a condition may test, in the editor's order.
const QList<Field>& fields();
QStringList fieldNames();
const Field* field(const QString& name);
// Every operator (the engine's compiled ids follow this order), and those a kind allows.
QStringList operatorNames();
QStringList operators(ValueKind kind);
// Operators for a field by name (nothing for an unknown field).
QStringList operators(const QString& fieldName);
// is_set, is_not_set and changed take no value; in and not_in take a list.
bool takesValue(const QString& op);
bool takesList(const QString& op);
// Fields whose values are numbers or ids on the wire.
bool isNumeric(const QString& fieldName);

QStringList actionTypes();
// set_field may change these.
QStringList settableFields();
// notify's "to".
QStringList notifyTargets();
// escalate's "kind" (the first is the default).
QStringList escalationKinds();

} // namespace ruleschema

// Tags are short lower-case labels; returns the normalised tag or an empty string.
QString normalizedTag(const QString& text);

} // namespace frontline
