#include "api/webhookapi.h"
#include "rpc/methodregistry.h"
#include "services/auditlog.h"
#include "webhooks/webhookservice.h"
#include "workflow/workflowconfig.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using namespace api;
using webhooks::WebhookService;

WebhookService service(const ServerContext& ctx, JobScope& s)
{
    return WebhookService(s.session, *ctx.mailSealer, s.now, s.workflow.security.webhookPlainHttp);
}

// A write of the webhooks' settings or queue; the sender looks again after the commit.
template<typename Params, typename Work> auto webhookWrite(ServerContext& ctx, Work work)
{
    return [&ctx, work](const CallContext& call, Params params, Responder respond) {
        if (auto error = noMailKey(ctx)) {
            respond(*error);
            return;
        }
        ctx.jobs.write(
            call.caller(),
            [work, params = std::move(params)](JobScope& scope) { return work(scope, params); },
            [&ctx, respond = std::move(respond)](ServiceResult result) {
                if (result && ctx.webhooksQueued)
                    ctx.webhooksQueued();
                respond(std::move(result));
            });
    };
}

// Audited like mailboxes: the hook before and after in the same transaction (the secret as
// "changed").
template<typename Params, typename Run>
auto auditedWebhookWrite(ServerContext& ctx, const QString& action, Run run)
{
    return webhookWrite<Params>(
        ctx,
        audited<Params>(
            action, u"webhook"_s,
            [&ctx](JobScope& s, const Params&) { return service(ctx, s).list(); },
            [&ctx, run](JobScope& s, const Params& p) { return run(service(ctx, s), p); }));
}

template<typename Params, typename Run> auto webhookRead(ServerContext& ctx, Run run)
{
    return [&ctx, run](const CallContext& call, const Params& params, Responder respond) {
        if (auto error = noMailKey(ctx)) {
            respond(*error);
            return;
        }
        ctx.jobs.read(
            call.caller(),
            [&ctx, run, params](JobScope& s) { return run(service(ctx, s), params); },
            std::move(respond));
    };
}

} // namespace

// Webhooks (issue 23): admins configure them; deliveries are queued with the change that
// causes them (JobRunner's write hook, WebhookQueue) and sent by WebhookSender.
void registerWebhookMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    registry.addCustom<WebhookCreateParams>(
        method::WebhookCreate, Access::Admin,
        auditedWebhookWrite<WebhookCreateParams>(
            ctx, u"webhook.create"_s,
            [](WebhookService s, const WebhookCreateParams& p) { return s.create(p); }));
    registry.addCustom<WebhookUpdateParams>(
        method::WebhookUpdate, Access::Admin,
        auditedWebhookWrite<WebhookUpdateParams>(
            ctx, u"webhook.update"_s,
            [](WebhookService s, const WebhookUpdateParams& p) { return s.update(p); }));
    registry.addCustom<IdParams>(
        method::WebhookDelete, Access::Admin,
        auditedWebhookWrite<IdParams>(
            ctx, u"webhook.delete"_s,
            [](WebhookService s, const IdParams& p) { return s.remove(p.id); }));
    registry.addCustom<EmptyParams>(
        method::WebhookList, Access::Admin,
        webhookRead<EmptyParams>(ctx,
                                 [](WebhookService s, const EmptyParams&) { return s.list(); }));
    registry.addCustom<WebhookDeliveriesParams>(
        method::WebhookDeliveries, Access::Admin,
        webhookRead<WebhookDeliveriesParams>(
            ctx,
            [](WebhookService s, const WebhookDeliveriesParams& p) { return s.deliveries(p); }));
    registry.addCustom<IdParams>(
        method::WebhookTest, Access::Admin,
        webhookWrite<IdParams>(
            ctx, [&ctx](JobScope& s, const IdParams& p) { return service(ctx, s).test(p.id); }));
    registry.addCustom<IdParams>(
        method::WebhookRedeliver, Access::Admin,
        webhookWrite<IdParams>(ctx, [&ctx](JobScope& s, const IdParams& p) {
            return service(ctx, s).redeliver(p.id);
        }));
}

} // namespace frontline::server
