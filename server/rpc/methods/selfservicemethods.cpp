#include "api/methods.h"
#include "api/selfserviceapi.h"
#include "rpc/methodregistry.h"
#include "services/announcementservice.h"
#include "services/attachmentservice.h"

namespace frontline::server {
namespace {

using namespace api;

AnnouncementService announcements(JobScope& s)
{
    return AnnouncementService(s.session, s.principal, s.now);
}

} // namespace

void registerSelfServiceMethods(MethodRegistry& registry)
{
    const ServerLimits& limits = registry.context().limits;
    const auto files = [&limits](JobScope& s) {
        return AttachmentService(s.session, s.workflow, s.principal, s.now, limits);
    };
    registry.addWrite<AttachmentAddParams>(
        method::AttachmentAdd, Access::Authenticated,
        [files](JobScope& s, const AttachmentAddParams& p) { return files(s).add(p); });
    registry.addRead<AttachmentGetParams>(
        method::AttachmentGet, Access::Authenticated,
        [files](JobScope& s, const AttachmentGetParams& p) { return files(s).get(p); });
    registry.addRead<AttachmentListParams>(
        method::AttachmentList, Access::Authenticated,
        [files](JobScope& s, const AttachmentListParams& p) { return files(s).list(p); });
    registry.addWrite<AnnouncementPublishParams>(
        method::AnnouncementPublish, Access::Staff,
        [](JobScope& s, const AnnouncementPublishParams& p) {
            return announcements(s).publish(p);
        });
    registry.addWrite<IdParams>(
        method::AnnouncementWithdraw, Access::Staff,
        [](JobScope& s, const IdParams& p) { return announcements(s).withdraw(p.id); });
    registry.addRead<AnnouncementReachParams>(
        method::AnnouncementReach, Access::Staff,
        [](JobScope& s, const AnnouncementReachParams& p) { return announcements(s).reach(p); });
    registry.addRead<AnnouncementListParams>(
        method::AnnouncementList, Access::Authenticated,
        [](JobScope& s, const AnnouncementListParams& p) { return announcements(s).list(p); });
}

} // namespace frontline::server
