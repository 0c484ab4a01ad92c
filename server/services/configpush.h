#pragma once

#include "services/jobrunner.h"
#include "services/outcome.h"

#include <QStringList>

#include <utility>

namespace frontline::server {

// config.changed (topic "configuration"), pushed once a change to what the clients keep
// (api::configpart) has committed: they read those parts again, so a new category, field or
// group reaches every open client and applet without a new login. Everyone subscribed hears
// it, except that groups and staff alone go to staff only.
PushEvent configChanged(const QStringList& parts);

// A write's run that, when it succeeds, also pushes config.changed for `parts` (a refused or
// failed write pushes nothing: its outcome never commits).
template<typename Params, typename Run> auto announcingConfig(QStringList parts, Run run)
{
    return [parts = std::move(parts), run = std::move(run)](JobScope& scope,
                                                            const Params& params) -> ServiceResult {
        ServiceResult result = run(scope, params);
        if (result)
            result->events.append(configChanged(parts));
        return result;
    };
}

} // namespace frontline::server
