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

} // namespace frontline::client
