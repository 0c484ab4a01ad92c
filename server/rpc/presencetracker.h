#pragma once

#include "api/workspaceapi.h"
#include "auth/policy.h"
#include "auth/principal.h"
#include "services/outcome.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace frontline::server {

class EventBus;
class JobRunner;
class RpcConnection;

// Who has which ticket open, and who is typing a reply: ephemeral, per connection, on the
// network thread. Changes are pushed (presence.changed, topic "presence") to staff who may see
// the ticket, so two agents never work on the same ticket unknowingly.
class PresenceTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenceTracker)

public:
    explicit PresenceTracker(EventBus& events, QObject* parent = nullptr);

    // presence.update: the ticket must be one the caller may see (a read on `jobs`); then the
    // connection is recorded as looking at it and the others are told. `done` gets the
    // ticket's viewers (none for no ticket).
    void request(JobRunner& jobs, const Principal& caller, RpcConnection* connection,
                 const api::PresenceParams& params, std::function<void(ServiceResult)> done);
    // The connection now looks at `ticket` (or at none); `access` says who may hear about it.
    void update(RpcConnection* connection, std::optional<qint64> ticket, bool typing,
                const TicketAccess& access);
    api::Presence viewersOf(qint64 ticket) const;

private:
    struct Entry
    {
        qint64 ticket = 0;
        bool typing = false;
    };
    void leave(RpcConnection* connection);
    void publish(qint64 ticket);

    EventBus& m_events;
    QHash<RpcConnection*, Entry> m_entries;
    QHash<qint64, QSet<RpcConnection*>> m_viewers;
    QHash<qint64, TicketAccess> m_access;
};

} // namespace frontline::server
