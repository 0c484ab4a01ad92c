#include "api/methods.h"
#include "api/orgapi.h"
#include "rpc/methodregistry.h"
#include "services/configpush.h"
#include "services/orgimport.h"
#include "services/orgservice.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using namespace api;

OrgService orgs(JobScope& scope)
{
    return OrgService(scope.session, scope.principal, scope.now);
}

BulkImport imports(JobScope& scope)
{
    return BulkImport(scope.session, scope.principal, scope.now);
}

} // namespace

void registerOrgMethods(MethodRegistry& registry)
{
    // Open staff clients read the organisations again (their queue filter, the pickers).
    registry.addWrite<OrgCreateParams>(
        method::OrgCreate, Access::Admin,
        announcingConfig<OrgCreateParams>(
            {QString(configpart::Organisations)},
            [](JobScope& s, const OrgCreateParams& p) { return orgs(s).create(p); }));
    registry.addRead<EmptyParams>(method::OrgList, Access::Staff,
                                  [](JobScope& s, const EmptyParams&) { return orgs(s).list(); });
    registry.addWrite<OrgUpdateParams>(
        method::OrgUpdate, Access::Admin,
        announcingConfig<OrgUpdateParams>(
            {QString(configpart::Organisations)},
            [](JobScope& s, const OrgUpdateParams& p) { return orgs(s).update(p); }));
    // A dry run writes nothing, but runs as a write so that it sees what a real import would.
    registry.addWrite<ImportParams>(
        method::OrgImport, Access::Admin, [](JobScope& s, const ImportParams& p) {
            ServiceResult result = imports(s).importOrgs(p);
            if (result && !p.dryRun
                && result->result.toValue().toObject().value("applied"_L1).toBool())
                result->events.append(configChanged({QString(configpart::Organisations)}));
            return result;
        });
    registry.addWrite<ImportParams>(
        method::UserImport, Access::Admin, [](JobScope& s, const ImportParams& p) {
            ServiceResult result = imports(s).importUsers(p);
            // Written (not a dry run, no row refused: all or nothing): agents among them join
            // the staff lists.
            if (result && !p.dryRun
                && result->result.toValue().toObject().value("applied"_L1).toBool())
                result->events.append(
                    configChanged({QString(configpart::Groups), QString(configpart::Staff)}));
            return result;
        });
}

} // namespace frontline::server
