#pragma once

#include "api/tokenapi.h"
#include "client/core/admin/admincontroller.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace frontline::client {

// The controller of Settings -> API tokens: the caller's tokens (an admin's: everybody's, with
// their owner), creating one (its secret is handed over once, by created()) and revoking one.
// A refusal names the field ("name", "scopes", "expires_at").
class ApiTokens final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTokens)

public:
    explicit ApiTokens(Session& session, QObject* parent = nullptr);

    void reload(); // loaded() when the list is in
    const QList<api::ApiToken>& tokens() const { return m_tokens; }

    // `scopes` as typed: role names and method prefixes, separated by commas or spaces.
    void create(const QString& name, const QString& scopes, std::optional<QDateTime> expiresAt);
    void revoke(qint64 id);

    static QStringList parseScopes(const QString& text);

Q_SIGNALS:
    void loaded();
    // The secret is shown this once; the list is reloaded after.
    void created(const QString& secret, const frontline::api::ApiToken& token);
    void revoked(qint64 id);

private:
    QList<api::ApiToken> m_tokens;
};

} // namespace frontline::client
