#include "api/ldapapi.h"
#include "ldap/directorysync.h"
#include "ldap/ldapdirectory.h"
#include "rpc/methodregistry.h"
#include "services/blockingworker.h"
#include "services/jobrunner.h"
#include "services/ldapservice.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using namespace api;

// The stored directories (passwords opened) on a reader, then `use` on the network thread.
void withDirectories(ServerContext& ctx, const CallContext& call, std::optional<QString> name,
                     Responder respond, std::function<void(QList<LdapDirectory>, Responder)> use)
{
    if (!ctx.directories) {
        respond(rpc::RpcError::unavailable(u"no_directory_worker"_s));
        return;
    }
    auto loaded = std::make_shared<QList<LdapDirectory>>();
    ctx.jobs.read(
        call.caller(),
        [&ctx, loaded, name](JobScope& s) -> ServiceResult {
            auto directories = LdapService(s.session, s.now).forUse(ctx.mailSealer, name);
            if (!directories)
                return directories.error();
            *loaded = *directories;
            return Outcome();
        },
        [loaded, respond, use](ServiceResult read) {
            if (!read) {
                respond(std::move(read));
                return;
            }
            use(*loaded, respond);
        });
}

// ldap.test: connect, TLS, bind, base, filter - on the directory worker (it may wait for a
// timeout); the first step that failed, in words.
void testDirectory(ServerContext& ctx, const CallContext& call, const LdapTestParams& p,
                   Responder respond)
{
    withDirectories(
        ctx, call, p.name, std::move(respond),
        [&ctx](QList<LdapDirectory> directories, Responder respond) {
            const LdapDirectory directory = directories.constFirst();
            const bool queued = ctx.directories->run([directory, respond] {
                const LdapTestResult result = ldap::LdapDirectoryClient(directory).test();
                return std::function<void()>([respond, result] { respond(Outcome(result)); });
            });
            if (!queued)
                respond(rpc::RpcError::rateLimited(1000));
        });
}

void syncNow(ServerContext& ctx, const CallContext& call, const LdapSyncParams& p,
             Responder respond)
{
    withDirectories(ctx, call, p.name, std::move(respond),
                    [&ctx](QList<LdapDirectory> directories, Responder respond) {
                        ldap::syncDirectories(
                            {ctx.jobs, ctx.directories, ctx.sessions, ctx.events},
                            std::move(directories),
                            [respond](LdapSyncResult result) { respond(Outcome(result)); });
                    });
}

} // namespace

void registerLdapMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    registry.addCustom<LdapTestParams>(
        method::LdapTest, Access::Admin,
        [&ctx](const CallContext& call, const LdapTestParams& p, Responder respond) {
            testDirectory(ctx, call, p, std::move(respond));
        });
    registry.addCustom<LdapSyncParams>(
        method::LdapSync, Access::Admin,
        [&ctx](const CallContext& call, const LdapSyncParams& p, Responder respond) {
            syncNow(ctx, call, p, std::move(respond));
        });
}

} // namespace frontline::server
