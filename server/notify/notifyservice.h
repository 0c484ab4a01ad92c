#pragma once

#include "api/notifyapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;
namespace mail {
class SecretSealer;
}

namespace notify {

// The notification mails' methods: templates (mail.template.*), the outbox (mail.outbox.*),
// each user's language and choices (user.notification_prefs.*) and the outgoing relay
// (config.get / config.set, key "smtp").
class NotifyService
{
public:
    NotifyService(SqlSession& session, qint64 now)
        : m_session(session)
        , m_now(now)
    { }

    ServiceResult templateList();
    ServiceResult templateSet(const api::MailTemplateSetParams& params);
    ServiceResult templatePreview(const api::MailTemplatePreviewParams& params,
                                  const Principal& caller);
    ServiceResult outboxList(const api::MailOutboxListParams& params);
    ServiceResult outboxRetry(qint64 id);
    ServiceResult prefsGet(const Principal& caller);
    ServiceResult prefsSet(const Principal& caller, const api::NotificationPrefsSetParams& params);

    ServiceResult smtpGet();
    ServiceResult smtpSet(const QJsonValue& value, const mail::SecretSealer* sealer);

private:
    SqlSession& m_session;
    qint64 m_now;
};

} // namespace notify
} // namespace frontline::server
