#pragma once

#include "api/paramsdescription.h"
#include "auth/policy.h"
#include "auth/principal.h"
#include "rpc/servercontext.h"
#include "services/jobrunner.h"
#include "services/outcome.h"
#include "workflow/workflowconfig.h"

#include <QHash>
#include <QJsonValue>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace frontline::server {

class RpcConnection;

struct CallContext
{
    QPointer<RpcConnection> connection;
    std::optional<Principal> principal; // set for every method whose access is not Anyone
    QString peer;

    const Principal& caller() const { return *principal; }
};

using Responder = std::function<void(ServiceResult)>;
using Handler = std::function<void(const CallContext&, const QJsonValue& params, Responder)>;
// The JSON Schema of a method's params object (api::describeParamsBothWays<Params>, for
// rpc.discover).
using ParamsSchema = QJsonObject (*)();

struct MethodSpec
{
    QString name;
    Access access = Access::Authenticated;
    Handler handler;
    ParamsSchema paramsSchema = nullptr;
};

// Every method has the same shape: parse and validate params (failure names the field) ->
// the policy's access check (done by the dispatcher) -> run on a storage thread, a write
// inside the group-commit transaction -> answer after commit.
class MethodRegistry
{
public:
    explicit MethodRegistry(ServerContext& context)
        : m_context(context)
    { }

    ServerContext& context() { return m_context; }

    void add(QLatin1StringView name, Access access, Handler handler,
             ParamsSchema paramsSchema = nullptr);

    // A method that reads: Params::fromJson, then run(JobScope&, const Params&) on a reader.
    template<typename Params, typename Run>
    void addRead(QLatin1StringView name, Access access, Run run)
    {
        addJob<Params>(name, access, std::move(run), false);
    }

    // A method that writes: run(JobScope&, const Params&) inside the writer's transaction.
    template<typename Params, typename Run>
    void addWrite(QLatin1StringView name, Access access, Run run)
    {
        addJob<Params>(name, access, std::move(run), true);
    }

    // A method that needs the connection itself or state kept on the network thread (login,
    // subscriptions, presence, ping): Params::fromJson, then run(const CallContext&, Params,
    // Responder) right there. Service logic still belongs in a service, not in the lambda.
    template<typename Params, typename Run>
    void addCustom(QLatin1StringView name, Access access, Run run)
    {
        add(
            name, access,
            [run = std::move(run)](const CallContext& call, const QJsonValue& params,
                                   Responder respond) {
                auto parsed = Params::fromJson(params);
                if (!parsed) {
                    respond(parsed.error());
                    return;
                }
                run(call, std::move(parsed).value(), std::move(respond));
            },
            &api::describeParamsBothWays<Params>);
    }

    const MethodSpec* find(const QString& name) const;
    QStringList names() const;

private:
    template<typename Params, typename Run>
    void addJob(QLatin1StringView name, Access access, Run run, bool write)
    {
        ServerContext& ctx = m_context;
        add(
            name, access,
            [&ctx, run = std::move(run), write](const CallContext& call, const QJsonValue& params,
                                                Responder respond) {
                auto parsed = Params::fromJson(params);
                if (!parsed) {
                    respond(parsed.error());
                    return;
                }
                auto work = [run, p = std::move(parsed).value()](JobScope& scope) {
                    return run(scope, p);
                };
                Principal principal = call.principal.value_or(Principal {});
                if (write)
                    ctx.jobs.write(std::move(principal), std::move(work), std::move(respond));
                else
                    ctx.jobs.read(std::move(principal), std::move(work), std::move(respond));
            },
            &api::describeParamsBothWays<Params>);
    }

    ServerContext& m_context;
    QHash<QString, MethodSpec> m_methods;
};

// Registration of each area's methods (rpc/methods/*.cpp).
void registerSystemMethods(MethodRegistry& registry);
void registerAuthMethods(MethodRegistry& registry);
void registerTokenMethods(MethodRegistry& registry);
void registerDirectoryMethods(MethodRegistry& registry);
void registerOrgMethods(MethodRegistry& registry);
void registerTicketMethods(MethodRegistry& registry);
void registerConfigMethods(MethodRegistry& registry);
void registerEventMethods(MethodRegistry& registry);
void registerWorkspaceMethods(MethodRegistry& registry);
void registerAutomationMethods(MethodRegistry& registry);
void registerKbMethods(MethodRegistry& registry);
void registerSelfServiceMethods(MethodRegistry& registry);
void registerReportMethods(MethodRegistry& registry);
void registerMailMethods(MethodRegistry& registry);
void registerNotifyMethods(MethodRegistry& registry);
void registerAuditMethods(MethodRegistry& registry);
void registerLdapMethods(MethodRegistry& registry);
void registerFieldMethods(MethodRegistry& registry);
void registerWebhookMethods(MethodRegistry& registry);
void registerCatalogMethods(MethodRegistry& registry);
void registerApprovalMethods(MethodRegistry& registry);
void registerProblemMethods(MethodRegistry& registry);
void registerCmdbMethods(MethodRegistry& registry);
void registerChangeMethods(MethodRegistry& registry);

inline void registerAllMethods(MethodRegistry& registry)
{
    registerSystemMethods(registry);
    registerAuthMethods(registry);
    registerTokenMethods(registry);
    registerDirectoryMethods(registry);
    registerOrgMethods(registry);
    registerTicketMethods(registry);
    registerConfigMethods(registry);
    registerEventMethods(registry);
    registerWorkspaceMethods(registry);
    registerAutomationMethods(registry);
    registerKbMethods(registry);
    registerSelfServiceMethods(registry);
    registerReportMethods(registry);
    registerMailMethods(registry);
    registerNotifyMethods(registry);
    registerAuditMethods(registry);
    registerLdapMethods(registry);
    registerFieldMethods(registry);
    registerWebhookMethods(registry);
    registerCatalogMethods(registry);
    registerApprovalMethods(registry);
    registerProblemMethods(registry);
    registerCmdbMethods(registry);
    registerChangeMethods(registry);
}

} // namespace frontline::server
