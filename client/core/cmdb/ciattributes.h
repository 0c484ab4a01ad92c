#pragma once

#include "api/cmdbapi.h"
#include "client/core/fieldvalue.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace frontline::client {

// A CI's attribute values (issue 22) as people read and edit them, so that the CI browser's
// widgets never hold JSON: the text of a value for display ("yes"/"no" for true/false), the
// names a CI carries, and its values typed as the custom-field editors (FieldForm) hold them.
QString ciAttributeText(const api::Ci& ci, const QString& field);
QStringList ciAttributeNames(const api::Ci& ci);
FieldValues ciAttributeValues(const api::Ci& ci);

// The attributes of ci.create from the editors' values: each in the type its field takes
// (a number as a number, a choice as its key, a person or an organisation as an id); fields
// left empty are not sent.
void setCiAttributes(api::CiCreateParams& params, const FieldValues& values);
// The attributes of ci.update from the values that changed: an emptied field clears (null)
// the value the CI had; nothing changed, no attributes are sent.
void setCiAttributes(api::CiUpdateParams& params, const FieldValues& changed);

// What keeps the attribute values from being sent, checked before sending with the rules the
// server applies (the shared custom-field rules, as a ticket's fields are checked): `fields` are
// the class's attributes in its order, each `required` as the class says; `values` the values
// to send (a new CI: all of them; an update: the changed ones) over `current` (the CI's values
// now). A value is checked against its field (a number within its limits, a real date, a
// choice from the list: an option taken out stays acceptable where the CI has it); a required
// attribute must keep a value. By field name, in words for the input's inline message; empty
// when they may go.
QHash<QString, QString> ciAttributeProblems(const QList<api::FieldDefinition>& fields,
                                            const FieldValues& values,
                                            const FieldValues& current = {});

} // namespace frontline::client
