#pragma once

#include "api/notifyapi.h"
#include "mail/mailendpoint.h"

namespace frontline::server {

class SqlSession;
namespace mail {
class SecretSealer;
}

namespace notify {

// The outgoing relay's settings (config key "smtp") in mail_outgoing. The password is sealed
// with the server's mail key on the way in, opened only for the sender, never returned.
class SmtpSettingsStore
{
public:
    SmtpSettingsStore(SqlSession& session, const mail::SecretSealer* sealer)
        : m_session(session)
        , m_sealer(sealer)
    { }

    // Without the password (passwordSet says whether one is stored).
    api::SmtpSettings load();
    // With the password opened; an error when it does not open with this server's key.
    Result<api::SmtpSettings, QString> loadForSending();
    // A settings value without `password` keeps the stored one.
    void save(const api::SmtpSettings& settings, qint64 now);

    static mail::MailEndpoint endpoint(const api::SmtpSettings& settings);

private:
    SqlSession& m_session;
    const mail::SecretSealer* m_sealer;
};

} // namespace notify
} // namespace frontline::server
