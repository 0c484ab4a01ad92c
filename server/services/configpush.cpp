#include "services/configpush.h"

#include "api/eventapi.h"
#include "api/methods.h"

namespace frontline::server {

PushEvent configChanged(const QStringList& parts)
{
    PushEvent event;
    event.topic = QString(api::topic::Configuration);
    event.method = QString(api::notification::ConfigChanged);
    event.params = rpc::JsonPayload(api::ConfigChangedEvent {parts}.toJson());
    event.broadcast = true; // requesters too: the applet's form shows the fields meant for them
    return event;
}

} // namespace frontline::server
