#include "apitoken.h"

#include "api/tokenapi.h"
#include "auth/sessiontoken.h"

#include <QJsonArray>
#include <QJsonObject>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace frontline::server {

ApiTokenSecret ApiTokenSecret::generate()
{
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    const QByteArray bytes(reinterpret_cast<const char*>(random), sizeof random);
    sodium_memzero(random, sizeof random);
    ApiTokenSecret token;
    token.secret = QLatin1StringView(api::ApiTokenPrefix)
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding
                                             | QByteArray::OmitTrailingEquals));
    token.tokenHash = SessionToken::hashOf(token.secret);
    return token;
}

bool ApiTokenSecret::looksLikeApiToken(const QString& token)
{
    return token.startsWith(QLatin1StringView(api::ApiTokenPrefix));
}

namespace tokenscope {

Role cappedRole(Role owner, const QStringList& scopes)
{
    std::optional<Role> highest;
    for (const QString& scope : scopes) {
        if (const auto role = roleFromString(scope); role && (!highest || *role > *highest))
            highest = role;
    }
    return highest && *highest < owner ? *highest : owner;
}

bool allows(const QStringList& scopes, const QString& method)
{
    if (method == u"system.ping"_s || method == u"rpc.discover"_s || method == u"auth.resume"_s
        || method == u"auth.logout"_s)
        return true;
    bool anyPrefix = false;
    for (const QString& scope : scopes) {
        if (roleFromString(scope))
            continue;
        anyPrefix = true;
        if (scope.endsWith(u'.') ? method.startsWith(scope) : method == scope)
            return true;
    }
    return !anyPrefix;
}

void apply(Principal& principal, qint64 tokenId, const QString& name, const QStringList& scopes)
{
    principal.role = cappedRole(principal.role, scopes);
    principal.apiTokenId = tokenId;
    principal.apiTokenName = name;
    principal.apiTokenScopes = scopes;
}

std::optional<rpc::RpcError> check(const Principal& principal, const QString& method)
{
    if (principal.apiTokenId == 0 || allows(principal.apiTokenScopes, method))
        return std::nullopt;
    return rpc::RpcError(
        rpc::ErrorCode::Forbidden,
        u"the API token's scopes (%1) do not include %2"_s.arg(
            principal.apiTokenScopes.join(u", "_s), method),
        QJsonObject {{"reason"_L1, u"outside_token_scope"_s},
                     {"field"_L1, u"scopes"_s},
                     {"method"_L1, method},
                     {"scopes"_L1, QJsonArray::fromStringList(principal.apiTokenScopes)}});
}

} // namespace tokenscope
} // namespace frontline::server
