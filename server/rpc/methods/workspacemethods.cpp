#include "api/methods.h"
#include "api/workspaceapi.h"
#include "rpc/methodregistry.h"
#include "rpc/presencetracker.h"
#include "rpc/rpcconnection.h"
#include "services/auditlog.h"
#include "services/workspaceservice.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using namespace api;

WorkspaceService workspace(JobScope& s)
{
    return WorkspaceService(s.session, s.principal, s.now);
}

} // namespace

void registerWorkspaceMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    registry.addRead<EmptyParams>(
        method::CannedList, Access::Staff,
        [](JobScope& s, const EmptyParams&) { return workspace(s).listCanned(); });
    registry.addWrite<CannedCreateParams>(
        method::CannedCreate, Access::Admin,
        audited<CannedCreateParams>(
            u"canned.create"_s, u"canned"_s, auditNothing,
            [](JobScope& s, const CannedCreateParams& p) { return workspace(s).createCanned(p); }));
    registry.addWrite<CannedUpdateParams>(
        method::CannedUpdate, Access::Admin,
        audited<CannedUpdateParams>(
            u"canned.update"_s, u"canned"_s,
            [](JobScope& s, const CannedUpdateParams&) { return workspace(s).listCanned(); },
            [](JobScope& s, const CannedUpdateParams& p) { return workspace(s).updateCanned(p); }));
    registry.addWrite<IdParams>(
        method::CannedDelete, Access::Admin,
        audited<IdParams>(
            u"canned.delete"_s, u"canned"_s,
            [](JobScope& s, const IdParams&) { return workspace(s).listCanned(); },
            [](JobScope& s, const IdParams& p) { return workspace(s).deleteCanned(p.id); }));
    registry.addRead<EmptyParams>(
        method::ViewList, Access::Authenticated,
        [](JobScope& s, const EmptyParams&) { return workspace(s).listViews(); });
    registry.addWrite<ViewSaveParams>(
        method::ViewSave, Access::Authenticated,
        [](JobScope& s, const ViewSaveParams& p) { return workspace(s).saveView(p); });
    registry.addWrite<IdParams>(
        method::ViewDelete, Access::Authenticated,
        [](JobScope& s, const IdParams& p) { return workspace(s).deleteView(p.id); });
    registry.addCustom<PresenceParams>(
        method::PresenceUpdate, Access::Staff,
        [&ctx](const CallContext& call, const PresenceParams& p, Responder respond) {
            ctx.presence.request(ctx.jobs, call.caller(), call.connection, p, std::move(respond));
        });
}

} // namespace frontline::server
