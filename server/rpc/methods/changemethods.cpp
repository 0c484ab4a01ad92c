#include "api/changeapi.h"
#include "api/methods.h"
#include "rpc/methodregistry.h"
#include "services/changeschedule.h"
#include "services/changeservice.h"

namespace frontline::server {
namespace {

using namespace api;

ChangeService changes(JobScope& scope)
{
    return ChangeService(scope.session, scope.workflow, scope.principal, scope.now);
}

ChangeSchedule schedule(JobScope& scope)
{
    return ChangeSchedule(scope.session, scope.principal, scope.now);
}

} // namespace

void registerChangeMethods(MethodRegistry& registry)
{
    // Change management is staff work; windows and templates are managers' (and admins').
    registry.addRead<EmptyParams>(
        method::ChangeQuestionnaire, Access::Staff,
        [](JobScope& s, const EmptyParams&) { return changes(s).questionnaire(); });
    registry.addWrite<ChangeCreateParams>(
        method::ChangeCreate, Access::Staff,
        [](JobScope& s, const ChangeCreateParams& p) { return changes(s).create(p); });
    registry.addRead<IdParams>(method::ChangeGet, Access::Staff,
                               [](JobScope& s, const IdParams& p) { return changes(s).get(p.id); });
    registry.addWrite<ChangeUpdateParams>(
        method::ChangeUpdate, Access::Staff,
        [](JobScope& s, const ChangeUpdateParams& p) { return changes(s).update(p); });
    registry.addWrite<ChangeSubmitParams>(
        method::ChangeSubmit, Access::Staff,
        [](JobScope& s, const ChangeSubmitParams& p) { return changes(s).submit(p); });
    registry.addWrite<ChangeReviewParams>(
        method::ChangeReview, Access::Staff,
        [](JobScope& s, const ChangeReviewParams& p) { return changes(s).review(p); });
    registry.addWrite<ChangeLinkIncidentsParams>(
        method::ChangeLinkIncidents, Access::Staff,
        [](JobScope& s, const ChangeLinkIncidentsParams& p) {
            return changes(s).linkIncidents(p, true);
        });
    registry.addWrite<ChangeLinkIncidentsParams>(
        method::ChangeUnlinkIncidents, Access::Staff,
        [](JobScope& s, const ChangeLinkIncidentsParams& p) {
            return changes(s).linkIncidents(p, false);
        });
    registry.addRead<ChangeCalendarParams>(
        method::ChangeCalendar, Access::Staff,
        [](JobScope& s, const ChangeCalendarParams& p) { return schedule(s).calendar(p); });
    registry.addWrite<ChangeWindowCreateParams>(
        method::ChangeWindowCreate, Access::Manager,
        [](JobScope& s, const ChangeWindowCreateParams& p) { return schedule(s).createWindow(p); });
    registry.addWrite<ChangeWindowUpdateParams>(
        method::ChangeWindowUpdate, Access::Manager,
        [](JobScope& s, const ChangeWindowUpdateParams& p) { return schedule(s).updateWindow(p); });
    registry.addWrite<IdParams>(
        method::ChangeWindowDelete, Access::Manager,
        [](JobScope& s, const IdParams& p) { return schedule(s).deleteWindow(p.id); });
    registry.addRead<EmptyParams>(
        method::ChangeWindowList, Access::Staff,
        [](JobScope& s, const EmptyParams&) { return schedule(s).listWindows(); });
    registry.addWrite<ChangeTemplateCreateParams>(
        method::ChangeTemplateCreate, Access::Manager,
        [](JobScope& s, const ChangeTemplateCreateParams& p) {
            return changes(s).createTemplate(p);
        });
    registry.addWrite<ChangeTemplateUpdateParams>(
        method::ChangeTemplateUpdate, Access::Manager,
        [](JobScope& s, const ChangeTemplateUpdateParams& p) {
            return changes(s).updateTemplate(p);
        });
    registry.addRead<ChangeTemplateListParams>(
        method::ChangeTemplateList, Access::Staff,
        [](JobScope& s, const ChangeTemplateListParams& p) { return changes(s).listTemplates(p); });
}

} // namespace frontline::server
