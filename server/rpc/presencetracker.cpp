#include "presencetracker.h"

#include "api/methods.h"
#include "json/jsonwriter.h"
#include "rpc/eventbus.h"
#include "rpc/rpcconnection.h"

#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace frontline::server {

PresenceTracker::PresenceTracker(EventBus& events, QObject* parent)
    : QObject(parent)
    , m_events(events)
{ }

void PresenceTracker::update(RpcConnection* connection, std::optional<qint64> ticket, bool typing,
                             const TicketAccess& access)
{
    if (!m_entries.contains(connection)) {
        // Gone or logged out: no longer there.
        connect(connection, &RpcConnection::closed, this, [this](RpcConnection* c) { leave(c); });
        connect(connection, &RpcConnection::authenticationChanged, this, [this](RpcConnection* c) {
            if (!c->isAuthenticated())
                leave(c);
        });
    }
    const auto previous = m_entries.constFind(connection);
    if (previous != m_entries.constEnd() && ticket && previous->ticket == *ticket) {
        if (previous->typing == typing)
            return;
        m_entries[connection].typing = typing;
        publish(*ticket);
        return;
    }
    leave(connection);
    if (!ticket)
        return;
    m_entries.insert(connection, Entry {*ticket, typing});
    m_viewers[*ticket].insert(connection);
    m_access.insert(*ticket, access);
    publish(*ticket);
}

void PresenceTracker::leave(RpcConnection* connection)
{
    const auto it = m_entries.find(connection);
    if (it == m_entries.end())
        return;
    const qint64 ticket = it->ticket;
    m_entries.erase(it);
    auto viewers = m_viewers.find(ticket);
    if (viewers != m_viewers.end()) {
        viewers->remove(connection);
        publish(ticket);
        if (viewers->isEmpty()) {
            m_viewers.erase(viewers);
            m_access.remove(ticket);
        }
    }
}

QJsonObject PresenceTracker::viewersOf(qint64 ticket) const
{
    // One entry per user (two windows of one agent are one viewer), typing if any window is.
    QMap<qint64, QPair<QJsonObject, bool>> users;
    for (RpcConnection* connection : m_viewers.value(ticket)) {
        const auto& principal = connection->principal();
        if (!principal)
            continue;
        auto& entry = users[principal->userId];
        entry.first = principal->ref().toJson();
        entry.second = entry.second || m_entries.value(connection).typing;
    }
    QJsonArray viewers;
    for (const auto& [user, typing] : std::as_const(users))
        viewers.append(QJsonObject {{"user"_L1, user}, {"typing"_L1, typing}});
    return {{"ticket_id"_L1, ticket}, {"viewers"_L1, viewers}};
}

void PresenceTracker::publish(qint64 ticket)
{
    // Staff only (internal), and only those who may see the ticket.
    m_events.publish(PushEvent {QString(api::topic::Presence),
                                QString(api::notification::PresenceChanged), viewersOf(ticket),
                                m_access.value(ticket), true});
}

} // namespace frontline::server
