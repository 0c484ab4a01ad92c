#pragma once

#include "workflow/rule.h"

#include <QJsonValue>
#include <QString>

#include <optional>

// Automation rules on custom fields (issue 21): a condition or a set_field action names a field
// as "fields.<name>", the name its changes have in the event log.
namespace frontline::server::rulefields {

// The field's name when `field` is "fields.<name>".
std::optional<QString> customFieldOf(const QString& field);
// A condition on a custom field takes any operator and a value in the field's wire form (a
// text, a number, a date "YYYY-MM-DD", an option's key, an id), a list for in / not_in. The
// error is (path, reason).
std::optional<std::pair<QString, QString>> checkCondition(const RuleCondition& condition,
                                                          const QString& path);
// Whether the ticket's value (undefined or null: none) satisfies the condition. Numbers
// compare as numbers, the rest as text (ISO dates order as text); a multi-choice holds when
// one of its keys does, and fails a negation when one of its keys would hold.
bool holds(const RuleCondition& condition, const QJsonValue& current);

} // namespace frontline::server::rulefields
