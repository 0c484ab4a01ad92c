#pragma once

#include "auth/policy.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <optional>

namespace frontline::server {

class EventBus;
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

    // The connection now looks at `ticket` (or at none); `access` says who may hear about it.
    void update(RpcConnection* connection, std::optional<qint64> ticket, bool typing,
                const TicketAccess& access);
    QJsonObject viewersOf(qint64 ticket) const;

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
