#pragma once

#include "api/mailapi.h"
#include "mail/mailboxconfig.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;
namespace mail {
class SecretSealer;
}

// The administration of mailboxes (mailbox.* methods): settings checked field by field,
// passwords sealed on the way in and never answered, deletion that keeps what was filed.
class MailboxService
{
public:
    MailboxService(SqlSession& session, const mail::SecretSealer& sealer, qint64 now)
        : m_session(session)
        , m_sealer(sealer)
        , m_now(now)
    { }

    ServiceResult create(const api::MailboxCreateParams& params);
    ServiceResult update(const api::MailboxUpdateParams& params);
    ServiceResult remove(qint64 id);
    ServiceResult list();
    ServiceResult quarantined(const api::QuarantineListParams& params);
    // A stored mailbox with its passwords (mailbox.test, the intake loops).
    Result<mail::MailboxConfig, rpc::RpcError> load(qint64 id);
    QList<mail::MailboxConfig> enabled();

    static api::MailboxInfo infoOf(const mail::MailboxConfig& mailbox);

private:
    Result<mail::MailboxConfig, rpc::RpcError> apply(const api::MailboxFields& fields,
                                                     mail::MailboxConfig box);

    SqlSession& m_session;
    const mail::SecretSealer& m_sealer;
    qint64 m_now;
};

} // namespace frontline::server
