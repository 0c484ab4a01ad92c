#include "api/automationapi.h"
#include "api/methods.h"
#include "rpc/methodregistry.h"
#include "services/auditlog.h"
#include "services/automationadmin.h"
#include "services/configpush.h"
#include "services/directoryservice.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using namespace api;

AutomationAdmin admin(JobScope& s)
{
    return AutomationAdmin(s.session, s.workflow, s.principal, s.now);
}

DirectoryService directoryService(JobScope& s)
{
    return DirectoryService(s.session, s.principal, s.now);
}

} // namespace

void registerAutomationMethods(MethodRegistry& registry)
{
    // Calendars, policies and rules: staff read them (agents see what is promised), managers
    // and admins change them. A change of any of them is pushed to open staff clients (their
    // SLA, catalog and rules pages read them again).
    registry.addRead<EmptyParams>(
        method::CalendarList, Access::Staff,
        [](JobScope& s, const EmptyParams&) { return admin(s).listCalendars(); });
    registry.addWrite<CalendarCreateParams>(
        method::CalendarCreate, Access::Manager,
        announcingConfig<CalendarCreateParams>(
            {QString(configpart::Calendars)},
            audited<CalendarCreateParams>(u"calendar.create"_s, u"calendar"_s, auditNothing,
                                          [](JobScope& s, const CalendarCreateParams& p) {
                                              return admin(s).createCalendar(p);
                                          })));
    registry.addWrite<CalendarUpdateParams>(
        method::CalendarUpdate, Access::Manager,
        announcingConfig<CalendarUpdateParams>(
            {QString(configpart::Calendars)},
            audited<CalendarUpdateParams>(
                u"calendar.update"_s, u"calendar"_s,
                [](JobScope& s, const CalendarUpdateParams&) { return admin(s).listCalendars(); },
                [](JobScope& s, const CalendarUpdateParams& p) {
                    return admin(s).updateCalendar(p);
                })));
    registry.addWrite<IdParams>(
        method::CalendarDelete, Access::Manager,
        announcingConfig<IdParams>(
            {QString(configpart::Calendars)},
            audited<IdParams>(
                u"calendar.delete"_s, u"calendar"_s,
                [](JobScope& s, const IdParams&) { return admin(s).listCalendars(); },
                [](JobScope& s, const IdParams& p) { return admin(s).deleteCalendar(p.id); })));

    registry.addRead<EmptyParams>(
        method::SlaPolicyList, Access::Staff,
        [](JobScope& s, const EmptyParams&) { return admin(s).listPolicies(); });
    registry.addWrite<SlaPolicyCreateParams>(
        method::SlaPolicyCreate, Access::Manager,
        announcingConfig<SlaPolicyCreateParams>(
            {QString(configpart::SlaPolicies)},
            audited<SlaPolicyCreateParams>(u"sla.policy.create"_s, u"sla_policy"_s, auditNothing,
                                           [](JobScope& s, const SlaPolicyCreateParams& p) {
                                               return admin(s).createPolicy(p);
                                           })));
    registry.addWrite<SlaPolicyUpdateParams>(
        method::SlaPolicyUpdate, Access::Manager,
        announcingConfig<SlaPolicyUpdateParams>(
            {QString(configpart::SlaPolicies)},
            audited<SlaPolicyUpdateParams>(
                u"sla.policy.update"_s, u"sla_policy"_s,
                [](JobScope& s, const SlaPolicyUpdateParams&) { return admin(s).listPolicies(); },
                [](JobScope& s, const SlaPolicyUpdateParams& p) {
                    return admin(s).updatePolicy(p);
                })));
    registry.addWrite<IdParams>(
        method::SlaPolicyDelete, Access::Manager,
        announcingConfig<IdParams>(
            {QString(configpart::SlaPolicies)},
            audited<IdParams>(
                u"sla.policy.delete"_s, u"sla_policy"_s,
                [](JobScope& s, const IdParams&) { return admin(s).listPolicies(); },
                [](JobScope& s, const IdParams& p) { return admin(s).deletePolicy(p.id); })));

    registry.addRead<EmptyParams>(
        method::RuleList, Access::Staff,
        [](JobScope& s, const EmptyParams&) { return admin(s).listRules(); });
    registry.addWrite<RuleCreateParams>(
        method::RuleCreate, Access::Manager,
        announcingConfig<RuleCreateParams>(
            {QString(configpart::Rules)},
            audited<RuleCreateParams>(
                u"rule.create"_s, u"rule"_s, auditNothing,
                [](JobScope& s, const RuleCreateParams& p) { return admin(s).createRule(p); })));
    registry.addWrite<RuleUpdateParams>(
        method::RuleUpdate, Access::Manager,
        announcingConfig<RuleUpdateParams>(
            {QString(configpart::Rules)},
            audited<RuleUpdateParams>(
                u"rule.update"_s, u"rule"_s,
                [](JobScope& s, const RuleUpdateParams&) { return admin(s).listRules(); },
                [](JobScope& s, const RuleUpdateParams& p) { return admin(s).updateRule(p); })));
    registry.addWrite<IdParams>(
        method::RuleDelete, Access::Manager,
        announcingConfig<IdParams>(
            {QString(configpart::Rules)},
            audited<IdParams>(
                u"rule.delete"_s, u"rule"_s,
                [](JobScope& s, const IdParams&) { return admin(s).listRules(); },
                [](JobScope& s, const IdParams& p) { return admin(s).deleteRule(p.id); })));
    registry.addRead<RuleDryRunParams>(
        method::RuleDryRun, Access::Manager,
        [](JobScope& s, const RuleDryRunParams& p) { return admin(s).dryRun(p); });

    registry.addWrite<AvailabilityParams>(method::UserSetAvailability, Access::Staff,
                                          [](JobScope& s, const AvailabilityParams& p) {
                                              return directoryService(s).setAvailability(p);
                                          });
    registry.addRead<NotificationListParams>(method::NotificationList, Access::Authenticated,
                                             [](JobScope& s, const NotificationListParams& p) {
                                                 return directoryService(s).listNotifications(p);
                                             });
    registry.addWrite<NotificationReadParams>(method::NotificationRead, Access::Authenticated,
                                              [](JobScope& s, const NotificationReadParams& p) {
                                                  return directoryService(s).markNotificationsRead(
                                                      p);
                                              });
}

} // namespace frontline::server
