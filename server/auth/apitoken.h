#pragma once

#include "auth/principal.h"
#include "rpc/rpcerror.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server {

// API tokens: "flt_" + 256 random bits (base64url), shown once; the server keeps the SHA-256
// (SessionToken::hashOf), so a copy of the database yields no usable token.
struct ApiTokenSecret
{
    QString secret;
    QString tokenHash;

    static ApiTokenSecret generate();
    static bool looksLikeApiToken(const QString& token);
};

namespace tokenscope {

// The role a token acts with: its owner's, lowered to the highest role named in its scopes
// (if any is). Never more than the owner's.
Role cappedRole(Role owner, const QStringList& scopes);
// Whether a call of `method` is inside the scopes: a method prefix ("ticket.") or whole name
// must match when the scopes name any; a token with only role scopes may call every method of
// that role. system.ping, auth.resume and auth.logout are always allowed.
bool allows(const QStringList& scopes, const QString& method);
// Applies a token's scopes to its owner's principal (role capped, token named).
void apply(Principal& principal, qint64 tokenId, const QString& name, const QStringList& scopes);
// forbidden ("outside_token_scope", naming the method and the token's scopes) when a call made
// with an API token is outside its scopes; nullopt otherwise (and for ordinary sessions).
std::optional<rpc::RpcError> check(const Principal& principal, const QString& method);

} // namespace tokenscope
} // namespace frontline::server
