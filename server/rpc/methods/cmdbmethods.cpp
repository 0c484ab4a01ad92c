#include "api/cmdbapi.h"
#include "api/methods.h"
#include "api/orgapi.h"
#include "rpc/methodregistry.h"
#include "services/cmdbimport.h"
#include "services/cmdbservice.h"
#include "services/configpush.h"

namespace frontline::server {
namespace {

using namespace api;

CmdbService cmdb(JobScope& s)
{
    return CmdbService(s.session, s.principal, s.now);
}

} // namespace

void registerCmdbMethods(MethodRegistry& registry)
{
    registry.addWrite<CiClassCreateParams>(
        method::CiClassCreate, Access::Admin,
        announcingConfig<CiClassCreateParams>(
            {QString(configpart::CiClasses)},
            [](JobScope& s, const CiClassCreateParams& p) { return cmdb(s).createClass(p); }));
    registry.addRead<EmptyParams>(
        method::CiClassList, Access::Authenticated,
        [](JobScope& s, const EmptyParams&) { return cmdb(s).listClasses(); });
    registry.addWrite<CiClassUpdateParams>(
        method::CiClassUpdate, Access::Admin,
        announcingConfig<CiClassUpdateParams>(
            {QString(configpart::CiClasses)},
            [](JobScope& s, const CiClassUpdateParams& p) { return cmdb(s).updateClass(p); }));
    registry.addWrite<CiCreateParams>(
        method::CiCreate, Access::Admin,
        [](JobScope& s, const CiCreateParams& p) { return cmdb(s).create(p); });
    registry.addWrite<CiUpdateParams>(
        method::CiUpdate, Access::Admin,
        [](JobScope& s, const CiUpdateParams& p) { return cmdb(s).update(p); });
    // Staff read every CI, requesters their own.
    registry.addRead<IdParams>(method::CiGet, Access::Authenticated,
                               [](JobScope& s, const IdParams& p) { return cmdb(s).get(p.id); });
    registry.addRead<CiListParams>(
        method::CiList, Access::Authenticated,
        [](JobScope& s, const CiListParams& p) { return cmdb(s).list(p); });
    registry.addRead<CiSearchParams>(
        method::CiSearch, Access::Authenticated,
        [](JobScope& s, const CiSearchParams& p) { return cmdb(s).search(p); });
    registry.addWrite<CiRelateParams>(
        method::CiRelate, Access::Admin,
        [](JobScope& s, const CiRelateParams& p) { return cmdb(s).relate(p); });
    registry.addWrite<CiRelateParams>(
        method::CiUnrelate, Access::Admin,
        [](JobScope& s, const CiRelateParams& p) { return cmdb(s).unrelate(p); });
    registry.addRead<CiImpactParams>(
        method::CiImpact, Access::Staff,
        [](JobScope& s, const CiImpactParams& p) { return cmdb(s).impact(p); });
    registry.addWrite<ImportParams>(method::CiImport, Access::Admin,
                                    [](JobScope& s, const ImportParams& p) {
                                        return CmdbImport(s.session, s.principal, s.now).run(p);
                                    });
}

} // namespace frontline::server
