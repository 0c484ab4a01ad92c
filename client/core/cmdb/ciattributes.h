#pragma once

#include "api/cmdbapi.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace frontline::client {

// A CI's attribute values (issue 22) as people read and type them, so that the CI browser's
// widgets never hold JSON: the text of a value for display ("yes"/"no" for true/false) or for
// an edit box ("true"/"false"), the names a CI carries, and the typed values of what was typed.
QString ciAttributeText(const api::Ci& ci, const QString& field);
QString ciAttributeInput(const api::Ci& ci, const QString& field);
QStringList ciAttributeNames(const api::Ci& ci);

// The attributes of ci.create / ci.update from the text typed per field: numbers and true/false
// as such unless the CI held the value as text; for an update, an emptied field clears
// (null) a value the CI had and only fields with something to say are sent.
void setCiAttributes(api::CiCreateParams& params, const QHash<QString, QString>& texts);
void setCiAttributes(api::CiUpdateParams& params, const QHash<QString, QString>& texts,
                     const api::Ci& before);

} // namespace frontline::client
