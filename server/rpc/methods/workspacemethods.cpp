#include "api/methods.h"
#include "api/workspaceapi.h"
#include "rpc/methodregistry.h"
#include "rpc/presencetracker.h"
#include "rpc/rpcconnection.h"
#include "services/ticketpresenter.h"
#include "services/workspaceservice.h"
#include "storage/ticketrepository.h"

#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using namespace api;

WorkspaceService workspace(JobScope& s)
{
    return WorkspaceService(s.session, s.principal, s.now);
}

// presence.update: the ticket must be one the caller may see (a read), then the tracker, on the
// network thread, records it and tells the others.
void updatePresence(ServerContext& ctx, const CallContext& call, const QJsonValue& params,
                    Responder respond)
{
    auto parsed = PresenceParams::fromJson(params);
    if (!parsed) {
        respond(parsed.error());
        return;
    }
    const PresenceParams p = *parsed;
    if (!p.ticket) {
        if (call.connection)
            ctx.presence.update(call.connection, std::nullopt, false, {});
        respond(Outcome(
            QJsonObject {{"ticket_id"_L1, QJsonValue::Null}, {"viewers"_L1, QJsonArray()}}));
        return;
    }
    auto access = std::make_shared<TicketAccess>();
    QPointer<RpcConnection> connection = call.connection;
    ctx.jobs.read(
        call.caller(),
        [p, access](JobScope& scope) -> ServiceResult {
            const auto record = TicketRepository(scope.session).find(*p.ticket);
            if (!record
                || !policy::canReadTicket(scope.principal,
                                          TicketPresenter::accessOf(record->ticket)))
                return rpc::RpcError::notFound(u"ticket"_s);
            *access = TicketPresenter::accessOf(record->ticket);
            return Outcome();
        },
        [&ctx, p, access, connection, respond](ServiceResult result) {
            if (!result) {
                respond(result.error());
                return;
            }
            if (connection)
                ctx.presence.update(connection, p.ticket, p.typing, *access);
            respond(Outcome(ctx.presence.viewersOf(*p.ticket)));
        });
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
        [](JobScope& s, const CannedCreateParams& p) { return workspace(s).createCanned(p); });
    registry.addWrite<CannedUpdateParams>(
        method::CannedUpdate, Access::Admin,
        [](JobScope& s, const CannedUpdateParams& p) { return workspace(s).updateCanned(p); });
    registry.addWrite<IdParams>(
        method::CannedDelete, Access::Admin,
        [](JobScope& s, const IdParams& p) { return workspace(s).deleteCanned(p.id); });
    registry.addRead<EmptyParams>(
        method::ViewList, Access::Authenticated,
        [](JobScope& s, const EmptyParams&) { return workspace(s).listViews(); });
    registry.addWrite<ViewSaveParams>(
        method::ViewSave, Access::Authenticated,
        [](JobScope& s, const ViewSaveParams& p) { return workspace(s).saveView(p); });
    registry.addWrite<IdParams>(
        method::ViewDelete, Access::Authenticated,
        [](JobScope& s, const IdParams& p) { return workspace(s).deleteView(p.id); });
    registry.add(method::PresenceUpdate, Access::Staff,
                 [&ctx](const CallContext& call, const QJsonValue& params, Responder respond) {
                     updatePresence(ctx, call, params, std::move(respond));
                 });
}

} // namespace frontline::server
