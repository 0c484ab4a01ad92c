#include "presencetracker.h"

#include "api/methods.h"
#include "json/jsonwriter.h"
#include "rpc/eventbus.h"
#include "rpc/rpcconnection.h"
#include "services/jobrunner.h"
#include "services/ticketpresenter.h"
#include "storage/ticketrepository.h"

#include <QJsonArray>
#include <QMap>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace frontline::server {

PresenceTracker::PresenceTracker(EventBus& events, QObject* parent)
    : QObject(parent)
    , m_events(events)
{ }

void PresenceTracker::request(JobRunner& jobs, const Principal& caller, RpcConnection* connection,
                              const api::PresenceParams& params,
                              std::function<void(ServiceResult)> done)
{
    QPointer<RpcConnection> guarded = connection;
    if (!params.ticket) {
        if (guarded)
            update(guarded, std::nullopt, false, {});
        done(Outcome(api::Presence {}));
        return;
    }
    const qint64 ticket = *params.ticket;
    auto access = std::make_shared<TicketAccess>();
    jobs.read(
        caller,
        [ticket, access](JobScope& scope) -> ServiceResult {
            const auto record = TicketRepository(scope.session).find(ticket);
            if (!record
                || !policy::canReadTicket(scope.principal,
                                          TicketPresenter::accessOf(record->ticket)))
                return rpc::RpcError::notFound(u"ticket"_s);
            *access = TicketPresenter::accessOf(record->ticket);
            return Outcome();
        },
        [this, guarded, ticket, typing = params.typing, access,
         done = std::move(done)](ServiceResult result) {
            if (!result) {
                done(result.error());
                return;
            }
            if (guarded)
                update(guarded, ticket, typing, *access);
            done(Outcome(viewersOf(ticket)));
        });
}

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

api::Presence PresenceTracker::viewersOf(qint64 ticket) const
{
    // One entry per user (two windows of one agent are one viewer), typing if any window is.
    QMap<qint64, api::PresenceViewer> users;
    for (RpcConnection* connection : m_viewers.value(ticket)) {
        const auto& principal = connection->principal();
        if (!principal)
            continue;
        api::PresenceViewer& entry = users[principal->userId];
        entry.user = principal->ref();
        entry.typing = entry.typing || m_entries.value(connection).typing;
    }
    return {ticket, users.values()};
}

void PresenceTracker::publish(qint64 ticket)
{
    // Staff only (internal), and only those who may see the ticket.
    m_events.publish(
        PushEvent {QString(api::topic::Presence), QString(api::notification::PresenceChanged),
                   rpc::JsonPayload(viewersOf(ticket).toJson()), m_access.value(ticket), true});
}

} // namespace frontline::server
