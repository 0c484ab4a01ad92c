#include "api/methods.h"
#include "api/ticketapi.h"
#include "api/workflowapi.h"
#include "notify/notifyservice.h"
#include "rpc/methodregistry.h"
#include "services/auditlog.h"
#include "services/configpush.h"
#include "services/configservice.h"
#include "services/jobrunner.h"
#include "services/ldapservice.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

void registerConfigMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    // Read from the snapshot in force, on the network thread: no storage involved.
    registry.addCustom<api::EmptyParams>(
        api::method::WorkflowGet, Access::Authenticated,
        [&ctx](const CallContext&, const api::EmptyParams&, Responder respond) {
            respond(Outcome(ConfigService::snapshot(*ctx.workflow.current())));
        });
    registry.addCustom<api::ConfigGetParams>(
        api::method::ConfigGet, Access::Admin,
        [&ctx](const CallContext& call, const api::ConfigGetParams& p, Responder respond) {
            if (p.key == u"smtp"_s) { // stored apart from the workflow: read it
                ctx.jobs.read(
                    call.caller(),
                    [](JobScope& s) { return notify::NotifyService(s.session, s.now).smtpGet(); },
                    std::move(respond));
                return;
            }
            if (p.key == u"ldap"_s) { // the directories: LdapService
                ctx.jobs.read(
                    call.caller(),
                    [](JobScope& s) { return LdapService(s.session, s.now).settings(); },
                    std::move(respond));
                return;
            }
            respond(Outcome(ConfigService::value(*ctx.workflow.current(), p.key)));
        });
    // Every key is audited, the value before and after (the SMTP password as "changed").
    registry.addWrite<api::ConfigSetParams>(
        api::method::ConfigSet, Access::Admin,
        audited<api::ConfigSetParams>(
            u"config.set"_s, u"config"_s,
            [](JobScope& s, const api::ConfigSetParams& p) -> ServiceResult {
                if (p.key == u"smtp"_s)
                    return notify::NotifyService(s.session, s.now).smtpGet();
                if (p.key == u"ldap"_s)
                    return LdapService(s.session, s.now).settings();
                return Outcome(ConfigService::value(s.workflow, p.key));
            },
            [&ctx](JobScope& s, const api::ConfigSetParams& p) {
                if (p.key == u"smtp"_s)
                    return notify::NotifyService(s.session, s.now).smtpSet(p.value, ctx.mailSealer);
                if (p.key == u"ldap"_s)
                    return LdapService(s.session, s.now).setSettings(p.value, ctx.mailSealer);
                ServiceResult result =
                    ConfigService(s.session, s.now).set(s.workflow, p, s.principal.userId);
                // What every client keeps of the workflow (workflow.get): they read it again.
                if (result && api::WorkflowSnapshot::keys().contains(p.key))
                    result->events.append(configChanged({QString(api::configpart::Workflow)}));
                return result;
            },
            {u"key"_s}));
}

} // namespace frontline::server
