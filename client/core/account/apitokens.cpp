#include "apitokens.h"

#include "api/methods.h"
#include "client/core/session.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::client {

ApiTokens::ApiTokens(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

void ApiTokens::reload()
{
    send(api::method::TokenList, {}, [this](const QJsonValue& result) {
        m_tokens = api::TokenList::fromJson(result).items;
        Q_EMIT loaded();
    });
}

QStringList ApiTokens::parseScopes(const QString& text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QStringList scopes;
    for (const QString& scope : text.split(separators, Qt::SkipEmptyParts)) {
        if (!scopes.contains(scope.trimmed()))
            scopes.append(scope.trimmed());
    }
    return scopes;
}

void ApiTokens::create(const QString& name, const QString& scopes,
                       std::optional<QDateTime> expiresAt)
{
    api::TokenCreateParams params;
    params.name = name.trimmed();
    params.scopes = parseScopes(scopes);
    if (expiresAt)
        params.expiresAt = expiresAt->toMSecsSinceEpoch();
    if (!accepts(params))
        return;
    send(api::method::TokenCreate, params.toJson(), [this](const QJsonValue& result) {
        const api::TokenCreated created = api::TokenCreated::fromJson(result);
        Q_EMIT this->created(created.secret, created.token);
        reload();
    });
}

void ApiTokens::revoke(qint64 id)
{
    send(api::method::TokenRevoke, api::IdParams {id}.toJson(), [this, id](const QJsonValue&) {
        Q_EMIT revoked(id);
        reload();
    });
}

} // namespace frontline::client
