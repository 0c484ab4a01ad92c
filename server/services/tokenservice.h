#pragma once

#include "api/tokenapi.h"
#include "auth/principal.h"
#include "rpc/tokenusage.h"
#include "services/outcome.h"

#include <QHash>

namespace frontline::server {

class SqlSession;

// API tokens (token.*) and signed-in devices (session.*) of the caller; admins see every
// user's tokens and may end any user's sessions. A token never does more than its owner (its
// role is capped when it is used, auth/apitoken.h).
class TokenService
{
public:
    TokenService(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult createToken(const api::TokenCreateParams& params);
    // The lists: `hashes` gets each row's token hash by id, for overlay.
    api::TokenList listTokens(QHash<qint64, QString>& hashes);
    ServiceResult revokeToken(qint64 id);

    api::SessionList listSessions(QHash<qint64, QString>& hashes);
    ServiceResult revokeSession(qint64 id);
    ServiceResult revokeAllSessions(qint64 userId);

    // Writes a batch of last uses noted by TokenUsage.
    void recordUsage(const TokenUsage::Pending& batch);

    // What TokenUsage noted and the database does not have yet, over a list's rows.
    static void overlay(api::TokenList& tokens, const TokenUsage& usage,
                        const QHash<qint64, QString>& hashes);
    static void overlay(api::SessionList& sessions, const TokenUsage& usage,
                        const QHash<qint64, QString>& hashes);

private:
    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
