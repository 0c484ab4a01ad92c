#pragma once

#include "api/changeapi.h"

#include <QString>

namespace frontline::client {

// A change's conflict in one sentence of the user's language (issue 22): what it collides
// with, through which CI, and when; shared by the change section and the calendar.
QString describeConflict(const api::ChangeConflict& conflict);
// "2 services, 40 users, 1 organisation" (with "and more" when the walk was cut short).
QString describeImpact(const api::ChangeImpact& impact);

} // namespace frontline::client
