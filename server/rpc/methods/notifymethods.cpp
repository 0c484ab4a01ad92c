#include "api/methods.h"
#include "api/notifyapi.h"
#include "notify/notifyservice.h"
#include "rpc/methodregistry.h"
#include "services/auditlog.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using namespace api;

notify::NotifyService service(JobScope& s)
{
    return notify::NotifyService(s.session, s.now);
}

} // namespace

// Notification mails (issue 19, outbound). The relay's settings are config key "smtp"
// (configmethods.cpp).
void registerNotifyMethods(MethodRegistry& registry)
{
    registry.addRead<EmptyParams>(
        method::MailTemplateList, Access::Admin,
        [](JobScope& s, const EmptyParams&) { return service(s).templateList(); });
    registry.addWrite<MailTemplateSetParams>(
        method::MailTemplateSet, Access::Admin,
        audited<MailTemplateSetParams>(
            u"mail.template.set"_s, u"mail_template"_s,
            [](JobScope& s, const MailTemplateSetParams&) { return service(s).templateList(); },
            [](JobScope& s, const MailTemplateSetParams& p) { return service(s).templateSet(p); },
            {u"kind"_s, u"language"_s}));
    registry.addRead<MailTemplatePreviewParams>(
        method::MailTemplatePreview, Access::Admin,
        [](JobScope& s, const MailTemplatePreviewParams& p) {
            return service(s).templatePreview(p, s.principal);
        });
    registry.addRead<MailOutboxListParams>(
        method::MailOutboxList, Access::Admin,
        [](JobScope& s, const MailOutboxListParams& p) { return service(s).outboxList(p); });
    registry.addWrite<IdParams>(
        method::MailOutboxRetry, Access::Admin,
        [](JobScope& s, const IdParams& p) { return service(s).outboxRetry(p.id); });
    registry.addRead<EmptyParams>(
        method::NotificationPrefsGet, Access::Authenticated,
        [](JobScope& s, const EmptyParams&) { return service(s).prefsGet(s.principal); });
    registry.addWrite<NotificationPrefsSetParams>(
        method::NotificationPrefsSet, Access::Authenticated,
        [](JobScope& s, const NotificationPrefsSetParams& p) {
            return service(s).prefsSet(s.principal, p);
        });
}

} // namespace frontline::server
