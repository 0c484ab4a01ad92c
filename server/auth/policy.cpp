#include "policy.h"

using namespace Qt::StringLiterals;

namespace frontline::server::policy {

bool allows(const Principal* principal, Access access)
{
    if (access == Access::Anyone)
        return true;
    if (!principal)
        return false;
    switch (access) {
    case Access::Anyone:
    case Access::Authenticated:
        return true;
    case Access::Staff:
        return principal->isStaff();
    case Access::Manager:
        return principal->role == Role::Manager || principal->role == Role::Admin;
    case Access::Admin:
        return principal->role == Role::Admin;
    }
    return false;
}

bool allowsMethod(const Principal* principal, Access access, const QString& method)
{
    if (!allows(principal, access))
        return false;
    if (!principal || !principal->enrolmentOnly || access == Access::Anyone)
        return true;
    static const QStringList enrolment {u"auth.totp.status"_s, u"auth.totp.begin"_s,
                                        u"auth.totp.confirm"_s, u"auth.logout"_s};
    return enrolment.contains(method);
}

bool canReadTicket(const Principal& principal, const TicketAccess& ticket)
{
    switch (principal.role) {
    case Role::Admin:
    case Role::Manager:
        return true;
    case Role::Agent:
        return !ticket.groupId || principal.groupIds.contains(*ticket.groupId)
            || ticket.assigneeId == principal.userId || ticket.requesterId == principal.userId;
    case Role::Requester:
        return ticket.requesterId == principal.userId
            || (principal.orgViewer && principal.orgId && ticket.orgId == principal.orgId);
    }
    return false;
}

bool canChangeTicket(const Principal& principal, const TicketAccess& ticket)
{
    if (principal.role == Role::Requester)
        return ticket.requesterId == principal.userId;
    return canReadTicket(principal, ticket);
}

bool canSeeInternal(const Principal& principal)
{
    return principal.isStaff();
}

QStringList creatableTicketFields(const Principal& principal)
{
    QStringList fields {u"title"_s,    u"description"_s, u"type"_s,
                        u"category"_s, u"impact"_s,      u"urgency"_s};
    if (principal.isStaff())
        fields += {u"requester"_s, u"assignee"_s, u"group"_s};
    return fields;
}

QStringList updatableTicketFields(const Principal& principal)
{
    // fields: the custom fields the caller may see (requesters: those shown to them).
    if (!principal.isStaff())
        return {u"title"_s, u"description"_s, u"fields"_s};
    return {u"title"_s,    u"description"_s, u"category"_s, u"impact"_s,     u"urgency"_s,
            u"priority"_s, u"assignee"_s,    u"group"_s,    u"resolution"_s, u"fields"_s};
}

std::optional<rpc::RpcError> checkFields(const QStringList& requested, const QStringList& allowed)
{
    for (const QString& field : requested) {
        if (!allowed.contains(field))
            return rpc::RpcError::forbidden(u"field_not_allowed_for_role"_s, field);
    }
    return std::nullopt;
}

} // namespace frontline::server::policy
