#include "services/configpush.h"

#include "api/eventapi.h"
#include "api/methods.h"

#include <algorithm>

namespace frontline::server {

PushEvent configChanged(const QStringList& parts)
{
    PushEvent event;
    event.topic = QString(api::topic::Configuration);
    event.method = QString(api::notification::ConfigChanged);
    event.params = rpc::JsonPayload(api::ConfigChangedEvent {parts}.toJson());
    event.broadcast = true;
    // Requesters hear of the workflow, categories and fields (the applet's form shows them),
    // not of the groups, the staff list, the organisations, the calendars, the SLA policies and
    // the automation rules, which only staff clients keep.
    event.internal = std::all_of(parts.cbegin(), parts.cend(), [](const QString& part) {
        return part == api::configpart::Groups || part == api::configpart::Staff
            || part == api::configpart::Organisations || part == api::configpart::Calendars
            || part == api::configpart::SlaPolicies || part == api::configpart::Rules;
    });
    return event;
}

} // namespace frontline::server
