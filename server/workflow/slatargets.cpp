#include "slatargets.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

QString slaState(const SlaClockInput& in, qint64 now)
{
    const bool responseLate = in.responseDue
        && (in.firstResponseAt ? *in.firstResponseAt > *in.responseDue
                               : (in.open && now > *in.responseDue));
    if (!in.open) {
        const bool resolveLate =
            in.resolveDue && in.resolvedState && in.resolvedAt && *in.resolvedAt > *in.resolveDue;
        return (responseLate || resolveLate) ? u"breached"_s : u"met"_s;
    }
    if (responseLate)
        return u"breached"_s;
    if (in.pausedAt)
        return u"paused"_s;
    if (in.resolveDue && now > *in.resolveDue)
        return u"breached"_s;
    const auto atRisk = [&](std::optional<qint64> due, std::optional<qint64> warn) {
        if (!due)
            return false;
        if (warn)
            return now >= *warn;
        const qint64 window = std::max<qint64>(1, *due - in.createdAt);
        return (*due - now) * 4 < window;
    };
    if ((!in.firstResponseAt && atRisk(in.responseDue, in.responseWarn))
        || atRisk(in.resolveDue, in.resolveWarn))
        return u"at_risk"_s;
    return u"on_track"_s;
}

std::optional<qint64> slaNextChange(const SlaClockInput& in, qint64 now)
{
    if (!in.open || in.pausedAt)
        return std::nullopt;
    std::optional<qint64> next;
    const auto consider = [&](std::optional<qint64> instant) {
        if (instant && *instant > now && (!next || *instant < *next))
            next = instant;
    };
    if (!in.firstResponseAt) {
        consider(in.responseWarn);
        if (in.responseDue)
            consider(*in.responseDue + 1); // breached strictly after the due instant
    }
    consider(in.resolveWarn);
    if (in.resolveDue)
        consider(*in.resolveDue + 1);
    return next;
}

} // namespace frontline::server
