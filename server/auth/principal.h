#pragma once

#include "domain/enums.h"
#include "domain/user.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server {

// Who is calling: established by auth.login / auth.resume, never taken from request params.
struct Principal
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    Role role = Role::Requester;
    QSet<qint64> groupIds;
    std::optional<qint64> orgId; // the organisation a requester belongs to
    bool orgViewer = false; // a requester who sees (not edits) their organisation's tickets
    QString tokenHash;
    qint64 expiresAt = 0;
    QString peer; // the connection's address, for the audit log (set per call)
    // The role must use a second factor and this user has not enrolled yet: the session may
    // only enrol (policy::allowsMethod).
    bool enrolmentOnly = false;
    // Set when the connection resumed with an API token (token.create): every call is made
    // through it, limited by its scopes (auth/apitoken.h), and attributed to it.
    qint64 apiTokenId = 0;
    QString apiTokenName;
    QStringList apiTokenScopes;

    bool isStaff() const { return frontline::isStaff(role); }
    UserRef ref() const { return {userId, username, displayName}; }
};

} // namespace frontline::server
