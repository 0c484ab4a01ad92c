#pragma once

#include "workflow/prioritytargets.h"

#include <QString>

#include <optional>

namespace frontline::server {

// What a ticket's SLA clock says at a moment.
struct SlaClockInput
{
    qint64 createdAt = 0;
    std::optional<qint64> responseDue;
    std::optional<qint64> resolveDue;
    // When each target turns "at risk" (from the policy's warning percentage, in business
    // time); without them, when under a quarter of the wall-clock window remains.
    std::optional<qint64> responseWarn;
    std::optional<qint64> resolveWarn;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> pausedAt;
    bool open = true;
    bool resolvedState = false;
};

// on_track, at_risk, breached (strictly after a due instant), paused or met.
QString slaState(const SlaClockInput& input, qint64 now);
// The next instant after `now` at which slaState() may change on its own (a warning or a due
// time passing), or none (paused, done, or every deadline passed).
std::optional<qint64> slaNextChange(const SlaClockInput& input, qint64 now);

} // namespace frontline::server
