#include "api/mailapi.h"
#include "mail/mailboxprobe.h"
#include "rpc/methodregistry.h"
#include "services/auditlog.h"
#include "services/blockingworker.h"
#include "services/mailboxservice.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using namespace api;

// A write whose commit changes what the intake reads: the loops follow after the commit.
// Audited: the mailbox before and after in the same transaction (passwords as "changed").
template<typename Params, typename Run>
auto settingsWrite(ServerContext& ctx, const QString& action, Run run)
{
    return [&ctx, action, run](const CallContext& call, Params params, Responder respond) {
        if (auto error = noMailKey(ctx)) {
            respond(*error);
            return;
        }
        ctx.jobs.write(
            call.caller(),
            [&ctx, action, run, params = std::move(params)](JobScope& scope) {
                return audited<Params>(
                    action, u"mailbox"_s,
                    [&ctx](JobScope& s, const Params&) {
                        return MailboxService(s.session, *ctx.mailSealer, s.now).list();
                    },
                    [&ctx, &run](JobScope& s, const Params& p) {
                        return run(MailboxService(s.session, *ctx.mailSealer, s.now), p);
                    })(scope, params);
            },
            [&ctx, respond = std::move(respond)](ServiceResult result) {
                if (result && ctx.mailboxesChanged)
                    ctx.mailboxesChanged();
                respond(std::move(result));
            });
    };
}

// mailbox.test: the stored settings are read on a reader, the connection is tried on the probe
// worker's thread (it may wait for a timeout), the answer goes back on the network thread through
// the worker's inbox (so the responder, which the connection's thread uses, is run and freed
// there, never on the probe's thread).
void testMailbox(ServerContext& ctx, const CallContext& call, const IdParams& params,
                 Responder respond)
{
    if (auto error = noMailKey(ctx)) {
        respond(*error);
        return;
    }
    auto loaded = std::make_shared<mail::MailboxConfig>();
    ctx.jobs.read(
        call.caller(),
        [&ctx, loaded, id = params.id](JobScope& s) -> ServiceResult {
            auto box = MailboxService(s.session, *ctx.mailSealer, s.now).load(id);
            if (!box)
                return box.error();
            *loaded = *box;
            return Outcome();
        },
        [&ctx, loaded, respond](ServiceResult result) {
            if (!result) {
                respond(std::move(result));
                return;
            }
            if (!ctx.mailProbes) { // the server is stopping
                respond(rpc::RpcError::unavailable(u"no_mail_probe_worker"_s));
                return;
            }
            const bool queued = ctx.mailProbes->run([loaded, respond] {
                mail::MailEndpoint endpoint = loaded->imap;
                endpoint.timeoutSeconds = 15;
                const mail::ProbeResult probe = mail::probeMailbox(endpoint, loaded->folder);
                const MailboxTestResult answer {probe.failedStep.isEmpty(), probe.failedStep,
                                                probe.message, probe.idle};
                return std::function<void()>([respond, answer] { respond(Outcome(answer)); });
            });
            if (!queued)
                respond(rpc::RpcError::rateLimited(1000));
        });
}

} // namespace

void registerMailMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    registry.addCustom<MailboxCreateParams>(
        method::MailboxCreate, Access::Admin,
        settingsWrite<MailboxCreateParams>(
            ctx, u"mailbox.create"_s, [](MailboxService service, const MailboxCreateParams& p) {
                return service.create(p);
            }));
    registry.addCustom<MailboxUpdateParams>(
        method::MailboxUpdate, Access::Admin,
        settingsWrite<MailboxUpdateParams>(
            ctx, u"mailbox.update"_s, [](MailboxService service, const MailboxUpdateParams& p) {
                return service.update(p);
            }));
    registry.addCustom<IdParams>(
        method::MailboxDelete, Access::Admin,
        settingsWrite<IdParams>(
            ctx, u"mailbox.delete"_s,
            [](MailboxService service, const IdParams& p) { return service.remove(p.id); }));
    registry.addCustom<EmptyParams>(
        method::MailboxList, Access::Admin,
        [&ctx](const CallContext& call, const EmptyParams&, Responder respond) {
            if (auto error = noMailKey(ctx)) {
                respond(*error);
                return;
            }
            ctx.jobs.read(
                call.caller(),
                [&ctx](JobScope& s) {
                    return MailboxService(s.session, *ctx.mailSealer, s.now).list();
                },
                std::move(respond));
        });
    registry.addCustom<QuarantineListParams>(
        method::MailboxQuarantineList, Access::Admin,
        [&ctx](const CallContext& call, const QuarantineListParams& p, Responder respond) {
            if (auto error = noMailKey(ctx)) {
                respond(*error);
                return;
            }
            ctx.jobs.read(
                call.caller(),
                [&ctx, p](JobScope& s) {
                    return MailboxService(s.session, *ctx.mailSealer, s.now).quarantined(p);
                },
                std::move(respond));
        });
    registry.addCustom<IdParams>(method::MailboxTest, Access::Admin,
                                 [&ctx](const CallContext& call, const IdParams& p,
                                        Responder respond) { testMailbox(ctx, call, p, respond); });
}

} // namespace frontline::server
