#pragma once

#include "auth/principal.h"
#include "rpc/rpcerror.h"

#include <QStringList>

#include <optional>

namespace frontline::server {

// Who may call a method at all; the dispatcher checks it before anything else runs.
enum class Access {
    Anyone, // no session needed (system.ping, auth.login, auth.resume)
    Authenticated, // any role
    Staff, // agent, manager, admin
    Manager, // manager, admin
    Admin,
};

// What the policy needs to know about a ticket.
struct TicketAccess
{
    qint64 requesterId = 0;
    std::optional<qint64> assigneeId;
    std::optional<qint64> groupId;
    std::optional<qint64> orgId; // the organisation of the requester when it was raised
};

// The one authorization policy, consulted by every method:
// - requesters see and act on their own tickets only, and never see internal notes; an
//   organisation viewer also sees (never changes) the tickets of their organisation;
// - agents see the tickets of their groups, unrouted tickets, and those assigned to or raised
//   by them;
// - managers see every ticket and the reports; admins also configure.
namespace policy {

bool allows(const Principal* principal, Access access);
// allows(), and a session limited to enrolling a second factor (Principal::enrolmentOnly) may
// call only auth.totp.status/begin/confirm, auth.logout and what needs no session.
bool allowsMethod(const Principal* principal, Access access, const QString& method);

bool canReadTicket(const Principal& principal, const TicketAccess& ticket);
// Changing a ticket (update, transition, comment, attach, link, rate): what the caller reads,
// except the tickets an organisation viewer sees only because they are their organisation's.
bool canChangeTicket(const Principal& principal, const TicketAccess& ticket);
bool canSeeInternal(const Principal& principal);
// Fields of ticket.create / ticket.update the role may set; any other field is refused with
// forbidden naming it (no mass assignment).
QStringList creatableTicketFields(const Principal& principal);
QStringList updatableTicketFields(const Principal& principal);
std::optional<rpc::RpcError> checkFields(const QStringList& requested, const QStringList& allowed);

} // namespace policy
} // namespace frontline::server
